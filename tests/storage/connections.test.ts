import { expect } from '@open-wc/testing';
import type { ClosedReason, Change, Library } from '../../src/storage/index.ts';
import { openLibraryDb, StaleWriteError, StorageWriteError } from '../../src/storage/index.ts';
import { annotation, cleanUp, uniqueDbName, until } from './helpers.ts';

/** Opens the database at a version above ours, as a newer Crosslight in another tab would. */
function openNewerVersion(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('connections and tabs', () => {
  let name: string;
  const opened: (Library | IDBDatabase)[] = [];
  beforeEach(() => {
    name = uniqueDbName('tabs');
  });
  afterEach(async () => {
    await cleanUp(name, ...opened.splice(0));
  });

  it('a newer version opening elsewhere closes this connection and says why', async () => {
    const reasons: ClosedReason[] = [];
    const library = await openLibraryDb(name, { onClosed: (r) => reasons.push(r) });
    opened.push(library);
    await library.annotations.put(annotation('before-upgrade'));

    const newer = await openNewerVersion(name, library.db.version + 1); // would hang if not released
    opened.push(newer);
    expect(reasons).to.deep.equal(['versionchange']);
    expect(library.closed).to.equal(true);

    const error = await library.annotations.put(annotation('after')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageWriteError);
    expect((error as StorageWriteError).kind).to.equal('closed');
    expect((error as StorageWriteError).message).to.contain('Reload this page');
  });

  it('reports being blocked by an old connection that does not let go, then opens when it closes', async () => {
    const stubborn = await openNewerVersion(name, 1); // an old tab without a versionchange handler
    let blocked = 0;
    const opening = openLibraryDb(name, { onBlocked: () => blocked++ });
    await until(() => blocked > 0, 'the blocked callback');
    stubborn.close();
    const library = await opening;
    opened.push(library);
    expect(library.db.version).to.be.greaterThan(1);
  });

  it('two tabs see each other’s changes through BroadcastChannel', async () => {
    const tabA = await openLibraryDb(name);
    const tabB = await openLibraryDb(name);
    opened.push(tabA, tabB);
    const seenByB: Change[] = [];
    const seenByA: Change[] = [];
    tabB.onChange((c) => seenByB.push(c));
    tabA.onChange((c) => seenByA.push(c));

    await tabA.annotations.put(annotation('shared', { note: 'from A' }));
    await until(() => seenByB.length > 0, 'tab B to hear of the write');
    expect(seenByB[0]).to.deep.equal({ db: name, store: 'annotations', ids: ['shared'], kind: 'put', local: false });
    expect((await tabB.annotations.get('shared'))?.note).to.equal('from A', 'committed before announced');
    expect(seenByA[0].local).to.equal(true, 'the writing tab is told too');

    await tabB.annotations.deleteMany(['shared']);
    await until(() => seenByA.some((c) => c.kind === 'delete'), 'tab A to hear of the delete');
    expect(seenByA.find((c) => c.kind === 'delete')).to.include({ store: 'annotations', local: false });
  });

  it('ignores changes announced for another database on the shared channel', async () => {
    const library = await openLibraryDb(name);
    const otherName = uniqueDbName('other');
    const other = await openLibraryDb(otherName);
    opened.push(library);
    const seen: Change[] = [];
    library.onChange((c) => seen.push(c));
    await other.annotations.put(annotation('elsewhere'));
    await library.annotations.put(annotation('here'));
    await until(() => seen.length > 0, 'own change');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.map((c) => c.ids[0])).to.deep.equal(['here']);
    await cleanUp(otherName, other);
  });

  it('refuses a stale concurrent edit instead of losing either one', async () => {
    const tabA = await openLibraryDb(name);
    const tabB = await openLibraryDb(name);
    opened.push(tabA, tabB);
    const original = await tabA.annotations.put(annotation('note', { note: 'v0' }), { base: null });

    // Both tabs open the editor on the same version.
    const inA = (await tabA.annotations.get('note'))!;
    const inB = (await tabB.annotations.get('note'))!;

    // Same clock reading as the base: the store still moves `modified` forward.
    const savedByA = await tabA.annotations.put({ ...inA, note: 'A wrote this' }, { base: inA.modified });
    expect(savedByA.modified > original.modified).to.equal(true);

    const error = await tabB.annotations
      .put({ ...inB, note: 'B wrote this', modified: new Date().toISOString() }, { base: inB.modified })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StaleWriteError);
    expect((error as StaleWriteError<typeof inA>).current?.note).to.equal('A wrote this', 'the newer version is handed back to merge');
    expect((await tabB.annotations.get('note'))?.note).to.equal('A wrote this');

    // After merging, B saves against the version it now has.
    const merged = await tabB.annotations.put({ ...savedByA, note: 'A wrote this\n\nB wrote this' }, { base: savedByA.modified });
    expect((await tabA.annotations.get('note'))?.note).to.equal(merged.note);
  });

  it('refuses to recreate a note deleted in another tab, and to create over an existing one', async () => {
    const tabA = await openLibraryDb(name);
    const tabB = await openLibraryDb(name);
    opened.push(tabA, tabB);
    const saved = await tabA.annotations.put(annotation('n'), { base: null });
    await tabB.annotations.delete('n', { base: saved.modified });

    const edit = await tabA.annotations.put({ ...saved, note: 'edited' }, { base: saved.modified }).catch((e: unknown) => e);
    expect(edit).to.be.instanceOf(StaleWriteError);
    expect((edit as StaleWriteError).current).to.equal(undefined);
    expect((edit as StaleWriteError).message).to.contain('deleted in another tab');

    await tabA.annotations.put(annotation('n2'), { base: null });
    const duplicate = await tabB.annotations.put(annotation('n2'), { base: null }).catch((e: unknown) => e);
    expect(duplicate).to.be.instanceOf(StaleWriteError);
  });

  it('refuses a delete based on an outdated version', async () => {
    const library = await openLibraryDb(name);
    opened.push(library);
    const first = await library.annotations.put(annotation('d'), { base: null });
    await library.annotations.put({ ...first, note: 'changed', modified: '2025-06-01T00:00:00.000Z' }, { base: first.modified });
    const error = await library.annotations.delete('d', { base: first.modified }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StaleWriteError);
    expect((await library.annotations.get('d'))?.note).to.equal('changed');
  });
});
