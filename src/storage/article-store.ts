import type { IDBPDatabase } from 'idb';
import type { ImportedArticle } from '../core/import/types.ts';
import type { ChangeFeed } from './changes.ts';
import { InvalidRecordError } from './errors.ts';
import type { CrosslightDB } from './schema.ts';
import { quiet, writeTransaction } from './write.ts';

/**
 * Articles the reader imported. The bundled library stays read-only and is never stored here.
 * Deleting an article leaves the reader's notes on it alone: they become orphaned notes until
 * the reader deletes them. Undo of a delete is `putMany([deleted])`.
 */
export class ArticleStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  list(): Promise<ImportedArticle[]> {
    return this.db.getAll('articles');
  }

  get(id: string): Promise<ImportedArticle | undefined> {
    return this.db.get('articles', id);
  }

  /** All or nothing, in one transaction: a batch is never half-saved. */
  async putMany(articles: readonly ImportedArticle[]): Promise<void> {
    await writeTransaction(this.db, 'articles', async (store) => {
      const requests: Promise<unknown>[] = [];
      for (const article of articles) {
        assertArticle(article);
        requests.push(quiet(store.put(article)));
      }
      await Promise.all(requests);
    });
    this.feed.publish('articles', articles.map((a) => a.id), 'put');
  }

  /** Deletes one article and returns it, for undo. */
  async delete(id: string): Promise<ImportedArticle | undefined> {
    const deleted = await writeTransaction(this.db, 'articles', async (store) => {
      const current = await store.get(id);
      if (current) await store.delete(id);
      return current;
    });
    if (deleted) this.feed.publish('articles', [id], 'delete');
    return deleted;
  }
}

export function assertArticle(value: ImportedArticle): void {
  const fail = (why: string) => {
    throw new InvalidRecordError(`article ${JSON.stringify(value?.id)}: ${why}`);
  };
  if (!value || typeof value !== 'object') fail('not an object');
  if (typeof value.id !== 'string' || value.id === '') fail('id must be a non-empty string');
  if (typeof value.title !== 'string' || value.title === '') fail('title must be a non-empty string');
  if (typeof value.markdown !== 'string' || typeof value.text !== 'string') fail('markdown and text must be strings');
  if (typeof value.words !== 'number') fail('words must be a number');
  if (value.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value.published)) fail('published must be YYYY-MM-DD or null');
  for (const field of ['outlet', 'url', 'author'] as const) if (value[field] !== null && typeof value[field] !== 'string') fail(`${field} must be a string or null`);
  if (!value.imported || typeof value.imported.at !== 'string') fail('imported.at must be a timestamp');
}
