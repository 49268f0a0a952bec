/** Bringing the reader's own articles in: pure steps from text to a reviewed article (no DOM). */
export { applyCleanup, detectCleanup, normalize, splitBlocks } from './cleanup.ts';
export { ACCEPTED_EXTENSIONS, articleFromDraft, draftFromExtracted, draftFromText, kindOfFile, readFileText, type SaveResult } from './draft.ts';
export { importedId } from './id.ts';
export { EMPTY_META, metaFromFrontMatter, normalizeDate, normalizeUrl } from './metadata.ts';
export { plainTextToMarkdown, splitTitleLine } from './plain-text.ts';
export type { ArticleMeta, CleanupLine, DraftResult, ImportDraft, ImportKind, ImportedArticle } from './types.ts';
