/**
 * Errors a reader can meet when saving, as typed values the UI shows with what to do.
 * Every write goes through one transaction that is aborted on failure, so each message can
 * truthfully say "nothing was changed".
 */

export type StorageFailure = 'quota' | 'closed' | 'invalid' | 'failed';

const MESSAGES: Record<StorageFailure, string> = {
  quota: 'Your device is out of storage space: nothing was changed. Free some space or export a backup, then try again.',
  closed: 'Crosslight was updated or closed in another tab: nothing was changed. Reload this page, then try again.',
  invalid: 'This record could not be saved because part of it is malformed: nothing was changed.',
  failed: 'Your change could not be saved: nothing was changed. Try again; if it keeps failing, export a backup.',
};

export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
  constructor(
    readonly kind: StorageFailure,
    /** What the platform said, for the console and bug reports; not shown to readers. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

/**
 * A write based on an outdated copy: another tab saved (or deleted) the record since this one
 * was read. Nothing was written; `current` is the stored version to merge with or reload.
 */
export class StaleWriteError<T = unknown> extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    readonly store: string,
    readonly id: string,
    readonly current: T | undefined,
  ) {
    super(
      current === undefined
        ? 'This note was deleted in another tab or window. Your text is kept: save it as a new note or discard it.'
        : 'This note was changed in another tab or window. Your text is kept: review the newer version, then save again.',
    );
  }
}

/** Maps anything thrown during a write to the typed errors above (pure: no IndexedDB needed). */
export function toStorageError(err: unknown): StorageWriteError | StaleWriteError {
  if (err instanceof StorageWriteError || err instanceof StaleWriteError) return err;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  // Firefox named it NS_ERROR_DOM_QUOTA_REACHED before standardising on QuotaExceededError.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new StorageWriteError('quota', detail, { cause: err });
  if (name === 'InvalidStateError') return new StorageWriteError('closed', detail, { cause: err });
  if (name === 'DataError' || name === 'DataCloneError' || err instanceof InvalidRecordError) return new StorageWriteError('invalid', detail, { cause: err });
  return new StorageWriteError('failed', detail, { cause: err });
}

/** Thrown by record validation inside a write; surfaces as StorageWriteError('invalid'). */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}
