import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { findingsForArticle } from '../../src/core/findings.ts';
import type { AnalysisResult, Article } from '../../src/core/types.ts';
import { openLibraryDb, type Library } from '../../src/storage/index.ts';
import '../../src/ui/cl-article-view.ts';
import type { ClArticleView } from '../../src/ui/cl-article-view.ts';
import { engineAnalysis, readerStory } from './analysis-fixture.ts';
import { mountWithLibrary, until } from './mount.ts';

let articles: Article[];
let result: AnalysisResult;

before(async () => {
  articles = await readerStory();
  result = await engineAnalysis(articles).result();
});

async function openReader(id: string): Promise<ClArticleView> {
  const el = await mountWithLibrary<ClArticleView>(html`<cl-article-view article-id=${id}></cl-article-view>`, articles, engineAnalysis(articles));
  await until(() => panelItems(el).length > 0, 'findings listed');
  return el;
}

const panel = (el: ClArticleView) => el.shadowRoot!.querySelector('cl-findings-panel')!.shadowRoot!;
const panelItems = (el: ClArticleView) => [...(el.shadowRoot!.querySelector('cl-findings-panel')?.shadowRoot?.querySelectorAll<HTMLButtonElement>('li button') ?? [])];
const card = (el: ClArticleView) => el.shadowRoot!.querySelector('cl-evidence-card')?.shadowRoot ?? null;
const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('reader: cross-source findings', () => {
  it('the engine finds a shared fact and a conflict in the fixture story', () => {
    expect(result.links.some((l) => l.kind === 'shared')).to.equal(true);
    expect(result.links.some((l) => l.kind !== 'shared')).to.equal(true);
  });

  it('paints a highlight of each kind present and lists one item per highlight, in reading order', async () => {
    const id = articles[0].id;
    const expected = findingsForArticle(result, id);
    const el = await openReader(id);
    const items = panelItems(el);
    expect(items.length).to.equal(expected.length);
    for (const kind of new Set(expected.map((f) => f.kind))) {
      expect(CSS.highlights.has(`cl-${kind}`), kind).to.equal(true);
      expect(CSS.highlights.get(`cl-${kind}`)!.size).to.equal(expected.filter((f) => f.kind === kind).length);
    }
    // Every painted range covers exactly the passage's text.
    const painted = [...CSS.highlights.get(`cl-${expected[0].kind}`)!][0] as Range;
    expect(painted.toString().replace(/\s+/g, ' ')).to.equal(expected[0].quote.replace(/\s+/g, ' '));
    expect(items[0].textContent).to.contain(expected[0].quote.slice(0, 40));
  });

  it('activating an item opens a card quoting the other outlet, and Escape closes it', async () => {
    const id = articles[0].id;
    const el = await openReader(id);
    const finding = findingsForArticle(result, id)[0];
    panelItems(el)[0].click();
    await until(() => card(el) !== null, 'card open');
    const other = finding.counterparts[0];
    await el.updateComplete;
    const text = card(el)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(other.article.outlet!);
    expect(text).to.contain(other.span.quote.replace(/\s+/g, ' '));
    expect(card(el)!.querySelector('a')!.getAttribute('href')).to.equal(`#/article/${other.span.article}?at=${other.span.start}-${other.span.end}`);
    await sendKeys({ press: 'Escape' });
    await until(() => card(el) === null, 'card closed');
  });

  it('a contradiction card names the typed explanation and emphasises the conflicting parts', async () => {
    const conflict = result.links.find((l) => l.kind !== 'shared')!;
    const el = await openReader(conflict.a.article);
    const index = findingsForArticle(result, conflict.a.article).findIndex((f) => f.kind === conflict.kind && f.start <= conflict.a.start && f.end >= conflict.a.end);
    panelItems(el)[index].click();
    await until(() => card(el) !== null, 'card open');
    await el.updateComplete;
    const root = card(el)!;
    expect(root.textContent).to.contain(conflict.explanation);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())).to.include(conflict.detail!.b.toLowerCase());
  });

  it('works from the keyboard alone: j/k move, Enter opens, Esc returns focus', async () => {
    const id = articles[0].id;
    const el = await openReader(id);
    const items = panelItems(el);
    await sendKeys({ press: 'j' });
    await el.updateComplete;
    await until(() => deepActive() === items[0], 'first item focused');
    if (items.length > 1) {
      await sendKeys({ press: 'j' });
      await until(() => deepActive() === panelItems(el)[1], 'second item focused');
      await sendKeys({ press: 'k' });
      await until(() => deepActive() === panelItems(el)[0], 'back to the first');
    }
    await sendKeys({ press: 'Enter' });
    await until(() => card(el) !== null, 'card open');
    await sendKeys({ press: 'Escape' });
    await until(() => card(el) === null && deepActive() === panelItems(el)[0], 'focus back on the item');
  });

  it('c jumps to the next contradiction', async () => {
    const withConflict = articles.find((a) => findingsForArticle(result, a.id).some((f) => f.kind === 'contradiction'));
    if (!withConflict) return expect.fail('fixture story should contain a contradiction');
    await openReader(withConflict.id);
    await sendKeys({ press: 'c' });
    await until(() => (deepActive() as HTMLElement | null)?.classList.contains('contradiction') ?? false, 'a contradiction focused');
  });

  it('hiding a kind removes its highlights and its list items', async () => {
    const id = articles[0].id;
    const el = await openReader(id);
    const shared = panel(el).querySelector<HTMLInputElement>('.toggle.shared input')!;
    shared.click();
    await until(() => !CSS.highlights.has('cl-shared'), 'shared highlights cleared');
    expect(panelItems(el).every((b) => !b.classList.contains('shared'))).to.equal(true);
  });

  it('clicking a highlighted passage in the text opens its card', async () => {
    const id = articles[0].id;
    const el = await openReader(id);
    const finding = findingsForArticle(result, id)[0];
    const range = [...CSS.highlights.get(`cl-${finding.kind}`)!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    range.startContainer.parentElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: rect.left + 3, clientY: rect.top + rect.height / 2 }));
    await until(() => card(el) !== null, 'card open');
  });

  it('passes axe-core with findings listed and a card open', async () => {
    const el = await openReader(articles[0].id);
    panelItems(el)[0].click();
    await until(() => card(el) !== null, 'card open');
    await expect(el).to.be.accessible();
  });
});

