import type { Annotation, Draft, FindingReview } from '../annotations.ts';
import type { Article, Link } from '../types.ts';

/** What the exporters need to know about an article; a full `Article` fits. */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  /** The reading text; when given, finding targets get quote context (prefix/suffix). */
  text?: string;
}

/** The reader's layer plus what the exporters describe it with. */
export interface ExportInput {
  articles: readonly ArticleMeta[];
  annotations: readonly Annotation[];
  /** Machine findings; those overlapping a highlight become footnotes, reviewed ones W3C annotations. */
  links?: readonly Link[];
  reviews?: readonly FindingReview[];
}

export interface ExportFile {
  name: string;
  content: string;
}

/** Everything an import can bring in; the storage layer writes it after `planMerge`. */
export interface ImportData {
  annotations: Annotation[];
  reviews: FindingReview[];
  drafts: Draft[];
  articles: Article[];
}

/** One problem, and where: `annotations[3].target.selectors[0].exact`. */
export interface ImportIssue {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; data: ImportData; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

export interface ParseLimits {
  /** Files above this many bytes (UTF-8) are refused before parsing. */
  maxBytes?: number;
}

/** 50 MB: far above any real notes library, low enough that parsing cannot freeze the tab. */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
