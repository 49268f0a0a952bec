import type { IDBPDatabase } from 'idb';
import type { Annotation, Draft, FindingReview } from '../core/annotations.ts';
import type { ImportedArticle } from '../core/import/types.ts';
import type { Article } from '../core/types.ts';
import type { ChangeFeed } from './changes.ts';
import type { CrosslightDB, StoreName } from './schema.ts';
import { assertAnnotation, assertDraft, assertReview } from './validate.ts';
import { writeInChunks, writeTransactionOver } from './write.ts';

/** Everything the reader made: what a backup carries and an import writes. */
export interface Records {
  annotations: Annotation[];
  reviews: FindingReview[];
  drafts: Draft[];
  /** Articles the reader imported (bundled ones ship with the app). */
  articles: Array<Article & { imported?: ImportedArticle['imported'] }>;
}

/**
 * Whole-library reads and writes for backup and import. A read is one transaction, so a backup
 * is a consistent snapshot; an import is one transaction over every store it touches, so a
 * failure (a malformed record, a full disk) leaves the library exactly as it was.
 */
export class TransferStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  async snapshot(): Promise<Records> {
    const tx = this.db.transaction(['annotations', 'reviews', 'drafts', 'articles'], 'readonly');
    const [annotations, reviews, drafts, articles] = await Promise.all([
      tx.objectStore('annotations').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('drafts').getAll(),
      tx.objectStore('articles').getAll(),
    ]);
    await tx.done;
    return { annotations, reviews, drafts, articles };
  }

  /** Writes all the records or none. Resolves once committed; then every tab hears of it. */
  async putAll(records: Records): Promise<void> {
    await writeTransactionOver(this.db, ['annotations', 'reviews', 'drafts', 'articles'], async (tx) => {
      await writeInChunks(records.annotations, (a) => (assertAnnotation(a), tx.objectStore('annotations').put(a)));
      await writeInChunks(records.reviews, (r) => (assertReview(r), tx.objectStore('reviews').put(r)));
      await writeInChunks(records.drafts, (d) => (assertDraft(d), tx.objectStore('drafts').put(d)));
      // An article from a backup made before imports were recorded still goes back as imported.
      const restored = (a: Records['articles'][number]): ImportedArticle => ({ ...a, imported: a.imported ?? { at: new Date().toISOString(), kind: 'markdown', source: 'a backup' } });
      await writeInChunks(records.articles, (article) => tx.objectStore('articles').put(restored(article)));
    });
    const publish = (store: StoreName, ids: string[]) => ids.length > 0 && this.feed.publish(store, ids, 'put');
    publish('annotations', records.annotations.map((a) => a.id));
    publish('reviews', records.reviews.map((r) => r.linkId));
    publish('drafts', records.drafts.map((d) => d.id));
    publish('articles', records.articles.map((a) => a.id));
  }
}
