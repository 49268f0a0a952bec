import { expect } from '@open-wc/testing';
import { type Library, openLibraryDb, StorageWriteError } from '../../src/storage/index.ts';
import { annotation, cleanUp, uniqueDbName } from './helpers.ts';

describe('AnnotationStore', () => {
  let name: string;
  let library: Library;
  beforeEach(async () => {
    name = uniqueDbName('annotations');
    library = await openLibraryDb(name);
  });
  afterEach(() => cleanUp(name, library));

  it('puts, gets, lists by article, by tag and all, and deletes', async () => {
    await library.annotations.put(annotation('a1', { tags: ['bridge', 'dates'], modified: '2025-01-03T00:00:00.000Z' }));
    await library.annotations.put(annotation('a2', { target: { source: 'article-b' }, modified: '2025-01-02T00:00:00.000Z' }));
    await library.annotations.put(annotation('a3', { tags: ['dates'], modified: '2025-01-01T00:00:00.000Z' }));

    expect(await library.annotations.get('a1')).to.deep.equal(annotation('a1', { tags: ['bridge', 'dates'], modified: '2025-01-03T00:00:00.000Z' }));
    expect((await library.annotations.listByArticle('article-a')).map((a) => a.id)).to.have.members(['a1', 'a3']);
    expect((await library.annotations.listByTag('dates')).map((a) => a.id)).to.have.members(['a1', 'a3']);
    expect((await library.annotations.listAll()).map((a) => a.id)).to.deep.equal(['a3', 'a2', 'a1'], 'oldest change first');

    const deleted = await library.annotations.delete('a2');
    expect(deleted?.id).to.equal('a2');
    expect(await library.annotations.get('a2')).to.equal(undefined);
    expect(await library.annotations.delete('missing')).to.equal(undefined);
  });

  it('putMany is all or nothing: one unstorable record and nothing is written', async () => {
    await library.annotations.put(annotation('kept', { note: 'before' }));
    // A function cannot be structured-cloned: IndexedDB itself rejects the third put, after
    // the first two were already issued in the same transaction.
    const unstorable = { ...annotation('bad'), extra: () => 1 } as unknown as ReturnType<typeof annotation>;
    const batch = [annotation('new1'), annotation('kept', { note: 'after' }), unstorable, annotation('new2')];

    const error = await library.annotations.putMany(batch).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageWriteError);
    expect((error as StorageWriteError).kind).to.equal('invalid');
    expect((error as StorageWriteError).message).to.contain('nothing was changed');

    expect(await library.annotations.get('new1')).to.equal(undefined);
    expect(await library.annotations.get('new2')).to.equal(undefined);
    expect((await library.annotations.get('kept'))?.note).to.equal('before');
  });

  it('putMany also refuses a malformed record before it reaches the database, atomically', async () => {
    const malformed = annotation('m', { category: 'nonsense' as never });
    const error = await library.annotations.putMany([annotation('ok'), malformed]).catch((e: unknown) => e);
    expect((error as StorageWriteError).kind).to.equal('invalid');
    expect(await library.annotations.listAll()).to.deep.equal([]);
  });

  it('deleteMany runs in one transaction and undo is putting the returned records back', async () => {
    await library.annotations.putMany([annotation('x'), annotation('y'), annotation('z')]);
    const removed = await library.annotations.deleteMany(['x', 'z', 'not-there']);
    expect(removed.map((a) => a.id)).to.have.members(['x', 'z']);
    expect((await library.annotations.listAll()).map((a) => a.id)).to.deep.equal(['y']);

    await library.annotations.putMany(removed); // undo
    expect(await library.annotations.get('x')).to.deep.equal(annotation('x'));
    expect(await library.annotations.get('z')).to.deep.equal(annotation('z'));
  });

  it('survives closing and reopening (what a reload does)', async () => {
    await library.annotations.put(annotation('persisted', { note: 'Ünïcödé ✓ 😀' }));
    library.close();
    library = await openLibraryDb(name);
    expect((await library.annotations.get('persisted'))?.note).to.equal('Ünïcödé ✓ 😀');
  });

  it('saveAnchors writes only target and anchor, and skips records edited meanwhile', async () => {
    await library.annotations.putMany([annotation('same'), annotation('edited')]);
    const reanchored = [annotation('same'), annotation('edited'), annotation('gone')].map((a) => ({ ...a, anchor: 'orphaned' as const, note: 'stale copy' }));
    await library.annotations.put(annotation('edited', { note: 'newer text', modified: '2025-02-01T00:00:00.000Z' }));

    const skipped = await library.annotations.saveAnchors(reanchored);
    expect(skipped).to.have.members(['edited', 'gone']);
    const same = await library.annotations.get('same');
    expect(same?.anchor).to.equal('orphaned');
    expect(same?.note).to.equal('note same', 'only target and anchor are written');
    expect((await library.annotations.get('edited'))?.note).to.equal('newer text');
    expect(await library.annotations.get('gone')).to.equal(undefined);
  });
});
