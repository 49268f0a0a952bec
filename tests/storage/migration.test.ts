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
    expect([...library.db.objectStoreNames].sort()).to.deep.equal(['annotations', 'drafts', 'meta', 'reviews']);

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
