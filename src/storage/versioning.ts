/**
 * How two tabs editing the same record never lose an update: compare-and-put on `modified`.
 *
 * An editor remembers the `modified` of the version it started from (its base) and passes it
 * with the save. Inside the write transaction the stored record is read; if its `modified` is
 * not the base, someone else saved in between and the write is refused with StaleWriteError
 * (nothing written, the newer version handed back to merge). Readwrite transactions on a store
 * run one at a time across all tabs, so the check and the put cannot interleave.
 *
 * `modified` doubles as the record's version stamp, so the store keeps it strictly increasing:
 * a save whose clock reading is not later than its base (same millisecond, clock skew) is
 * stamped base + 1 ms. Chosen over a separate revision counter because Annotation has no such
 * field and `modified` already travels in exports and backups.
 */
import { StaleWriteError } from './errors.ts';

export interface WriteOptions {
  /**
   * The `modified` of the version this edit started from, or null when creating a new record.
   * Omit only for writes meant to replace whatever is stored: import, restore, undo.
   */
  base?: string | null;
}

/** Throws StaleWriteError unless the stored record is exactly the version the edit started from. */
export function assertBase<T extends { modified: string }>(store: string, id: string, current: T | undefined, base: string | null): void {
  const storedStamp = current?.modified ?? null;
  if (storedStamp !== base) throw new StaleWriteError<T>(store, id, current);
}

/** The `modified` to store for an edit of `base`: its own, unless that would not move forward. */
export function nextStamp(proposed: string, base: string | null): string {
  if (base === null) return proposed;
  const floor = Date.parse(base) + 1;
  return Date.parse(proposed) >= floor ? proposed : new Date(floor).toISOString();
}
