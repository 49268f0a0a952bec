import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { toStorageError } from './errors.ts';
import type { CrosslightDB, StoreName } from './schema.ts';

export type WritableStore<Name extends StoreName> = IDBPObjectStore<CrosslightDB, [Name], Name, 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction and resolves once it has COMMITTED. If anything
 * fails (a request, validation, the commit itself, e.g. over quota), the transaction is aborted
 * so nothing is half-written, and a typed StorageWriteError / StaleWriteError is thrown.
 *
 * `body` must await only IndexedDB requests: awaiting anything else lets the transaction
 * auto-commit midway.
 */
export async function writeTransaction<Name extends StoreName, T>(
  db: IDBPDatabase<CrosslightDB>,
  storeName: Name,
  body: (store: WritableStore<Name>) => Promise<T>,
): Promise<T> {
  let tx;
  try {
    tx = db.transaction(storeName, 'readwrite');
  } catch (err) {
    throw toStorageError(err); // e.g. the connection was closed for a newer version
  }
  const done = tx.done;
  done.catch(() => {}); // handled below; keeps an abort from also surfacing as unhandled
  try {
    const result = await body(tx.store);
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

/** Marks a request's promise as handled: after an abort, its rejection is expected. */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
