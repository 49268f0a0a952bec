import type { Annotation, Draft, FindingReview } from '../annotations.ts';
import type { Article } from '../types.ts';

export const BACKUP_FORMAT = 'crosslight-backup';
/** Bump on any change a previous Crosslight could not read, and teach `parseBackup` the old shape. */
export const BACKUP_SCHEMA_VERSION = 1;

export interface BackupInput {
  /** Only the articles the reader imported: bundled ones ship with the app. */
  articles: readonly Article[];
  annotations: readonly Annotation[];
  reviews: readonly FindingReview[];
  drafts: readonly Draft[];
}

/** Everything the reader made, as one JSON file that `parseBackup` restores record for record. */
export function toBackup(input: BackupInput, options: { exported?: string } = {}): string {
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exported: options.exported ?? new Date().toISOString(),
    articles: input.articles,
    annotations: input.annotations,
    reviews: input.reviews,
    drafts: input.drafts,
  };
  return JSON.stringify(backup, null, 2) + '\n';
}
