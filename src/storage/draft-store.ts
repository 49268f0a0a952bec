import type { IDBPDatabase } from 'idb';
import type { Draft } from '../core/annotations.ts';
import type { ChangeFeed } from './changes.ts';
import type { CrosslightDB } from './schema.ts';
import { assertDraft } from './validate.ts';
import { writeTransaction } from './write.ts';

/**
 * Unsaved editor text. Built to be called on every pause in typing: `put` is one blind write
 * (no read, no version check: the latest keystrokes always win, and a draft is never the only
 * copy of a saved note).
 */
export class DraftStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  get(id: string): Promise<Draft | undefined> {
    return this.db.get('drafts', id);
  }

  listByArticle(articleId: string): Promise<Draft[]> {
    return this.db.getAllFromIndex('drafts', 'by-article', articleId);
  }

  async put(draft: Draft): Promise<void> {
    await writeTransaction(this.db, 'drafts', async (store) => {
      assertDraft(draft);
      await store.put(draft);
    });
    this.feed.publish('drafts', [draft.id], 'put');
  }

  /** Called once the note is saved or discarded. */
  async delete(id: string): Promise<void> {
    await writeTransaction(this.db, 'drafts', (store) => store.delete(id));
    this.feed.publish('drafts', [id], 'delete');
  }
}
