/** Export and import of the reader's layer: pure functions, data in, strings out, strict parsing back. */
export { toBackup, BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupInput } from './backup.ts';
export { toCsv, READWISE_COLUMNS, neutraliseFormula, readwiseDate } from './csv.ts';
export { exportFileName, type ExportKind } from './file-names.ts';
export { toMarkdown, type MarkdownOptions } from './markdown.ts';
export { notesOnUnknownArticles, planMerge, type LibraryState, type MergePlan, type MergeSummary } from './merge.ts';
export { parseBackup } from './parse-backup.ts';
export { parseWebAnnotation, type WebAnnotationParseOptions } from './parse-web-annotation.ts';
export { toWebAnnotation, type WebAnnotationOptions } from './web-annotation.ts';
export { DEFAULT_MAX_IMPORT_BYTES, type ArticleMeta, type ExportFile, type ExportInput, type ImportData, type ImportIssue, type ParseLimits, type ParseResult } from './types.ts';
