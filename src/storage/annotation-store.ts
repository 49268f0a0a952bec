import type { IDBPDatabase } from 'idb';
import type { Annotation } from '../core/annotations.ts';
import type { ChangeFeed } from './changes.ts';
import type { CrosslightDB } from './schema.ts';
import { assertAnnotation } from './validate.ts';
import { type WriteOptions, assertBase, nextStamp } from './versioning.ts';
import { quiet, writeInChunks, writeTransaction } from './write.ts';

/**
 * The reader's highlights and notes. Every write is one transaction and is announced on the
 * change feed once committed. Undo of a delete is `putMany(deletedRecords)`.
 */
export class AnnotationStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  get(id: string): Promise<Annotation | undefined> {
    return this.db.get('annotations', id);
  }

  listByArticle(articleId: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'by-article', articleId);
  }

  listByTag(tag: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'by-tag', tag);
  }

  /** Oldest change first. */
  listAll(): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'by-modified');
  }

  /**
   * Saves one annotation and returns it as stored (its `modified` may be moved forward by a
   * millisecond, see versioning.ts). With `base`, refuses a stale write with StaleWriteError.
   */
  async put(annotation: Annotation, options: WriteOptions = {}): Promise<Annotation> {
    const stored = await writeTransaction(this.db, 'annotations', async (store) => {
      assertAnnotation(annotation);
      let record = annotation;
      if (options.base !== undefined) {
        assertBase('annotations', annotation.id, await store.get(annotation.id), options.base);
        record = { ...annotation, modified: nextStamp(annotation.modified, options.base) };
      }
      await store.put(record);
      return record;
    });
    this.feed.publish('annotations', [stored.id], 'put');
    return stored;
  }

  /** All or nothing: one malformed or unstorable record and none of them is written. */
  async putMany(annotations: readonly Annotation[]): Promise<void> {
    await writeTransaction(this.db, 'annotations', (store) =>
      writeInChunks(annotations, (annotation) => {
        assertAnnotation(annotation);
        return store.put(annotation);
      }),
    );
    this.feed.publish('annotations', annotations.map((a) => a.id), 'put');
  }

  /** Deletes one annotation and returns what was deleted (for undo). With `base`, refuses if it changed. */
  async delete(id: string, options: WriteOptions = {}): Promise<Annotation | undefined> {
    const deleted = await writeTransaction(this.db, 'annotations', async (store) => {
      const current = await store.get(id);
      if (options.base !== undefined) assertBase('annotations', id, current, options.base);
      if (current) await store.delete(id);
      return current;
    });
    if (deleted) this.feed.publish('annotations', [id], 'delete');
    return deleted;
  }

  /** Deletes several in one transaction; returns the deleted records, which `putMany` restores. */
  async deleteMany(ids: readonly string[]): Promise<Annotation[]> {
    const deleted = await writeTransaction(this.db, 'annotations', async (store) => {
      const found = await Promise.all(ids.map((id) => quiet(store.get(id))));
      const existing = found.filter((a): a is Annotation => a !== undefined);
      await Promise.all(existing.map((a) => quiet(store.delete(a.id))));
      return existing;
    });
    this.feed.publish('annotations', deleted.map((a) => a.id), 'delete');
    return deleted;
  }

  /**
   * Stores re-anchoring results (core/anchoring reanchorAll) without ever undoing a reader's
   * edit: only `target` and `anchor` are written, and only onto records whose `modified` is
   * still the one the re-anchoring started from. Returns the ids skipped because they changed
   * or vanished meanwhile (they are re-anchored next time the article opens). `modified` is not
   * touched: re-anchoring is not an edit.
   */
  async saveAnchors(annotations: readonly Annotation[]): Promise<string[]> {
    const { written, skipped } = await writeTransaction(this.db, 'annotations', async (store) => {
      const current = await Promise.all(annotations.map((a) => quiet(store.get(a.id))));
      const written: string[] = [];
      const skipped: string[] = [];
      const requests: Promise<unknown>[] = [];
      annotations.forEach((a, i) => {
        const stored = current[i];
        if (!stored || stored.modified !== a.modified) return void skipped.push(a.id);
        requests.push(quiet(store.put({ ...stored, target: a.target, anchor: a.anchor })));
        written.push(a.id);
      });
      await Promise.all(requests);
      return { written, skipped };
    });
    this.feed.publish('annotations', written, 'put');
    return skipped;
  }
}
