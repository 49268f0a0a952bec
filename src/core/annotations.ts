/**
 * The reader's layer, shaped like a W3C Web Annotation so export is a mapping, not a rewrite.
 * Plain data: stored in IndexedDB as is, carried across tabs and into backups unchanged.
 */

export const CATEGORIES = ['important', 'question', 'disputed', 'follow-up'] as const;
export type HighlightCategory = (typeof CATEGORIES)[number];

/** Where the annotation sits now: at its stored place, moved by fuzzy matching, or not placeable. */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before and after, for telling repeated quotes apart. */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the article's reading text (`Article.text`). */
  start: number;
  end: number;
}

export interface AnnotationTarget {
  /** Article id. */
  source: string;
  /** Absent for a page-level note on the whole article. */
  selectors?: [TextQuoteSelector, TextPositionSelector];
  /** Hash of the reading text the selectors were made against (fast path: unchanged text). */
  textHash?: string;
}

export interface Annotation {
  /** Stable unique id (crypto.randomUUID() in the app). */
  id: string;
  target: AnnotationTarget;
  /** Markdown; rendered sanitised. Empty for a bare highlight. */
  note: string;
  tags: string[];
  category: HighlightCategory;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  anchor: AnchorStatus;
}

/** The reader's verdict on a machine finding, keyed by the finding's stable link id. */
export interface FindingReview {
  linkId: string;
  verdict: 'confirmed' | 'disputed';
  /** A disputed finding the reader chose not to see. */
  hidden: boolean;
  created: string;
  modified: string;
}

/** Unsaved editor text, autosaved while typing so a reload or closed tab loses nothing. */
export interface Draft {
  /** The annotation id being edited, or `new:<article id>` for a note not yet created. */
  id: string;
  article: string;
  note: string;
  tags: string[];
  updated: string;
}
