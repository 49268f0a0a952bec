import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { Annotation } from '../../src/core/annotations.ts';
import { describeRange, hashText } from '../../src/core/anchoring/index.ts';
import type { Article } from '../../src/core/types.ts';
import { openLibraryDb, type Library } from '../../src/storage/index.ts';
import '../../src/ui/cl-article-view.ts';
import type { ClArticleView } from '../../src/ui/cl-article-view.ts';
import { sampleLibrary } from './fixtures.ts';
import { mountWithLibrary, until } from './mount.ts';

let articles: Article[];
let article: Article;
let dbName: string;
let library: Library;

beforeEach(async () => {
  articles = sampleLibrary();
  article = articles[1]; // "Barge hits Eastgate bridge": two paragraphs, a heading, a quote
  dbName = `reader-notes-${crypto.randomUUID()}`;
  library = await openLibraryDb(dbName);
});

afterEach(async () => {
  library.close();
  document.getSelection()?.removeAllRanges();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

async function openReader(db: Library = library): Promise<ClArticleView> {
  const el = await mountWithLibrary<ClArticleView>(html`<cl-article-view article-id=${article.id}></cl-article-view>`, articles, undefined, { library: db, problem: null });
  await until(() => !!el.shadowRoot!.querySelector('.body p') && !!el.shadowRoot!.querySelector('cl-notes-panel'), 'article and notes panel');
  return el;
}

const notesPanel = (el: ClArticleView) => el.shadowRoot!.querySelector('cl-notes-panel')!.shadowRoot!;
const editor = (el: ClArticleView) => el.shadowRoot!.querySelector('cl-note-editor')?.shadowRoot ?? null;

/** Polls an async read until it yields a value (autosave is debounced), for up to 3 s. */
async function eventually<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  const start = performance.now();
  let value: T | undefined;
  while ((value = await read()) === undefined && performance.now() - start < 3000) await new Promise((r) => setTimeout(r, 50));
  return value;
}

/** Selects `phrase` in the article text as a reader would with the mouse. */
async function select(el: ClArticleView, phrase: string): Promise<void> {
  const walker = document.createTreeWalker(el.shadowRoot!.querySelector('.body')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(phrase);
    if (at >= 0) {
      document.getSelection()!.setBaseAndExtent(n, at, n, at + phrase.length);
      await until(() => !!el.shadowRoot!.querySelector('.selection-bar'), 'selection toolbar');
      return;
    }
  }
  throw new Error(`phrase not in the article: ${phrase}`);
}

describe('reader: your highlights and notes', () => {
  it('h highlights the selection: stored with its quote and selectors, painted, listed', async () => {
    const el = await openReader();
    await select(el, 'hit by a barge');
    await sendKeys({ press: 'h' });
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'listed');
    const [stored] = await library.annotations.listByArticle(article.id);
    expect(stored.target.selectors![0].exact).to.equal('hit by a barge');
    expect(article.text.slice(stored.target.selectors![1].start, stored.target.selectors![1].end)).to.equal('hit by a barge');
    expect(stored.category).to.equal('important');
    await until(() => CSS.highlights.get('cl-note-important')?.size === 1, 'painted');
    expect(notesPanel(el).querySelector('.status')!.textContent).to.contain('Highlight saved');
  });

  it('the toolbar highlights with a chosen category', async () => {
    const el = await openReader();
    await select(el, 'Eastgate bridge');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.selection-bar button')].find((b) => b.textContent!.includes('Question'))!.click();
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'listed');
    expect((await library.annotations.listByArticle(article.id))[0].category).to.equal('question');
    expect(notesPanel(el).querySelector('.cat')!.textContent).to.contain('Question');
  });

  it('n opens the editor; typing autosaves a draft; Ctrl+Enter saves the note and clears the draft', async () => {
    const el = await openReader();
    await select(el, 'late on Friday');
    await sendKeys({ press: 'n' });
    await until(() => editor(el) !== null, 'editor open');
    await until(() => editor(el)!.activeElement?.tagName === 'TEXTAREA', 'textarea focused');
    await sendKeys({ type: 'Check the **time**, "late" vs night' });
    const [highlight] = await library.annotations.listByArticle(article.id);
    expect((await eventually(() => library.drafts.get(highlight.id)))?.note).to.equal('Check the **time**, "late" vs night');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await until(() => editor(el) === null, 'editor closed');
    const [saved] = await library.annotations.listByArticle(article.id);
    expect(saved.note).to.equal('Check the **time**, "late" vs night');
    expect(await library.drafts.get(highlight.id)).to.equal(undefined);
    await until(() => notesPanel(el).querySelector('.body strong')?.textContent === 'time', 'note rendered as Markdown');
  });

  it('Esc closes the editor and keeps the draft, which comes back when it reopens', async () => {
    const el = await openReader();
    notesPanel(el).querySelector<HTMLButtonElement>('.add')!.click();
    await until(() => editor(el)?.activeElement?.tagName === 'TEXTAREA', 'editor focused');
    await sendKeys({ type: 'unfinished thought' });
    await sendKeys({ press: 'Escape' });
    await until(() => editor(el) === null, 'editor closed');
    expect((await eventually(() => library.drafts.get(`new:${article.id}`)))?.note).to.equal('unfinished thought');
    notesPanel(el).querySelector<HTMLButtonElement>('.add')!.click();
    await until(() => editor(el) !== null, 'editor reopened');
    await el.updateComplete;
    expect(editor(el)!.querySelector('textarea')!.value).to.equal('unfinished thought');
  });

  it('delete can be undone, and everything survives closing and reopening the database', async () => {
    const el = await openReader();
    await select(el, 'hit by a barge');
    await sendKeys({ press: 'h' });
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'listed');
    [...notesPanel(el).querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 0, 'deleted');
    expect(await library.annotations.listByArticle(article.id)).to.have.length(0);
    [...notesPanel(el).querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click();
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'restored');

    library.close();
    el.remove();
    library = await openLibraryDb(dbName);
    const again = await openReader(library);
    await until(() => notesPanel(again).querySelectorAll('li.note').length === 1, 'listed after reopening');
  });

  it('a note whose passage is gone is listed as orphaned, never dropped', async () => {
    const now = new Date().toISOString();
    const lost: Annotation = {
      id: 'lost-1',
      target: { source: article.id, selectors: describeRange('Text that used to be here about a ferry.', 18, 38), textHash: hashText('old') },
      note: 'was about a ferry', tags: ['ferry'], category: 'follow-up', created: now, modified: now, anchor: 'anchored',
    };
    await library.annotations.put(lost);
    const el = await openReader();
    await until(() => notesPanel(el).textContent!.includes('Orphaned notes (1)'), 'orphaned section');
    expect(notesPanel(el).textContent).to.contain('was about a ferry');
    expect((await library.annotations.get('lost-1'))!.anchor).to.equal('orphaned');
  });

  it("a note's Markdown never runs script", async () => {
    const w = window as unknown as Record<string, unknown>;
    delete w.__notePwned;
    const now = new Date().toISOString();
    await library.annotations.put({
      id: 'hostile', target: { source: article.id }, tags: [], category: 'important', created: now, modified: now, anchor: 'anchored',
      note: '<img src=x onerror="window.__notePwned=1"> [x](javascript:window.__notePwned=2) <script>window.__notePwned=3</script>',
    });
    const el = await openReader();
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'listed');
    notesPanel(el).querySelectorAll<HTMLAnchorElement>('.body a').forEach((a) => a.click());
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__notePwned).to.equal(undefined);
    expect(notesPanel(el).querySelector('.body img, .body script, .body [href^="javascript"]')).to.equal(null);
  });

  it('hides and shows the reader\'s own highlights in the text from the notes panel', async () => {
    const now = new Date().toISOString();
    const start = article.text.indexOf('hit by a barge');
    await library.annotations.put({
      id: 'own-1', target: { source: article.id, selectors: describeRange(article.text, start, start + 14), textHash: hashText(article.text) },
      note: '', tags: [], category: 'important', created: now, modified: now, anchor: 'anchored',
    });
    const el = await openReader();
    await until(() => CSS.highlights.get('cl-note-important')?.size === 1, 'painted');
    const toggle = notesPanel(el).querySelector<HTMLInputElement>('input.show-own')!;
    expect(toggle.checked).to.equal(true);
    toggle.click();
    await until(() => (CSS.highlights.get('cl-note-important')?.size ?? 0) === 0, 'hidden');
    expect(notesPanel(el).querySelectorAll('li.note').length, 'still listed').to.equal(1);
    notesPanel(el).querySelector<HTMLInputElement>('input.show-own')!.click();
    await until(() => CSS.highlights.get('cl-note-important')?.size === 1, 'shown again');
  });

  it('prints an annotated copy: highlights marked with note numbers, the notes listed below', async () => {
    const now = new Date().toISOString();
    const start = article.text.indexOf('hit by a barge');
    await library.annotations.put({
      id: 'print-1', target: { source: article.id, selectors: describeRange(article.text, start, start + 'hit by a barge'.length), textHash: hashText(article.text) },
      note: 'Which **barge**?', tags: ['vessel'], category: 'question', created: now, modified: now, anchor: 'anchored',
    });
    const el = await openReader();
    await until(() => notesPanel(el).querySelectorAll('li.note').length === 1, 'listed');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const copy = el.shadowRoot!.querySelector('.print-only')!;
    expect(copy.querySelector('mark')!.textContent).to.equal('hit by a barge');
    expect(copy.querySelector('mark + sup')!.textContent).to.equal('[1]');
    expect(copy.querySelector('.print-notes')!.textContent).to.contain('Which barge?');
    expect(copy.querySelector('.print-notes')!.textContent).to.contain('#vessel');
    // The live article is never rewritten.
    expect(el.shadowRoot!.querySelector('.body mark') === null, 'live body untouched').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-only')).to.equal(null);
  });

  it('passes axe-core with notes listed and the editor open', async () => {
    const el = await openReader();
    await select(el, 'hit by a barge');
    await sendKeys({ press: 'n' });
    await until(() => editor(el) !== null, 'editor open');
    await expect(el).to.be.accessible();
  });
});
