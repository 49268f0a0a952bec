export type ExportKind = 'markdown' | 'web-annotation' | 'csv' | 'backup';

const NAMES: Record<ExportKind, [string, string]> = {
  markdown: ['crosslight-notes', 'md'],
  'web-annotation': ['crosslight-notes', 'jsonld'],
  csv: ['crosslight-notes', 'csv'],
  backup: ['crosslight-backup', 'json'],
};

/**
 * `crosslight-notes-2026-11-22.md` and friends. The date is the reader's local calendar day:
 * an export made late in the evening must not be named after tomorrow (UTC).
 */
export function exportFileName(kind: ExportKind, date: Date): string {
  const [base, ext] = NAMES[kind];
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  return `${base}-${day}.${ext}`;
}
