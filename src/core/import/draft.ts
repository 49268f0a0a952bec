import { decodeArticleBytes } from '../corpus/decode.ts';
import { FrontMatterError, splitFrontMatter } from '../corpus/front-matter.ts';
import { countWords, readingText } from '../corpus/reading-text.ts';
import { applyCleanup, detectCleanup } from './cleanup.ts';
import { importedId } from './id.ts';
import { EMPTY_META, clean, metaFromFrontMatter, normalizeDate, normalizeUrl } from './metadata.ts';
import { plainTextToMarkdown, splitTitleLine } from './plain-text.ts';
import { ACCEPTED_EXTENSIONS, kindOfFile } from './kinds.ts';
import type { ArticleMeta, DraftResult, ImportDraft, ImportKind, ImportedArticle } from './types.ts';

export { ACCEPTED_EXTENSIONS, kindOfFile };

/** Bytes of a file to text, or the reason it cannot be an article (size, binary, encoding, empty, kind). */
export function readFileText(name: string, bytes: Uint8Array): { ok: true; kind: ImportKind; text: string } | { ok: false; reason: string } {
  const kind = kindOfFile(name);
  if (!kind) return { ok: false, reason: `Crosslight imports ${ACCEPTED_EXTENSIONS.join(', ')} files, not this kind of file` };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, kind, text: decoded.text };
}

/** A Markdown file (front matter optional) or plain text (first line is the title) as a draft. */
export function draftFromText(source: string, kind: 'markdown' | 'text' | 'paste', text: string): DraftResult {
  let meta: ArticleMeta = { ...EMPTY_META };
  let notes: string[] = [];
  let markdown: string;
  if (kind === 'text' || (kind === 'paste' && !/^---[ \t]*\n/.test(text))) {
    const { title, body } = splitTitleLine(text);
    meta.title = clean(title);
    markdown = plainTextToMarkdown(body);
  } else {
    try {
      const split = splitFrontMatter(text);
      ({ meta, notes } = metaFromFrontMatter(split.data));
      markdown = split.body.replace(/^\s*\n/, '');
    } catch (err) {
      if (err instanceof FrontMatterError) return { ok: false, reason: err.message };
      throw err;
    }
  }
  return finishDraft({ source, kind, meta, markdown, notes });
}

/** A saved web page, after the DOM side has extracted its body as Markdown and read its meta tags. */
export function draftFromExtracted(source: string, extracted: { markdown: string; meta: Partial<ArticleMeta> }): DraftResult {
  const m = extracted.meta;
  const meta: ArticleMeta = {
    title: clean(m.title ?? ''),
    outlet: clean(m.outlet ?? ''),
    published: normalizeDate(m.published ?? ''),
    author: clean(m.author ?? ''),
    url: normalizeUrl(m.url ?? ''),
  };
  const notes = m.published && !meta.published ? [`The page's date "${clean(m.published, 60)}" could not be read; enter it below.`] : [];
  return finishDraft({ source, kind: 'html', meta, markdown: extracted.markdown, notes });
}

function finishDraft(d: Omit<ImportDraft, 'cleanup'>): DraftResult {
  const text = readingText(d.markdown);
  if (countWords(text) === 0) {
    return { ok: false, reason: d.kind === 'html' ? 'no article text was found in the page' : 'the file has no article text' };
  }
  if (!d.meta.title) d.meta.title = clean(text.split('\n')[0], 120);
  const notes = [...d.notes];
  if (!d.meta.published) notes.push('No publication date was found. Add one if you can: Crosslight tells an update from a conflict by which report came later.');
  return { ok: true, draft: { ...d, notes, cleanup: detectCleanup(d.markdown, d.meta.title) } };
}

export type SaveResult = { ok: true; article: ImportedArticle } | { ok: false; reason: string };

/**
 * The article to store: the reviewed metadata, the body without the flagged blocks the reader
 * did not keep, and an id that collides with nothing in the library (`existing`): the same id
 * means the same title and text, so a repeat is refused as already there.
 */
export function articleFromDraft(draft: ImportDraft, meta: ArticleMeta, keep: ReadonlySet<number>, existing: ReadonlySet<string>, now: string): SaveResult {
  const title = clean(meta.title);
  if (!title) return { ok: false, reason: 'the article needs a title' };
  const published = meta.published.trim() === '' ? '' : normalizeDate(meta.published);
  if (meta.published.trim() !== '' && !published) return { ok: false, reason: `"${clean(meta.published, 40)}" is not a date (use YYYY-MM-DD)` };
  const url = meta.url.trim() === '' ? '' : normalizeUrl(meta.url);
  if (meta.url.trim() !== '' && !url) return { ok: false, reason: 'the URL must start with http:// or https://' };
  const markdown = applyCleanup(draft.markdown, draft.cleanup.filter((c) => !keep.has(c.index)).map((c) => c.index));
  const text = readingText(markdown);
  if (countWords(text) === 0) return { ok: false, reason: 'nothing would be left of the article after clean-up' };
  const id = importedId(title, text);
  if (existing.has(id)) return { ok: false, reason: 'this article is already in the library' };
  return {
    ok: true,
    article: {
      id,
      file: draft.kind === 'paste' ? undefined : draft.source,
      title,
      outlet: clean(meta.outlet) || null,
      published: published || null,
      url: url || null,
      author: clean(meta.author) || null,
      markdown,
      text,
      words: countWords(text),
      imported: { at: now, kind: draft.kind, source: draft.source },
    },
  };
}
