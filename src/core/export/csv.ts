import type { Annotation } from '../annotations.ts';
import { byReadingOrder } from './findings.ts';
import type { ArticleMeta } from './types.ts';

/**
 * Readwise's CSV import columns (readwise.io/import_bulk): only Highlight is required; Location is
 * an integer position; Date is when the highlight was made, written `YYYY-MM-DD HH:MM:SS`.
 */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/**
 * One row per highlight, in library order then reading order. Page-level notes are left out:
 * Readwise needs highlighted text on every row. Author falls back to the outlet, as Readwise
 * files web articles under their site. RFC 4180: CRLF between records, quotes doubled.
 */
export function toCsv(annotations: readonly Annotation[], articles: readonly ArticleMeta[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const rows = annotations
    .filter((a) => a.target.selectors)
    .sort((x, y) => (order.get(x.target.source) ?? Infinity) - (order.get(y.target.source) ?? Infinity) || byReadingOrder(x, y))
    .map((a) => {
      const article = byId.get(a.target.source);
      const [quote, position] = a.target.selectors!;
      return [quote.exact, article?.title ?? a.target.source, article?.author ?? article?.outlet ?? '', article?.url ?? '', a.note, String(position.start), readwiseDate(a.created)];
    });
  return [[...READWISE_COLUMNS], ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** `YYYY-MM-DD HH:MM:SS` in UTC; an unreadable timestamp leaves the cell empty rather than wrong. */
export function readwiseDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with `=`, `+`, `-`,
 * `@`, TAB or CR as a formula (`=HYPERLINK(...)`, DDE `=cmd|...`). Such cells get a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. This does change notes that
 * begin with a Markdown list dash; a note must never become a command.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, with quotes doubled. */
function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
