import { expect } from '@open-wc/testing';
import { openLibraryDb } from '../../src/storage/index.ts';

/**
 * A tab closed in the middle of a write: its transaction is aborted by the browser, and what the
 * other tabs see afterwards is all of the batch or none of it, never part.
 */
describe('a tab closed mid-write', () => {
  it('leaves all of a batch or none of it, and the library keeps working', async () => {
    const name = `closed-tab-${crypto.randomUUID()}`;
    const library = await openLibraryDb(name); // creates the schema, as the app does
    const now = new Date().toISOString();
    await library.annotations.put({ id: 'before', target: { source: 'a' }, note: 'saved earlier', tags: [], category: 'important', created: now, modified: now, anchor: 'anchored' });

    // The "other tab": a same-origin frame whose window runs the write, then goes away.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const idb = frame.contentWindow!.indexedDB;
    const started = new Promise<void>((resolve, reject) => {
      const r = idb.open(name);
      r.onerror = () => reject(r.error);
      r.onsuccess = () => {
        const tx = r.result.transaction('annotations', 'readwrite');
        const store = tx.objectStore('annotations');
        for (let i = 0; i < 5000; i++) store.put({ id: `batch-${i}`, target: { source: 'a' }, note: 'x'.repeat(200), tags: [], category: 'important', created: now, modified: now, anchor: 'anchored' });
        resolve();
      };
    });
    await started;
    frame.remove(); // the tab closes with the transaction in flight

    // Let the browser settle the aborted (or, if it won the race, committed) transaction.
    await new Promise((r) => setTimeout(r, 300));
    const all = await library.annotations.listAll();
    const batch = all.filter((a) => a.id.startsWith('batch-')).length;
    expect([0, 5000], `a partial batch of ${batch} records was left`).to.include(batch);
    expect(all.find((a) => a.id === 'before')?.note).to.equal('saved earlier');
    await library.annotations.put({ id: 'after', target: { source: 'a' }, note: 'still saving', tags: [], category: 'important', created: now, modified: now, anchor: 'anchored' });
    expect((await library.annotations.get('after'))?.note).to.equal('still saving');
    library.close();
    indexedDB.deleteDatabase(name);
  });
});
