import type { Annotation } from '../core/annotations.ts';
import {
  DEFAULT_MAX_IMPORT_BYTES, exportFileName, notesOnUnknownArticles, parseBackup, parseWebAnnotation, planMerge, toBackup, toCsv, toMarkdown, toWebAnnotation,
  type ExportFile, type ImportIssue, type MergeSummary,
} from '../core/export/index.ts';
import { formatBytes } from '../core/corpus/decode.ts';
import type { Article, Link } from '../core/types.ts';
import type { Library } from '../storage/index.ts';
import type { AnalysisService } from './analysis-client.ts';
import type { LibraryService } from './library-service.ts';

export type NotesFormat = 'markdown' | 'web-annotation' | 'csv';

const MIME: Record<NotesFormat | 'backup', string> = {
  markdown: 'text/markdown',
  'web-annotation': 'application/ld+json',
  csv: 'text/csv',
  backup: 'application/json',
};

export interface TransferContext {
  articles: LibraryService;
  storage: Library;
  analysis?: AnalysisService;
}

/** The meta key under which the day of the last full backup is remembered (shown in the notes view). */
export const LAST_BACKUP_KEY = 'lastBackup';

/**
 * One export file of the given notes. Articles come with their text (quote context for findings)
 * and the findings with the reviews, when the analysis is available; without it the notes still export.
 */
export async function exportNotes(format: NotesFormat, notes: readonly Annotation[], ctx: TransferContext, now = new Date()): Promise<ExportFile & { type: string }> {
  const articles = await articlesOf(ctx.articles, new Set(notes.map((n) => n.target.source)));
  const links = await findings(ctx.analysis);
  const reviews = await ctx.storage.reviews.listAll();
  const input = { articles, annotations: notes, links, reviews };
  const type = MIME[format];
  switch (format) {
    case 'markdown': {
      // One article: its own file, named after it; more: one combined file, so one download.
      const single = new Set(notes.map((n) => n.target.source)).size === 1;
      const [file] = toMarkdown(input, single ? {} : { combined: true, date: now });
      return { ...(file ?? { name: exportFileName('markdown', now), content: '' }), type };
    }
    case 'web-annotation':
      return { name: exportFileName('web-annotation', now), content: toWebAnnotation(input, { label: 'Crosslight notes' }), type };
    case 'csv':
      return { name: exportFileName('csv', now), content: toCsv(notes, articles), type };
  }
}

/** Everything the reader made, from one consistent read of the database. */
export async function exportBackup(storage: Library, now = new Date()): Promise<ExportFile & { type: string }> {
  const records = await storage.transfer.snapshot();
  const content = toBackup(records, { exported: now.toISOString() });
  await storage.meta.put(LAST_BACKUP_KEY, now.toISOString());
  return { name: exportFileName('backup', now), content, type: MIME.backup };
}

export type ImportOutcome =
  | { ok: true; kind: 'backup' | 'web-annotation'; summary: MergeSummary; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

/**
 * Reads a backup or a W3C Web Annotation file and merges it: strict validation first, then one
 * transaction or nothing. Importing the same file twice adds nothing (records merge by id).
 */
export async function importNotesFile(file: Blob, ctx: TransferContext, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<ImportOutcome> {
  // Refused before reading: a stray video must not be pulled into memory to be told off.
  if (file.size > maxBytes) return { ok: false, errors: [{ path: '', message: `the file is ${formatBytes(file.size)}, above the ${formatBytes(maxBytes)} import limit: is it the right file?` }] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, errors: [{ path: '', message: 'the file is not UTF-8 text: a backup or Web Annotation file is JSON' }] };
  }
  const entries = await ctx.articles.list();
  const kind = looksLikeBackup(text) ? 'backup' : 'web-annotation';
  const parsed = kind === 'backup'
    ? parseBackup(text, { maxBytes })
    : parseWebAnnotation(text, { maxBytes, articles: entries.map((e) => ({ id: e.id, url: e.url })) });
  if (!parsed.ok) return parsed;
  const existing = await ctx.storage.transfer.snapshot();
  const articleIds = [...entries.map((e) => e.id), ...existing.articles.map((a) => a.id)];
  if (kind === 'backup') {
    const unknown = notesOnUnknownArticles(parsed.data, articleIds);
    if (unknown.length > 0) return { ok: false, errors: unknown };
  }
  const plan = planMerge({ ...existing, articleIds }, parsed.data);
  await ctx.storage.transfer.putAll(plan.toPut);
  return { ok: true, kind, summary: plan.summary, warnings: parsed.warnings };
}

/**
 * A Crosslight backup names its format among its first fields; anything else is read as W3C
 * JSON-LD. Either parser recognises the other format and says which import to use instead.
 */
function looksLikeBackup(text: string): boolean {
  return /"format"\s*:\s*"crosslight-backup"/.test(text.slice(0, 4096));
}

async function articlesOf(library: LibraryService, ids: Set<string>): Promise<Article[]> {
  const found = await Promise.all([...ids].map((id) => library.article(id)));
  return found.filter((a): a is Article => a !== null);
}

async function findings(analysis?: AnalysisService): Promise<Link[]> {
  if (!analysis) return [];
  try {
    return (await analysis.result()).links;
  } catch {
    return []; // the notes matter more than the footnotes: export without them
  }
}
