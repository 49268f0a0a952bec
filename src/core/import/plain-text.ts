import { escapeMarkdown } from '../corpus/parse-article.ts';

/**
 * Plain text to Markdown paragraphs that read exactly as written. Blank lines separate
 * paragraphs (lines inside one are joined, undoing hard wrapping); text without any blank line
 * (as copied from many web pages) has one paragraph per line.
 */
export function plainTextToMarkdown(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+$/gm, '');
  const hasBlankLines = /\n[ \t]*\n/.test(normalized.trim());
  const paragraphs = hasBlankLines
    ? normalized.split(/\n[ \t]*\n+/).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    : normalized.split('\n').map((l) => l.trim());
  return paragraphs.filter((p) => p !== '').map(escapeMarkdown).join('\n\n') + '\n';
}

/** Splits plain text into its title (first non-empty line) and the rest. */
export function splitTitleLine(text: string): { title: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  if (i < 0) return { title: '', body: '' };
  return { title: lines[i].trim(), body: lines.slice(i + 1).join('\n') };
}
