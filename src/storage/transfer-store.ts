import type { IDBPDatabase } from 'idb';
import type { Annotation, Draft, FindingReview } from '../core/annotations.ts';
import type { Article } from '../core/types.ts';
import type { ChangeFeed } from './changes.ts';
import { toStorageError } from './errors.ts';
import type { CrosslightDB, StoreName } from './schema.ts';
import { assertAnnotation, assertDraft, assertReview } from './validate.ts';
import { writeInChunks } from './write.ts';

/** Everything the reader made: what a backup carries and an import writes. */
export interface Records {
  annotations: Annotation[];
  reviews: FindingReview[];
  drafts: Draft[];
  /** Articles the reader imported (bundled ones ship with the app). */
  articles: Article[];
}

/** The store that keeps imported articles, once the schema has it. */
const ARTICLES = 'articles' as StoreName;

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

  private get hasArticles(): boolean {
    return this.db.objectStoreNames.contains(ARTICLES);
  }

  async snapshot(): Promise<Records> {
    const names: StoreName[] = ['annotations', 'reviews', 'drafts', ...(this.hasArticles ? [ARTICLES] : [])];
    const tx = this.db.transaction(names, 'readonly');
    const [annotations, reviews, drafts, articles] = await Promise.all([
      tx.objectStore('annotations').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('drafts').getAll(),
      this.hasArticles ? (tx.objectStore(ARTICLES).getAll() as Promise<Article[]>) : Promise.resolve([] as Article[]),
    ]);
    await tx.done;
    return { annotations, reviews, drafts, articles };
  }

  /** Writes all the records or none. Resolves once committed; then every tab hears of it. */
  async putAll(records: Records): Promise<void> {
    if (records.articles.length > 0 && !this.hasArticles) throw toStorageError(new Error('this version of Crosslight cannot store imported articles'));
    const names: StoreName[] = ['annotations', 'reviews', 'drafts', ...(records.articles.length > 0 ? [ARTICLES] : [])];
    let tx;
    try {
      tx = this.db.transaction(names, 'readwrite');
    } catch (err) {
      throw toStorageError(err);
    }
    const done = tx.done;
    done.catch(() => {});
    try {
      const store = tx.objectStore.bind(tx);
      await writeInChunks(records.annotations, (a) => (assertAnnotation(a), store('annotations').put(a)));
      await writeInChunks(records.reviews, (r) => (assertReview(r), store('reviews').put(r)));
      await writeInChunks(records.drafts, (d) => (assertDraft(d), store('drafts').put(d)));
      await writeInChunks(records.articles, (article) => (store(ARTICLES) as unknown as IDBObjectStoreLike).put(article));
      await done;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failing request or the commit.
      }
      await done.catch(() => {});
      throw toStorageError(err);
    }
    const publish = (store: StoreName, ids: string[]) => ids.length > 0 && this.feed.publish(store, ids, 'put');
    publish('annotations', records.annotations.map((a) => a.id));
    publish('reviews', records.reviews.map((r) => r.linkId));
    publish('drafts', records.drafts.map((d) => d.id));
    publish(ARTICLES, records.articles.map((a) => a.id));
  }
}

/** The articles store is typed by its own step of the schema; here only `put` is needed. */
interface IDBObjectStoreLike {
  put(value: unknown): Promise<unknown>;
}
