import type { Article } from '../types.ts';
import { splitFrontMatter } from './front-matter.ts';
import { countWords, readingText } from './reading-text.ts';

export class ArticleError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Reads one library file (.md with optional front matter, or .txt whose first line is the title). */
export function parseArticle(file: string, source: string): Article {
  try {
    return /\.txt$/i.test(file) ? parsePlainText(file, source) : parseMarkdown(file, source);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(file, err instanceof Error ? err.message : String(err));
  }
}

function parseMarkdown(file: string, source: string): Article {
  const { data, body } = splitFrontMatter(source);
  const markdown = body.replace(/^\s*\n/, '');
  checkNesting(file, markdown);
  const text = readingText(markdown);
  if (text.trim() === '') throw new ArticleError(file, 'the article has no text');
  return {
    id: idFromFile(file),
    file,
    title: stringField(data.title) ?? firstLine(text),
    outlet: stringField(data.outlet),
    published: dateField(file, data.published),
    url: stringField(data.url),
    author: stringField(data.author),
    markdown,
    text,
    words: countWords(text),
  };
}

/**
 * Deepest nesting of `>` quotes and lists that is read. Real articles nest two or three levels;
 * the Markdown lexer recurses once per level and re-reads each level's text, so a few thousand
 * levels overflow the stack, and a 2 MB file of ever deeper quotes ran out of memory (4 GB).
 */
export const MAX_NESTING = 32;

/** Refuses Markdown nested deeper than MAX_NESTING before the lexer sees it (linear, no regex backtracking). */
function checkNesting(file: string, markdown: string): void {
  const listIndents: number[] = [];
  let lineNo = 0;
  for (const line of markdown.split('\n')) {
    lineNo++;
    let i = 0;
    let markers = 0;
    let indent = -1;
    // Container markers at the start of the line: "> > - 1. text" is four levels.
    for (;;) {
      const from = i;
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (indent < 0) indent = i;
      const c = line[i];
      let j = i;
      if (c === '>') j = i + 1;
      else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) j = i + 1;
      else {
        while (j < line.length && j - i < 10 && line[j] >= '0' && line[j] <= '9') j++;
        j = j > i && (line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t') ? j + 1 : from;
      }
      if (j === from || j === i) break;
      markers++;
      i = j;
    }
    // Lists nested by indentation: one level per deeper-indented list item above this one.
    const isItem = markers > 0 && line.trimStart()[0] !== '>';
    if (isItem) {
      while (listIndents.length > 0 && listIndents[listIndents.length - 1] >= indent) listIndents.pop();
      listIndents.push(indent);
    } else if (indent === 0 && line.trim() !== '') listIndents.length = 0;
    const depth = markers + Math.max(0, listIndents.length - (isItem ? 1 : 0));
    if (depth > MAX_NESTING) {
      throw new ArticleError(file, `the Markdown is nested ${depth} levels deep at line ${lineNo} (quotes or lists); Crosslight reads at most ${MAX_NESTING}`);
    }
  }
}

function parsePlainText(file: string, source: string): Article {
  const lines = source.split('\n');
  const titleIndex = lines.findIndex((l) => l.trim() !== '');
  if (titleIndex < 0) throw new ArticleError(file, 'the file contains only white space');
  const title = lines[titleIndex].trim();
  const paragraphs = lines.slice(titleIndex + 1).map((l) => l.trim()).filter((l) => l !== '' && l !== title);
  if (paragraphs.length === 0) throw new ArticleError(file, 'the file has a title line but no article text after it');
  const markdown = paragraphs.map(escapeMarkdown).join('\n\n') + '\n';
  const text = readingText(markdown);
  return { id: idFromFile(file), file, title, outlet: null, published: null, url: null, author: null, markdown, text, words: countWords(text) };
}

/** Plain text must read as written, so characters Markdown would interpret are escaped. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c)
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => space + mark.replace(/([#>+\-.)])$/, '\\$1'))
    .replace(/&(?=[#a-z0-9]+;)/gi, '&amp;');
}

export function idFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  const slug = base.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug || 'article';
}

function stringField(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Dates must be ISO (YYYY-MM-DD, optionally with time); anything else is a clear error. */
function dateField(file: string, value: unknown): string | null {
  if (value == null || value === '') return null;
  const s = String(value).trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m || Number.isNaN(Date.parse(m[1]))) {
    throw new ArticleError(file, `"published" must be an ISO date like 2025-02-13, not "${s}"`);
  }
  return m[1];
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 120 ? line.slice(0, 117) + '…' : line;
}
