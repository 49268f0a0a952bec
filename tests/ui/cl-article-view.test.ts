import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/ui/cl-article-view.ts';
import type { ClArticleView } from '../../src/ui/cl-article-view.ts';
import { sampleLibrary } from './fixtures.ts';
import { article, mountWithLibrary, until } from './mount.ts';

async function mountArticle(id: string, articles = sampleLibrary()): Promise<ClArticleView> {
  const el = await mountWithLibrary<ClArticleView>(html`<cl-article-view article-id=${id}></cl-article-view>`, articles);
  await until(() => !el.shadowRoot!.textContent!.includes('Loading'), 'article to load');
  return el;
}

describe('cl-article-view', () => {
  it('renders the article Markdown with its metadata', async () => {
    const el = await mountArticle('2024-03-01-city-wire-bridge');
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('Barge hits Eastgate bridge');
    expect(root.querySelector('.outlet')!.textContent).to.equal('City Wire');
    expect(root.querySelector('.body h2')!.textContent).to.equal('Reaction');
    expect(root.querySelector('.body blockquote')!.textContent).to.contain('inspecting every pier');
  });

  it('says so when no article has the id', async () => {
    const el = await mountArticle('no-such-article');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Article not found');
  });

  it('never runs a script, event handler or javascript: link from the article', async () => {
    const w = window as unknown as Record<string, unknown>;
    delete w.__pwned;
    const hostile = article('hostile.md', `---
title: <img src=x onerror="window.__pwned='title'">
url: javascript:window.__pwned='url'
---
<script>window.__pwned = 'script'</script>

<img src="x" onerror="window.__pwned='img'">

[click me](javascript:window.__pwned='link') and [data](data:text/html,<script>parent.__pwned='data'</script>)

<a href="jAvAsCrIpT:window.__pwned='mixed-case'">mixed</a> <svg onload="window.__pwned='svg'"></svg>

<iframe src="javascript:parent.__pwned='iframe'"></iframe><form action="javascript:1"><button>go</button></form>

<p id="__pwned" name="body">clobber</p>
`);
    const el = await mountArticle('hostile', [hostile]);
    const root = el.shadowRoot!;
    // Give any handler a chance to fire, then click every link as a reader would.
    await new Promise((r) => setTimeout(r, 50));
    for (const a of root.querySelectorAll('a')) {
      a.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep external navigations in the test page
      (a as HTMLAnchorElement).click();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__pwned).to.equal(undefined);
    expect(root.querySelector('script, iframe, svg, form, img, [onerror], [onload], #__pwned')).to.equal(null);
    for (const a of root.querySelectorAll('.body a')) {
      const href = a.getAttribute('href');
      expect(href === null || /^https?:|^mailto:|^#/.test(href), `unsafe href ${href}`).to.equal(true);
    }
    expect(root.querySelector('.byline a')).to.equal(null); // the javascript: url never became a link
    expect(root.querySelector('h1')!.textContent).to.contain('<img'); // the title is shown as text
  });

  it('passes axe-core accessibility checks', async () => {
    const el = await mountArticle('2024-03-02-harbour-gazette-bridge');
    await expect(el).to.be.accessible();
  });
});
