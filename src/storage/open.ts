import { type IDBPDatabase, openDB } from 'idb';
import { AnnotationStore } from './annotation-store.ts';
import { ArticleStore } from './article-store.ts';
import { type ChangeListener, ChangeFeed } from './changes.ts';
import { DraftStore } from './draft-store.ts';
import { TransferStore } from './transfer-store.ts';
import { MetaStore } from './meta-store.ts';
import { ReviewStore } from './review-store.ts';
import { type CrosslightDB, DB_VERSION, DEFAULT_DB_NAME, migrate } from './schema.ts';

/**
 * Why this tab lost its connection. 'versionchange': a newer Crosslight opened in another tab
 * and needs the database upgraded, so this (older) page let go; 'terminated': the browser
 * closed it (storage cleared, disk error). Either way the UI should ask the reader to reload.
 */
export type ClosedReason = 'versionchange' | 'terminated';

export interface OpenOptions {
  /**
   * An older Crosslight tab holds the database open and does not let go, so the upgrade waits.
   * The UI should say "close other Crosslight tabs"; opening completes once they are closed.
   */
  onBlocked?: () => void;
  onClosed?: (reason: ClosedReason) => void;
}

/** The open library: the repositories plus the connection's life events. */
export class Library {
  readonly annotations: AnnotationStore;
  readonly reviews: ReviewStore;
  readonly drafts: DraftStore;
  readonly meta: MetaStore;
  readonly transfer: TransferStore;
  /** v3: the articles the reader imported. */
  readonly articles: ArticleStore;
  #closed = false;
  readonly #closedListeners = new Set<(reason: ClosedReason) => void>();

  constructor(
    readonly name: string,
    readonly db: IDBPDatabase<CrosslightDB>,
    private readonly feed: ChangeFeed,
  ) {
    this.annotations = new AnnotationStore(db, feed);
    this.reviews = new ReviewStore(db, feed);
    this.drafts = new DraftStore(db, feed);
    this.meta = new MetaStore(db, feed);
    this.transfer = new TransferStore(db, feed);
    this.articles = new ArticleStore(db, feed);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Every committed change, from this tab (`local`) or another. Returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void {
    return this.feed.subscribe(listener);
  }

  onClosed(listener: (reason: ClosedReason) => void): () => void {
    this.#closedListeners.add(listener);
    return () => this.#closedListeners.delete(listener);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.db.close();
    this.feed.close();
  }

  /** @internal Called from the connection's blocking/terminated events. */
  lost(reason: ClosedReason): void {
    const wasOpen = !this.#closed;
    this.close();
    if (wasOpen) for (const listener of this.#closedListeners) listener(reason);
  }
}

/**
 * The one way into IndexedDB: opens (creating or upgrading) the library database at DB_VERSION.
 * Rejects if the database on disk is NEWER than this code (a rolled-back app): the caller
 * should tell the reader to reload, which fetches the matching version.
 */
export async function openLibraryDb(name = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<Library> {
  let library: Library | undefined;
  const db = await openDB<CrosslightDB>(name, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, transaction) => migrate(database, oldVersion, transaction),
    blocked: () => options.onBlocked?.(),
    // Close at once so the newer version can upgrade; keeping the old connection would block it.
    blocking: (_current, _next, event) => {
      if (library) library.lost('versionchange');
      else (event.target as IDBDatabase).close();
    },
    terminated: () => library?.lost('terminated'),
  });
  library = new Library(name, db, new ChangeFeed(name));
  if (options.onClosed) library.onClosed(options.onClosed);
  return library;
}
