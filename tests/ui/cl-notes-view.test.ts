import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Annotation, HighlightCategory } from '../../src/core/annotations.ts';
import { describeRange, hashText } from '../../src/core/anchoring/index.ts';
import type { Article } from '../../src/core/types.ts';
import { openLibraryDb, type Library } from '../../src/storage/index.ts';
import '../../src/ui/cl-notes-view.ts';
import type { ClNotesView } from '../../src/ui/cl-notes-view.ts';
import { sampleLibrary } from './fixtures.ts';
import { article, mountWithLibrary, until } from './mount.ts';

let articles: Article[];
let dbName: string;
let library: Library;

beforeEach(async () => {
  articles = sampleLibrary();
  dbName = `notes-view-${crypto.randomUUID()}`;
  library = await openLibraryDb(dbName);
});

afterEach(async () => {
  library.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

let counter = 0;
function highlight(a: Article, phrase: string, over: Partial<Annotation> = {}): Annotation {
  const start = a.text.indexOf(phrase);
  if (start < 0) throw new Error(`not in ${a.id}: ${phrase}`);
  const at = new Date(Date.UTC(2024, 2, 1, 12, counter++)).toISOString();
  return {
    id: `note-${counter}`, target: { source: a.id, selectors: describeRange(a.text, start, start + phrase.length), textHash: hashText(a.text) },
    note: '', tags: [], category: 'important' as HighlightCategory, created: at, modified: at, anchor: 'anchored', ...over,
  };
}

async function mount(): Promise<ClNotesView> {
  const el = await mountWithLibrary<ClNotesView>(html`<cl-notes-view></cl-notes-view>`, articles, undefined, { library, problem: null });
  await until(() => !!el.shadowRoot!.querySelector('.count'), 'notes loaded');
  return el;
}

const root = (el: ClNotesView) => el.shadowRoot!;
const transfer = (el: ClNotesView) => root(el).querySelector('cl-notes-transfer')!.shadowRoot!;
const listed = (el: ClNotesView) => [...root(el).querySelectorAll<HTMLElement>('ol[aria-label="Notes"] > li')].map((li) => li.dataset.note);

/** Catches the download the app starts (a click on a blob link) and returns the file's name and text. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      e.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(a.href).then((r) => r.text()).then((text) => resolve({ name: a.download, text }));
    };
    document.addEventListener('click', onClick, true);
  });
}

async function chooseFile(el: ClNotesView, file: File): Promise<void> {
  const input = transfer(el).querySelector<HTMLInputElement>('#import')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = (el: ClNotesView) => transfer(el).querySelector('[role="status"]')!.textContent!.trim();
const alertText = (el: ClNotesView) => transfer(el).querySelector('[role="alert"]')?.textContent ?? '';

describe('notes view (#/notes)', () => {
  it('lists every note with its category, passage, article and outlet, newest first', async () => {
    const [gazette, wire] = articles;
    await library.annotations.putMany([
      highlight(gazette, 'barge struck', { note: 'Which **barge**?', category: 'question', tags: ['vessel'] }),
      highlight(wire, 'hit by a barge', { tags: ['vessel', 'timing'] }),
    ]);
    const el = await mount();
    await until(() => listed(el).length === 2, 'two notes');
    const first = root(el).querySelector('ol[aria-label="Notes"] > li')!;
    expect(first.textContent).to.contain('hit by a barge').and.contain('Barge hits Eastgate bridge').and.contain('City Wire').and.contain('Important');
    const second = root(el).querySelectorAll('ol[aria-label="Notes"] > li')[1];
    expect(second.querySelector('.body strong')!.textContent).to.equal('barge');
    expect(second.textContent).to.contain('Question').and.contain('#vessel');
    expect(root(el).querySelector('.count')!.textContent).to.contain('Showing 2 of 2 notes');
  });

  it('searches, filters by tag, category and outlet, and sorts', async () => {
    const [gazette, wire] = articles;
    const notes = [
      highlight(gazette, 'barge struck', { note: 'Café owner saw it', category: 'question', tags: ['witness'] }),
      highlight(gazette, 'minor injuries', { tags: ['casualties'] }),
      highlight(wire, 'inspecting every pier', { category: 'follow-up', tags: ['witness'] }),
    ];
    await library.annotations.putMany(notes);
    const el = await mount();
    await until(() => listed(el).length === 3, 'three notes');
    const search = root(el).querySelector<HTMLInputElement>('#q')!;
    search.value = 'cafe';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([notes[0].id]);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const pick = async (id: string, value: string) => {
      const select = root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick('tag', 'witness');
    expect(listed(el)).to.deep.equal([notes[2].id, notes[0].id]);
    await pick('sort', 'oldest');
    expect(listed(el)).to.deep.equal([notes[0].id, notes[2].id]);
    await pick('outlet', 'City Wire');
    expect(listed(el)).to.deep.equal([notes[2].id]);
    root(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    await pick('category', 'important');
    expect(listed(el)).to.deep.equal([notes[1].id]);
    expect(root(el).querySelector('.count')!.textContent).to.contain('Showing 1 of 3');
  });

  it('opens a large library a page at a time; Show more lists the rest, and filters still search all', async () => {
    const many = Array.from({ length: 450 }, (_, i) => highlight(articles[0], 'minor injuries', { id: `bulk-${i}`, tags: i === 449 ? ['last'] : [] }));
    await library.annotations.putMany(many);
    const el = await mount();
    await until(() => listed(el).length === 200, 'first page');
    expect(root(el).querySelector('.count')!.textContent).to.contain('Showing 450 of 450');
    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await until(() => listed(el).length === 400, 'second page');
    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await until(() => listed(el).length === 450 && !root(el).querySelector('button.more'), 'all');
    const tag = root(el).querySelector<HTMLSelectElement>('#tag')!;
    tag.value = 'last';
    tag.dispatchEvent(new Event('change'));
    await until(() => listed(el).length === 1, 'found beyond the first page');
  });

  it('pages orphaned notes too, so thousands of notes on removed articles do not stall the view', async () => {
    const gone = Array.from({ length: 230 }, (_, i) => ({ ...highlight(articles[0], 'minor injuries', { id: `gone-${i}` }), target: { source: 'removed' } }));
    await library.annotations.putMany(gone);
    const el = await mount();
    const orphanItems = () => root(el).querySelectorAll('section[aria-labelledby="orphans-heading"] li').length;
    await until(() => orphanItems() === 200, 'first page of orphans');
    root(el).querySelector<HTMLButtonElement>('button.more-orphans')!.click();
    await until(() => orphanItems() === 230, 'the rest');
  });

  it('each note links to its passage in the article', async () => {
    const note = highlight(articles[0], 'minor injuries');
    await library.annotations.put(note);
    const el = await mount();
    await until(() => listed(el).length === 1, 'listed');
    const link = root(el).querySelector<HTMLAnchorElement>('li .actions a')!;
    const { start, end } = note.target.selectors![1];
    expect(link.getAttribute('href')).to.equal(`#/article/${encodeURIComponent(articles[0].id)}?at=${start}-${end}`);
    expect(link.textContent).to.equal('Open the passage');
  });

  it('keeps notes whose article is gone as orphaned, deletable with undo', async () => {
    const gone = highlight(articles[0], 'minor injuries', { note: 'kept even without its article' });
    await library.annotations.put({ ...gone, target: { ...gone.target, source: 'removed-article' } });
    const el = await mount();
    await until(() => !!root(el).querySelector('#orphans-heading'), 'orphans listed');
    const orphan = root(el).querySelector('section li')!;
    expect(orphan.textContent).to.contain('Article no longer in the library').and.contain('kept even without its article');
    orphan.querySelector<HTMLButtonElement>('.actions button')!.click();
    await until(() => !root(el).querySelector('#orphans-heading'), 'deleted');
    expect(await library.annotations.get(gone.id)).to.equal(undefined);
    root(el).querySelector<HTMLButtonElement>('.undo button')!.click();
    await until(() => !!root(el).querySelector('#orphans-heading'), 'restored');
    expect((await library.annotations.get(gone.id))!.note).to.equal('kept even without its article');
  });

  it('shows how much storage is used and whether it is persistent', async () => {
    const el = await mount();
    await until(() => /Crosslight uses .* of the /.test(root(el).querySelector('.storage')!.textContent!), 'usage shown');
    expect(root(el).querySelector('.storage')!.textContent).to.match(/persistent|may clear/);
  });

  it('exports the chosen notes as CSV with a dated name, safe against formulas', async () => {
    await library.annotations.putMany([
      highlight(articles[0], 'barge struck', { note: '=HYPERLINK("http://evil")' }),
      highlight(articles[1], 'hit by a barge', { note: 'second, with "quotes"' }),
    ]);
    const el = await mount();
    await until(() => listed(el).length === 2, 'listed');
    const scope = transfer(el).querySelector<HTMLSelectElement>('#scope-article')!;
    scope.value = articles[0].id;
    scope.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const download = nextDownload();
    transfer(el).querySelector<HTMLButtonElement>('button[data-format="csv"]')!.click();
    const file = await download;
    expect(file.name).to.match(/^crosslight-notes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text.split('\n')[0]).to.contain('Highlight,Title,Author,URL,Note,Location,Date');
    expect(file.text).to.contain(`"'=HYPERLINK(""http://evil"")"`);
    expect(file.text).not.to.contain('second, with');
    await until(() => status(el).startsWith('Saved crosslight-notes-'), 'confirmed');
  });

  it('backup → wipe → import restores every record identically; importing again adds nothing', async () => {
    const [gazette, wire] = articles;
    const long = 'Long note. '.repeat(2000);
    const records = [
      highlight(gazette, 'A barge struck the Eastgate bridge', { note: 'Ünïcödé 🚢 — "quoted", with, commas\nand a second line', tags: ['émoji 🚢', 'a,b'], category: 'question' }),
      highlight(gazette, 'struck the Eastgate', { note: '**bold** _it_ [link](https://example.org)', category: 'disputed' }), // overlaps the first
      highlight(wire, 'hit by a barge', { note: long, category: 'follow-up' }),
      { ...highlight(wire, 'Reaction'), target: { source: wire.id }, note: 'page note' },
    ];
    await library.annotations.putMany(records);
    await library.reviews.put({ linkId: 'link-1', verdict: 'disputed', hidden: true, created: records[0].created, modified: records[0].modified });
    await library.drafts.put({ id: `new:${wire.id}`, article: wire.id, note: 'unsaved ✍️', tags: ['draft'], updated: records[0].modified });
    const own = { ...article('my-own.md', '---\ntitle: My own report\noutlet: Local Paper\npublished: 2024-03-03\n---\nA barge hit the bridge, the harbour master said.\n'), imported: { at: records[0].created, kind: 'markdown' as const, source: 'my-own.md' } };
    await library.articles.putMany([own]);
    const before = await library.transfer.snapshot();

    const el = await mount();
    await until(() => listed(el).length === 4, 'listed');
    const download = nextDownload();
    transfer(el).querySelector<HTMLButtonElement>('button.backup')!.click();
    const file = await download;
    expect(file.name).to.match(/^crosslight-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await library.annotations.deleteMany(records.map((r) => r.id));
    await library.reviews.delete('link-1');
    await library.drafts.delete(`new:${wire.id}`);
    await library.articles.delete(own.id);
    await until(() => listed(el).length === 0, 'wiped');

    await chooseFile(el, new File([file.text], file.name, { type: 'application/json' }));
    await until(() => status(el).startsWith('Imported'), 'imported');
    expect(status(el)).to.contain('7 added');
    const after = await library.transfer.snapshot();
    const byId = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byId(after.annotations, (a) => a.id)).to.deep.equal(byId(before.annotations, (a) => a.id));
    expect(after.reviews).to.deep.equal(before.reviews);
    expect(after.drafts).to.deep.equal(before.drafts);
    expect(after.articles, 'the imported article comes back, still marked as imported').to.deep.equal(before.articles);
    await until(() => listed(el).length === 4, 'listed again');

    await chooseFile(el, new File([file.text], file.name, { type: 'application/json' }));
    await until(() => /Imported .*0 added, 0 updated, 7 already here/.test(status(el)), 'second import adds nothing');
  });

  it('W3C Web Annotation export imports back with notes, tags and selectors intact', async () => {
    const records = [
      highlight(articles[0], 'barge struck', { note: 'Ünïcödé 🚢, "quoted"', tags: ['vessel', 'a b'], category: 'question' }),
      highlight(articles[1], 'hit by a barge', { note: '' }),
    ];
    await library.annotations.putMany(records);
    const el = await mount();
    await until(() => listed(el).length === 2, 'listed');
    const download = nextDownload();
    transfer(el).querySelector<HTMLButtonElement>('button[data-format="web-annotation"]')!.click();
    const file = await download;
    expect(file.name).to.match(/\.jsonld$/);
    expect(JSON.parse(file.text).type).to.equal('AnnotationCollection');
    await library.annotations.deleteMany(records.map((r) => r.id));
    await chooseFile(el, new File([file.text], file.name));
    await until(() => status(el).startsWith('Imported'), 'imported');
    for (const r of records) {
      const back = (await library.annotations.get(r.id))!;
      expect({ note: back.note, tags: back.tags, category: back.category, selectors: back.target.selectors, source: back.target.source })
        .to.deep.equal({ note: r.note, tags: r.tags, category: r.category, selectors: r.target.selectors, source: r.target.source });
    }
  });

  const broken: Array<[string, () => File, RegExp]> = [
    ['truncated JSON', () => new File(['{"format":"crosslight-backup","schemaVersion":1,"annotations":[{"id":'], 'cut.json'), /cut off|unexpected end|truncated/i],
    ['a newer schema version', () => new File([JSON.stringify({ format: 'crosslight-backup', schemaVersion: 99, exported: '2024-01-01T00:00:00Z', articles: [], annotations: [], reviews: [], drafts: [] })], 'new.json'), /update Crosslight/i],
    ['duplicate ids', () => {
      const a = highlight(sampleLibrary()[0], 'barge struck');
      return new File([JSON.stringify({ format: 'crosslight-backup', schemaVersion: 1, exported: a.created, articles: [], annotations: [a, a], reviews: [], drafts: [] })], 'dup.json');
    }, /duplicate|twice|more than once/i],
    ['a note that is not text', () => {
      const a = { ...highlight(sampleLibrary()[0], 'barge struck'), note: 42 };
      return new File([JSON.stringify({ format: 'crosslight-backup', schemaVersion: 1, exported: a.created, articles: [], annotations: [a], reviews: [], drafts: [] })], 'bad.json');
    }, /annotations\[0\]\.note/],
    ['a note on an article neither in the library nor in the backup', () => {
      const a = highlight(sampleLibrary()[0], 'barge struck');
      const stray = { ...a, target: { ...a.target, source: 'not-in-this-library' } };
      return new File([JSON.stringify({ format: 'crosslight-backup', schemaVersion: 1, exported: a.created, articles: [], annotations: [stray], reviews: [], drafts: [] })], 'stray.json');
    }, /annotations\[0\]\.target\.source.*not-in-this-library/],
    ['a 100 MB file', () => new File([new Uint8Array(100 * 1024 * 1024)], 'huge.json'), /above the .* import limit/],
  ];
  for (const [what, make, message] of broken) {
    it(`refuses ${what} with a message saying what is wrong, and writes nothing`, async () => {
      const kept = highlight(articles[0], 'minor injuries');
      await library.annotations.put(kept);
      const el = await mount();
      await until(() => listed(el).length === 1, 'listed');
      await chooseFile(el, make());
      await until(() => alertText(el) !== '', 'refused');
      expect(alertText(el)).to.match(message).and.contain('nothing was changed');
      expect((await library.transfer.snapshot()).annotations).to.deep.equal([kept]);
    });
  }

  it('passes axe-core with notes, orphans and the export controls', async () => {
    await library.annotations.putMany([highlight(articles[0], 'barge struck', { note: 'n', tags: ['t'] }), { ...highlight(articles[1], 'hit by a barge'), target: { source: 'gone' } }]);
    const el = await mount();
    await until(() => !!root(el).querySelector('#orphans-heading'), 'listed');
    await expect(el).to.be.accessible();
  });
});
