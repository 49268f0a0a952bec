import type { IDBPDatabase } from 'idb';
import type { FindingReview } from '../core/annotations.ts';
import type { ChangeFeed } from './changes.ts';
import type { CrosslightDB } from './schema.ts';
import { assertReview } from './validate.ts';
import { type WriteOptions, assertBase, nextStamp } from './versioning.ts';
import { quiet, writeTransaction } from './write.ts';

/** The reader's verdicts on machine findings, keyed by the finding's stable link id. */
export class ReviewStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  get(linkId: string): Promise<FindingReview | undefined> {
    return this.db.get('reviews', linkId);
  }

  listAll(): Promise<FindingReview[]> {
    return this.db.getAll('reviews');
  }

  /** Same contract as AnnotationStore.put: with `base`, a stale write is refused. */
  async put(review: FindingReview, options: WriteOptions = {}): Promise<FindingReview> {
    const stored = await writeTransaction(this.db, 'reviews', async (store) => {
      assertReview(review);
      let record = review;
      if (options.base !== undefined) {
        assertBase('reviews', review.linkId, await store.get(review.linkId), options.base);
        record = { ...review, modified: nextStamp(review.modified, options.base) };
      }
      await store.put(record);
      return record;
    });
    this.feed.publish('reviews', [stored.linkId], 'put');
    return stored;
  }

  async putMany(reviews: readonly FindingReview[]): Promise<void> {
    await writeTransaction(this.db, 'reviews', async (store) => {
      const requests: Promise<unknown>[] = [];
      for (const review of reviews) {
        assertReview(review);
        requests.push(quiet(store.put(review)));
      }
      await Promise.all(requests);
    });
    this.feed.publish('reviews', reviews.map((r) => r.linkId), 'put');
  }

  /** Withdraws a verdict; returns it for undo. */
  async delete(linkId: string): Promise<FindingReview | undefined> {
    const deleted = await writeTransaction(this.db, 'reviews', async (store) => {
      const current = await store.get(linkId);
      if (current) await store.delete(linkId);
      return current;
    });
    if (deleted) this.feed.publish('reviews', [linkId], 'delete');
    return deleted;
  }
}
