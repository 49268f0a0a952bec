/**
 * The one IndexedDB schema of Crosslight and the migrations that build it.
 *
 * Migrations branch on `oldVersion` and run in order inside the upgrade transaction. A step is
 * never edited once released: readers have databases it made. Change the schema only by adding
 * a step and raising DB_VERSION, and keep tests/storage's migration test passing from v1.
 */
import type { IDBPDatabase, IDBPTransaction, DBSchema, StoreNames } from 'idb';
import type { Annotation, Draft, FindingReview } from '../core/annotations.ts';
import type { ImportedArticle } from '../core/import/types.ts';

export const DB_VERSION = 3;
export const DEFAULT_DB_NAME = 'crosslight';

export interface CrosslightDB extends DBSchema {
  /** v1. The reader's highlights and notes, keyed by id. */
  annotations: {
    key: string;
    value: Annotation;
    indexes: {
      'by-article': string; // target.source
      'by-tag': string; // tags, multiEntry: one entry per tag
      'by-modified': string;
    };
  };
  /** v2. Confirm/dispute verdicts on machine findings, keyed by the finding's stable link id. */
  reviews: { key: string; value: FindingReview };
  /** v2. Autosaved editor text. */
  drafts: { key: string; value: Draft; indexes: { 'by-article': string } };
  /** v2. Small app-level facts (e.g. when the last backup was made), out-of-line keys. */
  meta: { key: string; value: unknown };
  /** v3. Articles the reader imported (the bundled ones are never stored), keyed by id. */
  articles: { key: string; value: ImportedArticle };
}

export type StoreName = StoreNames<CrosslightDB>;

export function migrate(
  db: IDBPDatabase<CrosslightDB>,
  oldVersion: number,
  _transaction: IDBPTransaction<CrosslightDB, StoreName[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('by-article', 'target.source');
    annotations.createIndex('by-tag', 'tags', { multiEntry: true });
    annotations.createIndex('by-modified', 'modified');
  }
  if (oldVersion < 2) {
    // Only new stores: v1 annotation records are already in their final shape.
    db.createObjectStore('reviews', { keyPath: 'linkId' });
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-article', 'article');
    db.createObjectStore('meta');
  }
  if (oldVersion < 3) {
    // Only a new store: every v2 record is kept as it is.
    db.createObjectStore('articles', { keyPath: 'id' });
  }
}
