import type { Annotation, Draft, FindingReview } from '../annotations.ts';
import type { ImportData, ImportIssue } from './types.ts';

/** What the library holds now; `articleIds` covers bundled and imported articles. */
export interface LibraryState {
  annotations: readonly Annotation[];
  reviews: readonly FindingReview[];
  drafts: readonly Draft[];
  articleIds: Iterable<string>;
}

export interface MergeSummary {
  /** Records new to the library. */
  added: number;
  /** Records the file has in a newer version. */
  updated: number;
  /** Records already there, identical or newer. */
  skipped: number;
  /** Of the annotations written, those on an article the library does not have (kept, marked orphaned). */
  orphaned: number;
}

export interface MergePlan {
  /** Exactly the records to write, in one transaction; empty when the file adds nothing. */
  toPut: ImportData;
  summary: MergeSummary;
}

type Outcome = 'added' | 'updated' | 'skipped';

/**
 * Decides, without writing anything, what an import changes. Records match by id: a new id is
 * added; a newer `modified` (`updated` for drafts) replaces the library's copy; an older or equal
 * one is skipped, so importing a file twice adds nothing and on a tie the library's copy stays.
 * Articles are never overwritten, since annotations' offsets point into the text the library has.
 */
export function planMerge(existing: LibraryState, incoming: ImportData): MergePlan {
  const summary: MergeSummary = { added: 0, updated: 0, skipped: 0, orphaned: 0 };
  const toPut: ImportData = { annotations: [], reviews: [], drafts: [], articles: [] };
  const count = (o: Outcome) => summary[o]++;

  const articleIds = new Set(existing.articleIds);
  for (const article of incoming.articles) {
    if (articleIds.has(article.id)) count('skipped');
    else {
      articleIds.add(article.id);
      toPut.articles.push(article);
      count('added');
    }
  }

  const annotations = new Map(existing.annotations.map((a) => [a.id, a]));
  for (const raw of incoming.annotations) {
    const orphan = !articleIds.has(raw.target.source);
    // Kept, never dropped: marked so the reader sees it under "could not be placed".
    const annotation: Annotation = orphan && raw.anchor !== 'orphaned' ? { ...raw, anchor: 'orphaned' } : raw;
    const outcome = decide(annotations.get(annotation.id), annotation, (a) => a.modified);
    count(outcome);
    if (outcome !== 'skipped') {
      toPut.annotations.push(annotation);
      annotations.set(annotation.id, annotation);
      if (orphan) summary.orphaned++;
    }
  }

  const reviews = new Map(existing.reviews.map((r) => [r.linkId, r]));
  for (const review of incoming.reviews) {
    const outcome = decide(reviews.get(review.linkId), review, (r) => r.modified);
    count(outcome);
    if (outcome !== 'skipped') {
      toPut.reviews.push(review);
      reviews.set(review.linkId, review);
    }
  }

  const drafts = new Map(existing.drafts.map((d) => [d.id, d]));
  for (const draft of incoming.drafts) {
    const outcome = decide(drafts.get(draft.id), draft, (d) => d.updated);
    count(outcome);
    if (outcome !== 'skipped') {
      toPut.drafts.push(draft);
      drafts.set(draft.id, draft);
    }
  }
  return { toPut, summary };
}

/**
 * Identical records carry identical timestamps, so "newer wins, else keep ours" already makes a
 * second import of the same file a no-op; timestamps are compared as times, not strings.
 */
function decide<T>(current: T | undefined, incoming: T, stamp: (r: T) => string): Outcome {
  if (current === undefined) return 'added';
  return Date.parse(stamp(incoming)) > Date.parse(stamp(current)) ? 'updated' : 'skipped';
}

/**
 * A backup carries the articles the reader imported, so a note on an article that is neither in
 * the library nor in the backup means the file does not belong to this library (or is damaged):
 * the import is refused, naming each such note, rather than filling the library with notes that
 * can never be shown. (W3C files from other tools are different: their notes are kept as orphans.)
 */
export function notesOnUnknownArticles(incoming: ImportData, articleIds: Iterable<string>): ImportIssue[] {
  const known = new Set(articleIds);
  for (const a of incoming.articles) known.add(a.id);
  return incoming.annotations.flatMap((a, i) =>
    known.has(a.target.source) ? [] : [{ path: `annotations[${i}].target.source`, message: `the note points at article "${a.target.source}", which is neither in this library nor in the backup: add that article first, then import again` }],
  );
}
