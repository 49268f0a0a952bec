/** Crosslight's IndexedDB layer: the only code that touches IndexedDB. */
export { AnnotationStore } from './annotation-store.ts';
export { ArticleStore } from './article-store.ts';
export { CHANGES_CHANNEL, type Change, type ChangeListener, type ChangeMessage } from './changes.ts';
export { DraftStore } from './draft-store.ts';
export { StaleWriteError, type StorageFailure, StorageWriteError, toStorageError } from './errors.ts';
export { MetaStore } from './meta-store.ts';
export { type ClosedReason, Library, type OpenOptions, openLibraryDb } from './open.ts';
export { requestPersistence, type StorageEstimate, storageEstimate } from './persistence.ts';
export { ReviewStore } from './review-store.ts';
export { type CrosslightDB, DB_VERSION, DEFAULT_DB_NAME } from './schema.ts';
export { type Records, TransferStore } from './transfer-store.ts';
export type { WriteOptions } from './versioning.ts';
