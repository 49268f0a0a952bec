import type { IDBPDatabase } from 'idb';
import type { ChangeFeed } from './changes.ts';
import type { CrosslightDB } from './schema.ts';
import { writeTransaction } from './write.ts';

/** Small named values (e.g. `lastBackup`); the value must be structured-cloneable. */
export class MetaStore {
  constructor(
    private readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {}

  get<T>(key: string): Promise<T | undefined> {
    return this.db.get('meta', key) as Promise<T | undefined>;
  }

  async put(key: string, value: unknown): Promise<void> {
    await writeTransaction(this.db, 'meta', (store) => store.put(value, key));
    this.feed.publish('meta', [key], 'put');
  }
}
