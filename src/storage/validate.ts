import type { Annotation, Draft, FindingReview } from '../core/annotations.ts';
import { CATEGORIES } from '../core/annotations.ts';
import { InvalidRecordError } from './errors.ts';

/**
 * Shape checks run inside the write transaction, record by record, so a malformed record in a
 * batch (an import, a restored backup) aborts the whole batch instead of being stored.
 */
export function assertAnnotation(value: Annotation): void {
  const fail = (why: string) => {
    throw new InvalidRecordError(`annotation ${JSON.stringify(value?.id)}: ${why}`);
  };
  if (!value || typeof value !== 'object') fail('not an object');
  if (typeof value.id !== 'string' || value.id === '') fail('id must be a non-empty string');
  if (!value.target || typeof value.target.source !== 'string' || value.target.source === '') fail('target.source must name an article');
  if (typeof value.note !== 'string') fail('note must be a string');
  if (!Array.isArray(value.tags) || value.tags.some((t) => typeof t !== 'string')) fail('tags must be strings');
  if (!(CATEGORIES as readonly string[]).includes(value.category)) fail(`unknown category ${JSON.stringify(value.category)}`);
  if (!isTimestamp(value.created) || !isTimestamp(value.modified)) fail('created and modified must be ISO timestamps');
  if (!['anchored', 'fuzzy', 'orphaned'].includes(value.anchor)) fail(`unknown anchor status ${JSON.stringify(value.anchor)}`);
}

export function assertReview(value: FindingReview): void {
  if (!value || typeof value.linkId !== 'string' || value.linkId === '') throw new InvalidRecordError('review: linkId must be a non-empty string');
  if (value.verdict !== 'confirmed' && value.verdict !== 'disputed') throw new InvalidRecordError(`review ${value.linkId}: unknown verdict`);
  if (!isTimestamp(value.modified)) throw new InvalidRecordError(`review ${value.linkId}: modified must be an ISO timestamp`);
}

export function assertDraft(value: Draft): void {
  if (!value || typeof value.id !== 'string' || value.id === '' || typeof value.article !== 'string') {
    throw new InvalidRecordError('draft: id and article must be strings');
  }
}

/** ISO 8601 as Date#toISOString writes it; string comparison then orders by time. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value) && !Number.isNaN(Date.parse(value));
}
