/**
 * Bringing the reader's own articles in, in real Chromium: the real file input, drop and paste
 * events, the review form, IndexedDB, and the analysis worker running the real engine.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { type AnalysisCache, type CachedAnalysis, WorkerAnalysis } from '../../src/app/analysis-client.ts';
import { analysisContext, libraryContext, storageContext } from '../../src/app/contexts.ts';
import { CombinedLibrary, MemoryLibrary } from '../../src/app/library-service.ts';
import { describeRange, hashText } from '../../src/core/anchoring/index.ts';
import type { Annotation } from '../../src/core/annotations.ts';
import type { Article } from '../../src/core/types.ts';
import { type Library, openLibraryDb } from '../../src/storage/index.ts';
import '../../src/ui/cl-library.ts';
import type { ClLibrary } from '../../src/ui/cl-library.ts';
import '../../src/ui/cl-notes-view.ts';
import { readerStory } from './analysis-fixture.ts';
import { until } from './mount.ts';

const WORKER = '/src/worker/analysis-worker.ts';
const startWorker = () => new Worker(WORKER, { type: 'module' });

let db: Library;
let dbName: string;
let story: Article[];
let library: CombinedLibrary;
let analysis: WorkerAnalysis;

before(async () => {
  story = await readerStory(); // harbor-times, northline-news, daily-meridian
});

beforeEach(async () => {
  dbName = `import-${crypto.randomUUID()}`;
  db = await openLibraryDb(dbName);
});

afterEach(async () => {
  document.body.replaceChildren();
  db.close();
  await new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(dbName);
    r.onsuccess = r.onerror = r.onblocked = resolve;
  });
});

/** The library page as the app wires it: bundled articles in memory plus imports in IndexedDB. */
async function mountLibrary(bundled: Article[] = story.slice(0, 2), cache?: AnalysisCache): Promise<ClLibrary> {
  library = new CombinedLibrary(new MemoryLibrary(bundled), Promise.resolve({ library: db, problem: null }));
  analysis = new WorkerAnalysis(library, 'test-engine', cache, startWorker);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: libraryContext, initialValue: library });
  new ContextProvider(host, { context: analysisContext, initialValue: analysis });
  new ContextProvider(host, { context: storageContext, initialValue: { library: db, problem: null } });
  render(html`<cl-library></cl-library>`, host);
  const el = host.firstElementChild as ClLibrary;
  await until(() => (el.shadowRoot?.querySelectorAll('li').length ?? 0) === bundled.length, 'library listed');
  await until(() => !!panel(el)?.querySelector('#files'), 'import controls');
  return el;
}

const panel = (el: ClLibrary) => el.shadowRoot!.querySelector('cl-import-panel')?.shadowRoot ?? null;
const titles = (el: ClLibrary) => [...el.shadowRoot!.querySelectorAll('li .title')].map((t) => t.textContent);

function file(name: string, content: BlobPart, type = ''): File {
  return new File([content], name, { type });
}

