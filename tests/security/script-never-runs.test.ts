/**
 * Nothing an article, a note, a tag, a title, an outlet name, an imported file or a deep link
 * contains ever runs as script, on every path that renders it. The test page has NO
 * Content-Security-Policy, so these tests prove the sanitising itself; the built app adds a
 * strict CSP and Trusted Types on top (checked end to end in tests/e2e).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { analyzeLibrary } from '../../src/core/analysis/index.ts';
import type { Annotation } from '../../src/core/annotations.ts';
import { describeRange, hashText } from '../../src/core/anchoring/index.ts';
import { toBackup } from '../../src/core/export/index.ts';
import type { Article } from '../../src/core/types.ts';
import { openLibraryDb, type Library } from '../../src/storage/index.ts';
import '../../src/ui/cl-article-view.ts';
import '../../src/ui/cl-compare-view.ts';
import '../../src/ui/cl-library.ts';
import '../../src/ui/cl-notes-view.ts';
import '../../src/ui/cl-story-matrix.ts';
import { article, mountWithLibrary, until } from '../ui/mount.ts';

/** Each sets window.__pwned if it ever runs. */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `<svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<a href="javascript:window.__pwned='link'">x</a>`,
  `[md link](javascript:window.__pwned='md')`,
  `![md image](x" onerror="window.__pwned='md-img')`,
  `<details open ontoggle="window.__pwned='toggle'">`,
  `<form id="__pwned"><input name="attributes"></form>`,
  `"><img src=x onerror=window.__pwned='attr-break'>`,
  `<style>@import url(https://attacker.invalid/x.css);</style>`,
];
const HOSTILE = PAYLOADS.join(' ');

const w = window as unknown as Record<string, unknown>;

/** Every element the app rendered (the test harness's own scripts aside), through every open shadow root. */
function allElements(root: ParentNode = document.body): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (root === document.body && el.localName === 'script' && el.parentNode === document.body) continue;
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Lets handlers fire, then checks nothing ran and nothing dangerous is in the DOM. */
async function expectInert(what: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 80));
  expect(w.__pwned, `${what}: a payload ran`).to.equal(undefined);
  for (const el of allElements()) {
    const tag = el.localName;
    expect(['script', 'iframe', 'object', 'embed', 'svg', 'style'].includes(tag) && !isComponentStyle(el) && !isConnectorDrawing(el), `${what}: <${tag}> in the DOM`).to.equal(false);
    for (const attr of el.attributes) {
      expect(/^on/i.test(attr.name), `${what}: ${attr.name} on <${tag}>`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) expect(/^\s*(javascript|data|vbscript):/i.test(attr.value), `${what}: ${attr.name}=${attr.value}`).to.equal(false);
    }
    // The app's own forms and <details> are fine; the payload's (found by what they carry) are not.
    expect(el.id === '__pwned' || el.getAttribute('name') === 'attributes', `${what}: DOM clobbering by <${tag}>`).to.equal(false);
  }
}

/** The compare view draws its own link curves in an <svg> in its gutter. */
function isConnectorDrawing(el: Element): boolean {
  return el.localName === 'svg' && el.parentElement?.classList.contains('gutter') === true && el.querySelector('script, foreignObject') === null;
}

/** Components' own <style> (Lit adopts stylesheets, but a fallback would insert <style>). */
function isComponentStyle(el: Element): boolean {
  return el.localName === 'style' && el.parentNode instanceof ShadowRoot && !el.textContent!.includes('attacker');
}

const hostileArticles = (): Article[] => [
  article('2024-05-01-a.md', `---
title: ${JSON.stringify(`Storm ${PAYLOADS[0]}`)}
outlet: ${JSON.stringify(`Outlet ${PAYLOADS[9]}`)}
author: ${JSON.stringify(PAYLOADS[1])}
url: "javascript:window.__pwned='url'"
published: 2024-05-01
---
A storm flooded the harbour town of Eastmere on Monday, officials said. ${HOSTILE}

Twelve boats sank in the harbour, the coastguard said.
`),
  article('2024-05-02-b.md', `---
title: ${JSON.stringify(`Flood ${PAYLOADS[4]}`)}
outlet: ${JSON.stringify(PAYLOADS[2])}
published: 2024-05-02
---
A storm flooded the harbour town of Eastmere on Monday, officials said.

Fifteen boats sank in the harbour, the coastguard said. ${PAYLOADS[5]}
`),
];

