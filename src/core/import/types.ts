import type { Article } from '../types.ts';

/** How an article reached the library. */
export type ImportKind = 'markdown' | 'text' | 'html' | 'paste';

/** What the reader can edit before saving. Empty strings mean "not given". */
export interface ArticleMeta {
  title: string;
  outlet: string;
  /** YYYY-MM-DD or ''. */
  published: string;
  author: string;
  url: string;
}

/** A block of the body that looks like page furniture rather than article text. */
export interface CleanupLine {
  /** Index of the block (blank-line separated) in the draft's markdown. */
  index: number;
  text: string;
  reason: string;
}

/** A file read and understood, waiting for the reader's review. */
export interface ImportDraft {
  /** File name, or "Pasted text". */
  source: string;
  kind: ImportKind;
  meta: ArticleMeta;
  /** The body before clean-up. */
  markdown: string;
  cleanup: CleanupLine[];
  /** Things the reader should know (e.g. a date that could not be read). */
  notes: string[];
}

/** An article the reader added; stored in IndexedDB, never in the bundled library. */
export interface ImportedArticle extends Article {
  imported: { at: string; kind: ImportKind; source: string };
}

export type DraftResult = { ok: true; draft: ImportDraft } | { ok: false; reason: string };