/** Picks files through the real <input type=file>, as a reader would. */
function pick(el: ClLibrary, files: File[]): void {
  const input = panel(el)!.querySelector<HTMLInputElement>('#files')!;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function reviewing(el: ClLibrary, source: string): Promise<ShadowRoot> {
  await until(() => panel(el)!.querySelector('#review-heading')?.textContent?.includes(source) ?? false, `review of ${source}`, 8000);
  return panel(el)!;
}

const field = (root: ShadowRoot, name: string) => root.querySelector<HTMLInputElement>(`#meta-${name}`)!;

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function save(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await new Promise((r) => setTimeout(r, 30));
}

async function report(el: ClLibrary): Promise<string[]> {
  await until(() => !!panel(el)!.querySelector('#report-heading'), 'import report', 8000);
  return [...panel(el)!.querySelectorAll('.outcomes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

const MARKDOWN = `---
title: Ferry service resumes
outlet: Island Post
published: 2024-06-02
author: Kim Hale
url: https://island.example/ferry
---

The ferry service to the island resumed on Sunday after a week of repairs.

Advertisement

Passengers said the crossing was calm.
`;

const PAGE = `<!doctype html><html><head><title>Market hall reopens | Town Crier</title>
<meta property="og:title" content="Market hall reopens"><meta property="og:site_name" content="Town Crier">
<meta property="article:published_time" content="2024-07-01T08:00:00Z"><meta name="author" content="Ana Costa">
<link rel="canonical" href="https://crier.example/market"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Market hall reopens</h1>
<p>The market hall in the old town reopened on Monday after two years of restoration work, the council said in a statement.</p>
<p>Traders returned to forty stalls, and the roof, damaged in a fire, has been rebuilt with the original timber design.</p>
<p>Share this article</p>
<p>The restoration cost about three million euros, most of it paid by a regional heritage fund, officials said.</p>
</article><footer>Sign up for our newsletter</footer></body></html>`;

describe('importing articles', () => {
  it('imports Markdown with front matter through the file input: metadata prefilled, clean-up previewed, listed as imported', async () => {
    const el = await mountLibrary();
    pick(el, [file('ferry.md', MARKDOWN)]);
    const root = await reviewing(el, 'ferry.md');
    expect(field(root, 'title').value).to.equal('Ferry service resumes');
    expect(field(root, 'outlet').value).to.equal('Island Post');
    expect(field(root, 'published').value).to.equal('2024-06-02');
    expect(field(root, 'author').value).to.equal('Kim Hale');
    expect(field(root, 'url').value).to.equal('https://island.example/ferry');
    const flags = [...root.querySelectorAll('.cleanup .flag')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim());
    expect(flags).to.deep.equal(['Keep Advertisement (advertising marker)']);
    type(field(root, 'author'), 'K. Hale');
    await expect(el).to.be.accessible();
    await save(root);
    expect(await report(el)).to.deep.equal(['ferry.md: added']);
    await until(() => titles(el).includes('Ferry service resumes'), 'listed');
    const stored = (await db.articles.list())[0];
    expect(stored.author).to.equal('K. Hale');
    expect(stored.text).to.equal('The ferry service to the island resumed on Sunday after a week of repairs.\n\nPassengers said the crossing was calm.');
    const item = [...el.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent!.includes('Ferry service resumes'))!;
    expect(item.querySelector('.badge')!.textContent).to.equal('Imported');
    expect(await library.article(stored.id)).to.deep.include({ title: 'Ferry service resumes' });
  });

  it('imports Markdown without front matter and plain text; asks for the missing date; a flagged block can be kept', async () => {
    const el = await mountLibrary();
    pick(el, [file('notes.md', '# Pier closed\n\nThe pier closed for repairs on Monday.\n\nShare this article\n'), file('plain.txt', 'Lighthouse repainted\nThe lighthouse was repainted in red and white.\n')]);
    let root = await reviewing(el, 'notes.md');
    expect(root.querySelector('#review-heading')!.textContent).to.contain('1 of 2');
    expect(field(root, 'title').value).to.equal('Pier closed');
    expect(field(root, 'published').value).to.equal('');
    expect(root.querySelector('.notes')!.textContent).to.match(/update from a conflict/);
    expect(root.querySelector('#hint-published')!.textContent).to.match(/update/);
    type(field(root, 'published'), '2024-06-03');
    const keep = [...root.querySelectorAll<HTMLInputElement>('.cleanup input[type="checkbox"]')];
    expect(keep).to.have.length(2); // the repeated headline and the share text
    keep[1].click();
    await save(root);
    root = await reviewing(el, 'plain.txt');
    expect(field(root, 'title').value).to.equal('Lighthouse repainted');
    await save(root);
    expect(await report(el)).to.deep.equal(['notes.md: added', 'plain.txt: added']);
    const stored = await db.articles.list();
    const pier = stored.find((a) => a.title === 'Pier closed')!;
    expect(pier.published).to.equal('2024-06-03');
    expect(pier.text).to.equal('The pier closed for repairs on Monday.\n\nShare this article');
    expect(stored.find((a) => a.title === 'Lighthouse repainted')!.imported.kind).to.equal('text');
  });

  it('imports a saved web page: its article body, its meta tags, none of its page furniture', async () => {
    const el = await mountLibrary();
    pick(el, [file('market.html', PAGE, 'text/html')]);
    const root = await reviewing(el, 'market.html');
    expect(field(root, 'title').value).to.equal('Market hall reopens');
    expect(field(root, 'outlet').value).to.equal('Town Crier');
    expect(field(root, 'published').value).to.equal('2024-07-01');
    expect(field(root, 'author').value).to.equal('Ana Costa');
    expect(field(root, 'url').value).to.equal('https://crier.example/market');
    const reasons = [...root.querySelectorAll('.cleanup .reason')].map((r) => r.textContent);
    expect(reasons).to.include('(share buttons)');
    await save(root);
    expect(await report(el)).to.deep.equal(['market.html: added']);
    const [stored] = await db.articles.list();
    expect(stored.text).to.contain('The market hall in the old town reopened on Monday');
    expect(stored.text).to.contain('most of it paid by a regional heritage fund');
    expect(stored.text).not.to.match(/Home|Share this article|newsletter/);
  });

  it('imports by drag and drop onto the library, and by pasting text', async () => {
    const el = await mountLibrary();
    const dt = new DataTransfer();
    dt.items.add(file('dropped.md', '---\ntitle: Dropped story\npublished: 2024-01-02\n---\nA story that was dropped on the page.\n'));
    const list = el.shadowRoot!.querySelector('ol')!;
    list.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true });
    list.dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    let root = await reviewing(el, 'dropped.md');
    await save(root);
    expect(await report(el)).to.deep.equal(['dropped.md: added']);

    const pasteButton = [...panel(el)!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Paste'))!;
    pasteButton.click();
    await until(() => !!panel(el)!.querySelector('#paste-text'), 'paste box');
    const box = panel(el)!.querySelector<HTMLTextAreaElement>('#paste-text')!;
    expect(panel(el)!.activeElement).to.equal(box);
    await expect(el).to.be.accessible();
    const clip = new DataTransfer();
    clip.setData('text/plain', 'Pasted headline\nThe pasted body of the story.');
    const paste = new ClipboardEvent('paste', { clipboardData: clip, bubbles: true, cancelable: true });
    box.dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(false); // text pastes into the box as usual
    box.value = clip.getData('text/plain');
    panel(el)!.querySelector<HTMLButtonElement>('#paste button[type="submit"]')!.click();
    root = await reviewing(el, 'Pasted text');
    expect(field(root, 'title').value).to.equal('Pasted headline');
    await save(root);
    expect(await report(el)).to.deep.equal(['Pasted text: added']);
    await until(() => titles(el).includes('Pasted headline') && titles(el).includes('Dropped story'), 'both listed');
  });

  it('refuses bad files with their reasons and imports the good ones of the batch', async () => {
    const el = await mountLibrary();
    pick(el, [
      file('good.md', '---\ntitle: Good one\npublished: 2024-02-02\n---\nA good article body.\n'),
      file('empty.md', ''),
      file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])),
      file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x42, 0x6f, 0x64, 0x79])),
      file('huge.txt', new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61)),
      file('sheet.pdf', 'x'),
      file('empty-page.html', '<html><body><script>1</script></body></html>'),
      file('broken.md', '---\ntitle: [oops\n---\nBody\n'),
    ]);
    const root = await reviewing(el, 'good.md');
    await save(root);
    const lines = await report(el);
    expect(lines).to.have.length(8);
    expect(lines).to.include('good.md: added');
    const reason = (name: string) => lines.find((l) => l.startsWith(name + ':'))!;
    expect(reason('empty.md')).to.match(/refused — the file is empty/);
    expect(reason('image.md')).to.match(/refused — the file is binary/);
    expect(reason('latin1.txt')).to.match(/refused — the file is not valid UTF-8/);
    expect(reason('huge.txt')).to.match(/refused — the file is 5\.0 MB, above the 5\.0 MB limit/);
    expect(reason('sheet.pdf')).to.match(/refused — Crosslight imports \.md/);
    expect(reason('empty-page.html')).to.match(/refused — no article text was found in the page/);
    expect(reason('broken.md')).to.match(/refused — the front matter is not valid YAML/);
    expect(panel(el)!.querySelector('#report-heading')!.textContent).to.equal('Import finished: 1 added, 7 refused');
    expect(panel(el)!.activeElement).to.equal(panel(el)!.querySelector('#report-heading'));
    await expect(el).to.be.accessible();
    expect((await db.articles.list()).map((a) => a.title)).to.deep.equal(['Good one']);
  });

  it('refuses an article already in the library and a save with an invalid date', async () => {
    const el = await mountLibrary();
    pick(el, [file('once.md', MARKDOWN)]);
    await save(await reviewing(el, 'once.md'));
    await report(el);
    pick(el, [file('again.md', MARKDOWN)]);
    const root = await reviewing(el, 'again.md');
    type(field(root, 'published'), '');
    field(root, 'published').value = '';
    type(field(root, 'title'), '');
    await save(root); // the browser's own `required` check stops the submit
    expect(panel(el)!.querySelector('#review-heading')).to.not.equal(null);
    type(field(root, 'title'), 'Ferry service resumes');
    type(field(root, 'published'), '2024-06-02');
    await save(root);
    expect(await report(el)).to.deep.equal(['again.md: refused — this article is already in the library']);
    expect(await db.articles.list()).to.have.length(1);
  });

  it('re-analyses after an import with a progress bar, linking the new article to an existing one on a shared fact', async () => {
    const cached: CachedAnalysis[] = [];
    const cache: AnalysisCache = { get: async () => cached.at(-1), put: async (v) => void cached.push(v) };
    const el = await mountLibrary(story.slice(0, 2), cache);
    const before = await analysis.result();
    expect(before.articles).to.have.length(2);
    const source = await (await fetch('/tests/fixtures/reader/daily-meridian-quake.md')).text();
    // The run is quick on three short articles: record the progress bar whenever it shows.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const label = el.shadowRoot!.querySelector('label[for="analysis-progress"]');
      if (label && el.shadowRoot!.querySelector('#cancel-analysis')) seen.push(label.textContent!);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    pick(el, [file('daily-meridian-quake.md', source)]);
    await save(await reviewing(el, 'daily-meridian-quake.md'));
    await report(el);
    await until(() => /Analysis updated/.test(el.shadowRoot!.querySelector('.status')!.textContent!), 'analysis done', 15000);
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.at(-1)).to.match(/Analysing the library again/);
    const [imported] = await db.articles.list();
    const result = await analysis.result();
    expect(result.articles.map((a) => a.id)).to.include(imported.id);
    const shared = result.links.filter((l) => l.kind === 'shared' && [l.a.article, l.b.article].includes(imported.id));
    expect(shared.some((l) => [l.a.article, l.b.article].includes('harbor-times-quake'))).to.equal(true);
    // Cached under the new library's key, so a reload would not recompute.
    expect(cached.at(-1)!.result.articles).to.have.length(3);
  });

  it('cancels a re-analysis from the progress bar', async () => {
    const el = await mountLibrary();
    // A big library, so the run is still going when Cancel is pressed.
    const long = story.flatMap((a, i) => Array.from({ length: 12 }, (_, k) => ({ ...a, id: `${a.id}-${i}-${k}`, text: a.text.repeat(20) })));
    library = new CombinedLibrary(new MemoryLibrary(long), Promise.resolve({ library: db, problem: null }));
    analysis = new WorkerAnalysis(library, 'test-engine', undefined, startWorker);
    (el as unknown as { analysis: WorkerAnalysis }).analysis = analysis;
    (el as unknown as { library: CombinedLibrary }).library = library;
    (el as unknown as { reanalyse(): Promise<void> }).reanalyse();
    await until(() => !!el.shadowRoot!.querySelector('#cancel-analysis'), 'cancel button');
    await until(() => Number(el.shadowRoot!.querySelector<HTMLProgressElement>('#analysis-progress')!.value) > 0, 'some progress', 8000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#cancel-analysis')!.click();
    await until(() => /Analysis cancelled/.test(el.shadowRoot!.querySelector('.status')!.textContent!), 'cancelled', 8000);
    expect(el.shadowRoot!.querySelector('#analysis-progress')).to.equal(null);
  });

  it('uses a valid cached analysis without a worker, and ignores a corrupt one', async () => {
    const articles = story.slice(0, 2);
    const real = new WorkerAnalysis(new MemoryLibrary(articles), 'engine-v1', undefined, startWorker);
    const result = await real.result();
    const { cacheKey } = await import('../../src/app/analysis-client.ts');
    let workers = 0;
    const counting = () => (workers++, startWorker());
    const good = new WorkerAnalysis(new MemoryLibrary(articles), 'engine-v1', { get: async () => ({ key: cacheKey('engine-v1', articles), result }), put: async () => {} }, counting);
    expect(await good.result()).to.deep.equal(result);
    expect(workers).to.equal(0);
    for (const corrupt of [{ key: cacheKey('engine-v1', articles), result: { links: 'x' } }, 'garbage', { key: 'other', result }, { key: cacheKey('engine-v1', articles), result: { ...result, articles: [] } }]) {
      const puts: unknown[] = [];
      const bad = new WorkerAnalysis(new MemoryLibrary(articles), 'engine-v1', { get: async () => corrupt, put: async (v) => void puts.push(v) }, counting);
      expect(await bad.result()).to.deep.equal(result);
      expect(puts).to.have.length(1);
    }
    expect(workers).to.equal(4);
    // A different engine (a new build's worker) is a different key.
    expect(cacheKey('engine-v2', articles)).to.not.equal(cacheKey('engine-v1', articles));
  });

  it('deletes an imported article after confirmation, keeps the notes on it as orphaned, and undoes', async () => {
    const el = await mountLibrary();
    pick(el, [file('ferry.md', MARKDOWN)]);
    await save(await reviewing(el, 'ferry.md'));
    await report(el);
    await until(() => titles(el).includes('Ferry service resumes'), 'listed');
    const [article] = await db.articles.list();
    const start = article.text.indexOf('ferry');
    const now = new Date().toISOString();
    const note: Annotation = { id: 'n-ferry', target: { source: article.id, selectors: describeRange(article.text, start, start + 5), textHash: hashText(article.text) },
      note: 'Check the date', tags: [], category: 'question', created: now, modified: now, anchor: 'anchored' };
    await db.annotations.put(note);

    // Only imported articles can be deleted.
    expect(el.shadowRoot!.querySelectorAll('button.delete')).to.have.length(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.delete')!.click();
    await until(() => !!el.shadowRoot!.querySelector('#confirm-delete'), 'confirmation');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#confirm-delete'));
    expect(el.shadowRoot!.querySelector('.confirm')!.textContent).to.match(/notes on it are kept/);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#confirm-delete')!.click();
    await until(() => !titles(el).includes('Ferry service resumes'), 'removed from the list');
    expect(await db.articles.get(article.id)).to.equal(undefined);
    expect(await db.annotations.get('n-ferry')).to.deep.equal(note);
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.match(/Deleted “Ferry service resumes”/);

    // The notes view lists the note as orphaned.
    const notesHost = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(notesHost, { context: libraryContext, initialValue: library });
    new ContextProvider(notesHost, { context: storageContext, initialValue: { library: db, problem: null } });
    render(html`<cl-notes-view></cl-notes-view>`, notesHost);
    const notes = notesHost.firstElementChild!;
    await until(() => /Orphaned notes \(1\)/.test(notes.shadowRoot?.textContent ?? ''), 'orphaned note listed', 5000);
    notesHost.remove();

    el.shadowRoot!.querySelector<HTMLButtonElement>('#undo')!.click();
    await until(() => titles(el).includes('Ferry service resumes'), 'restored');
    expect(await db.articles.get(article.id)).to.deep.equal(article);
  });
});