describe('reader: reviewing machine findings', () => {
  const dbName = `reviews-${crypto.randomUUID()}`;
  after(async () => {
    await new Promise((resolve) => {
      const r = indexedDB.deleteDatabase(dbName);
      r.onsuccess = r.onerror = r.onblocked = resolve;
    });
  });

  it('a disputed finding stays disputed after reopening, and can be hidden', async () => {
    const id = articles[0].id;
    let library = await openLibraryDb(dbName);
    const mount = (lib: Library) =>
      mountWithLibrary<ClArticleView>(html`<cl-article-view article-id=${id}></cl-article-view>`, articles, engineAnalysis(articles), { library: lib, problem: null });
    let el = await mount(library);
    await until(() => panelItems(el).length > 0, 'findings listed');
    const count = panelItems(el).length;
    panelItems(el)[0].click();
    await until(() => !!card(el)?.querySelector('.review'), 'card with review buttons');
    const dispute = [...card(el)!.querySelectorAll<HTMLButtonElement>('.review button')].find((b) => b.textContent!.includes('Dispute'))!;
    dispute.click();
    await until(() => panelItems(el)[0].textContent!.includes('disputed by you'), 'marked disputed');
    expect(dispute.getAttribute('aria-pressed')).to.equal('true');

    library.close();
    el.remove();
    library = await openLibraryDb(dbName);
    el = await mount(library);
    await until(() => panelItems(el).length > 0 && panelItems(el)[0].textContent!.includes('disputed by you'), 'still disputed after reopening');
    const reviews = await library.reviews.listAll();
    expect(reviews.map((r) => r.verdict)).to.deep.equal(['disputed']);

    [...panel(el).querySelectorAll<HTMLInputElement>('label.toggle input')].find((i) => i.parentElement!.textContent!.includes('Hide findings I disputed'))!.click();
    await until(() => panelItems(el).length === count - 1, 'disputed finding hidden');
    library.close();
  });
});
