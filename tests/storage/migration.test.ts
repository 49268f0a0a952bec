import { expect } from '@open-wc/testing';
import type { Annotation } from '../../src/core/annotations.ts';
import { DB_VERSION, type Library, openLibraryDb } from '../../src/storage/index.ts';
import { cleanUp, uniqueDbName } from './helpers.ts';

interface V1Fixture {
  version: 1;
  annotations: Annotation[];
}

/**
 * Builds a database exactly as Crosslight's first version did, with the raw IndexedDB API (not
 * the current migration code, which could drift): store, key path and indexes of v1.
 */
function createV1Database(name: string, records: Annotation[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('annotations', { keyPath: 'id' });
      store.createIndex('by-article', 'target.source');
      store.createIndex('by-tag', 'tags', { multiEntry: true });
      store.createIndex('by-modified', 'modified');
      for (const record of records) store.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('migration from v1', () => {
  let name: string;
  let library: Library | undefined;
  let fixture: V1Fixture;
  before(async () => {
    fixture = await (await fetch(new URL('../fixtures/db/v1.json', import.meta.url))).json();
  });
  beforeEach(() => {
    name = uniqueDbName('migration');
  });
  afterEach(() => cleanUp(name, library));

  it('keeps every v1 record intact and adds the v2 stores and indexes', async () => {
    await createV1Database(name, fixture.annotations);
    library = await openLibraryDb(name);

    expect(library.db.version).to.equal(DB_VERSION);
    expect([...library.db.objectStoreNames].sort()).to.deep.equal(['annotations', 'articles', 'drafts', 'meta', 'reviews']);

    const all = await library.annotations.listAll();
    expect(all).to.have.length(fixture.annotations.length);
    for (const original of fixture.annotations) {
      expect(await library.annotations.get(original.id)).to.deep.equal(original);
    }
    // The v1 indexes still answer after the upgrade.
    expect((await library.annotations.listByTag('deadline')).map((a) => a.id)).to.have.members([fixture.annotations[0].id, fixture.annotations[2].id]);
    expect(await library.annotations.listByArticle('2025-02-13-wall-street-journal-trump-putin-open-talks')).to.have.length(1);

    // And the new stores work.
    await library.reviews.put({ linkId: 'l1', verdict: 'confirmed', hidden: false, created: '2025-04-01T00:00:00.000Z', modified: '2025-04-01T00:00:00.000Z' });
    await library.drafts.put({ id: 'new:a', article: 'a', note: 'typing…', tags: [], updated: '2025-04-01T00:00:00.000Z' });
    await library.meta.put('lastBackup', '2025-04-01T00:00:00.000Z');
    expect((await library.reviews.get('l1'))?.verdict).to.equal('confirmed');
    expect(await library.drafts.listByArticle('a')).to.have.length(1);
    expect(await library.meta.get('lastBackup')).to.equal('2025-04-01T00:00:00.000Z');
  });

  it('reopening an upgraded database changes nothing', async () => {
    await createV1Database(name, fixture.annotations);
    library = await openLibraryDb(name);
    library.close();
    library = await openLibraryDb(name);
    expect(await library.annotations.listAll()).to.have.length(fixture.annotations.length);
  });

  it('creates a fresh database at the current version', async () => {
    library = await openLibraryDb(name);
    expect(library.db.version).to.equal(DB_VERSION);
    expect(await library.annotations.listAll()).to.deep.equal([]);
  });
});

/** A database exactly as v2 left it (raw API again): the v1 store plus reviews, drafts and meta, with records in each. */
function createV2Database(name: string, annotations: Annotation[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = db.createObjectStore('annotations', { keyPath: 'id' });
      store.createIndex('by-article', 'target.source');
      store.createIndex('by-tag', 'tags', { multiEntry: true });
      store.createIndex('by-modified', 'modified');
      for (const record of annotations) store.put(record);
      db.createObjectStore('reviews', { keyPath: 'linkId' }).put(V2_REVIEW);
      const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
      drafts.createIndex('by-article', 'article');
      drafts.put(V2_DRAFT);
      db.createObjectStore('meta').put('2025-03-01T00:00:00.000Z', 'lastBackup');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const V2_REVIEW = { linkId: 'link-1', verdict: 'disputed' as const, hidden: true, created: '2025-03-01T00:00:00.000Z', modified: '2025-03-02T00:00:00.000Z' };
const V2_DRAFT = { id: 'new:article-a', article: 'article-a', note: 'half a thought', tags: ['x'], updated: '2025-03-01T00:00:00.000Z' };

describe('migration from v2 to v3', () => {
  let name: string;
  let library: Library | undefined;
  let fixture: V1Fixture;
  before(async () => {
    fixture = await (await fetch(new URL('../fixtures/db/v1.json', import.meta.url))).json();
  });
  beforeEach(() => {
    name = uniqueDbName('migration-v2');
  });
  afterEach(() => cleanUp(name, library));

  it('keeps every v2 record intact and adds the articles store', async () => {
    await createV2Database(name, fixture.annotations);
    library = await openLibraryDb(name);
    expect(library.db.version).to.equal(3);
    expect([...library.db.objectStoreNames].sort()).to.deep.equal(['annotations', 'articles', 'drafts', 'meta', 'reviews']);
    for (const original of fixture.annotations) expect(await library.annotations.get(original.id)).to.deep.equal(original);
    expect(await library.reviews.listAll()).to.deep.equal([V2_REVIEW]);
    expect(await library.drafts.listByArticle('article-a')).to.deep.equal([V2_DRAFT]);
    expect(await library.meta.get('lastBackup')).to.equal('2025-03-01T00:00:00.000Z');
    expect(await library.articles.list()).to.deep.equal([]);
  });

  it('stores, lists and deletes imported articles; a delete returns the record for undo and keeps notes', async () => {
    await createV2Database(name, fixture.annotations);
    library = await openLibraryDb(name);
    const make = (id: string) => ({ id, title: `T ${id}`, outlet: null, published: '2024-01-01', url: null, author: null, markdown: 'Body.\n', text: 'Body.', words: 1, imported: { at: '2025-01-01T00:00:00.000Z', kind: 'markdown' as const, source: `${id}.md` } });
    const changes: string[] = [];
    library.onChange((c) => changes.push(`${c.store}:${c.kind}:${c.ids.join(',')}`));
    await library.articles.putMany([make('a'), make('b')]);
    expect((await library.articles.list()).map((a) => a.id)).to.deep.equal(['a', 'b']);
    const noteOnA = { ...fixture.annotations[0], id: 'note-on-a', target: { ...fixture.annotations[0].target, source: 'a' } };
    await library.annotations.put(noteOnA);
    const deleted = await library.articles.delete('a');
    expect(deleted).to.deep.equal(make('a'));
    expect(await library.articles.get('a')).to.equal(undefined);
    expect(await library.annotations.listByArticle('a')).to.have.length(1);
    await library.articles.putMany([deleted!]);
    expect(await library.articles.get('a')).to.deep.equal(make('a'));
    expect(changes).to.deep.equal(['articles:put:a,b', 'annotations:put:note-on-a', 'articles:delete:a', 'articles:put:a']);
    // A malformed record aborts the whole batch.
    let error: unknown;
    await library.articles.putMany([make('c'), { ...make('d'), published: 'soon' }]).catch((e) => (error = e));
    expect((error as Error).name).to.equal('StorageWriteError');
    expect(await library.articles.get('c')).to.equal(undefined);
  });
});
