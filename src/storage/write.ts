import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';
import { toStorageError } from './errors.ts';
import type { CrosslightDB, StoreName } from './schema.ts';

export type WritableStore<Name extends StoreName> = IDBPObjectStore<CrosslightDB, [Name], Name, 'readwrite'>;

export type WriteTx<Names extends StoreName[]> = IDBPTransaction<CrosslightDB, Names, 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction over `storeNames` and resolves once it has COMMITTED.
 * If anything fails (a request, validation, the commit itself, e.g. over quota), the transaction
 * is aborted so nothing is half-written, and a typed StorageWriteError / StaleWriteError is thrown.
 *
 * `body` must await only IndexedDB requests: awaiting anything else lets the transaction
 * auto-commit midway.
 */
export async function writeTransactionOver<Names extends StoreName[], T>(
  db: IDBPDatabase<CrosslightDB>,
  storeNames: Names,
  body: (tx: WriteTx<Names>) => Promise<T>,
): Promise<T> {
  let tx: WriteTx<Names>;
  try {
    tx = db.transaction(storeNames, 'readwrite');
  } catch (err) {
    throw toStorageError(err); // e.g. the connection was closed for a newer version
  }
  const done = tx.done;
  done.catch(() => {}); // handled below; keeps an abort from also surfacing as unhandled
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request or commit.
    }
    await done.catch(() => {});
    throw toStorageError(err);
  }
}

/** `writeTransactionOver` for the common case of one store. */
export function writeTransaction<Name extends StoreName, T>(
  db: IDBPDatabase<CrosslightDB>,
  storeName: Name,
  body: (store: WritableStore<Name>) => Promise<T>,
): Promise<T> {
  return writeTransactionOver(db, [storeName], (tx) => body(tx.objectStore(storeName) as WritableStore<Name>));
}

/** Marks a request's promise as handled: after an abort, its rejection is expected. */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Records written per step of a bulk write; small enough that no step blocks the page for long. */
export const WRITE_CHUNK = 200;

/**
 * Issues `write` for every item inside the caller's transaction, a chunk at a time, waiting for
 * each chunk's requests before the next. Cloning records into IndexedDB happens on the main
 * thread; in chunks the page stays responsive during a 10,000-note import. The transaction stays
 * open throughout: the next chunk is issued from the last request's success, before it could
 * auto-commit. `write` must only issue IndexedDB requests.
 */
export async function writeInChunks<T>(items: readonly T[], write: (item: T) => Promise<unknown>, chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < items.length; i += chunk) {
    await Promise.all(items.slice(i, i + chunk).map((item) => quiet(write(item))));
  }
}