let dbName: string;
let library: Library;

beforeEach(async () => {
  delete w.__pwned;
  dbName = `security-${crypto.randomUUID()}`;
  library = await openLibraryDb(dbName);
});

afterEach(async () => {
  library.close();
  await new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(dbName);
    r.onsuccess = r.onerror = r.onblocked = resolve;
  });
  document.body.replaceChildren();
});

function hostileNote(a: Article, id: string): Annotation {
  const start = a.text.indexOf('storm');
  const now = new Date().toISOString();
  return { id, target: { source: a.id, selectors: describeRange(a.text, start, start + 5), textHash: hashText(a.text) }, note: HOSTILE, tags: [PAYLOADS[0], PAYLOADS[4]], category: 'question', created: now, modified: now, anchor: 'anchored' };
}

describe('script never runs', () => {
  it('from titles and outlet names in the library list', async () => {
    const articles = hostileArticles();
    const el = await mountWithLibrary(html`<cl-library></cl-library>`, articles);
    await until(() => (el.shadowRoot?.querySelectorAll('li').length ?? 0) === 2, 'listed');
    await expectInert('library');
    expect(el.shadowRoot!.textContent).to.contain('<img src=x'); // shown as text
  });

  it('from a note, its tags and its Markdown, in the reader, the notes panel and the print copy', async () => {
    const articles = hostileArticles();
    await library.annotations.put(hostileNote(articles[0], 'n1'));
    const el = await mountWithLibrary(html`<cl-article-view article-id=${articles[0].id}></cl-article-view>`, articles, undefined, { library, problem: null });
    await until(() => (el.shadowRoot?.querySelector('cl-notes-panel')?.shadowRoot?.querySelectorAll('li.note').length ?? 0) === 1, 'note listed');
    window.dispatchEvent(new Event('beforeprint'));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expectInert('reader with notes and print copy');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('from notes in the library-wide notes view, and from a backup imported there', async () => {
    const articles = hostileArticles();
    const backup = toBackup({ articles: [], annotations: [hostileNote(articles[1], 'from-file')], reviews: [], drafts: [] });
    await library.annotations.put(hostileNote(articles[0], 'n1'));
    const el = await mountWithLibrary(html`<cl-notes-view></cl-notes-view>`, articles, undefined, { library, problem: null });
    const transfer = () => el.shadowRoot!.querySelector('cl-notes-transfer')!.shadowRoot!;
    await until(() => !!transfer()?.querySelector('#import'), 'view ready');
    const input = transfer().querySelector<HTMLInputElement>('#import')!;
    const dt = new DataTransfer();
    dt.items.add(new File([backup], 'hostile.json'));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelectorAll('ol[aria-label="Notes"] > li').length === 2, 'both listed');
    await expectInert('notes view');
  });

  it('from titles, outlets and passages in the story matrix and the compare view', async () => {
    const articles = hostileArticles();
    const result = await analyzeLibrary(articles);
    const analysis = { result: async () => result };
    const matrix = await mountWithLibrary(html`<cl-story-matrix story-id=${result.stories[0]?.id ?? ''}></cl-story-matrix>`, articles, analysis);
    await until(() => !matrix.shadowRoot!.querySelector('[role="status"]'), 'matrix');
    const compare = await mountWithLibrary(html`<cl-compare-view .a=${articles[0].id} .b=${articles[1].id}></cl-compare-view>`, articles, analysis);
    await until(() => (compare.shadowRoot!.querySelectorAll('.pane .body p').length ?? 0) > 0, 'compare');
    await expectInert('matrix and compare');
  });

  it('from deep-link parameters: an article id or a story id made of markup', async () => {
    const articles = hostileArticles();
    for (const id of [PAYLOADS[0], `x"><svg onload=window.__pwned=1>`]) {
      const reader = await mountWithLibrary(html`<cl-article-view article-id=${id}></cl-article-view>`, articles);
      await until(() => !!reader.shadowRoot!.querySelector('h1'), 'not found');
      expect(reader.shadowRoot!.textContent).to.contain(id); // named, as text
      const story = await mountWithLibrary(html`<cl-story-matrix story-id=${id}></cl-story-matrix>`, articles, { result: async () => analyzeLibrary(articles) });
      await until(() => !!story.shadowRoot!.querySelector('[role="alert"]'), 'unknown story');
    }
    await expectInert('deep links');
  });
});
