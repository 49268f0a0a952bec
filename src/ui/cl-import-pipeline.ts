/**
 * Everything that turns a file into a reviewed article (front matter, clean-up, the saved-page
 * extractor with Readability). The import panel loads it with a dynamic import the
 * first time the reader adds something, so none of it weighs on the app's first load.
 */
import { MAX_ARTICLE_BYTES, formatBytes } from '../core/corpus/decode.ts';
import { type DraftResult, draftFromExtracted, draftFromText, readFileText } from '../core/import/index.ts';
import { extractHtmlArticle } from './cl-import-html.ts';

export { articleFromDraft, draftFromText } from '../core/import/index.ts';

/** One picked file to a draft, or the reason it is refused. Large files are refused before reading. */
export async function draftFromFile(file: File): Promise<DraftResult> {
  if (file.size > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `the file is ${formatBytes(file.size)}, above the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article` };
  }
  try {
    const read = readFileText(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return read;
    if (read.kind !== 'html') return draftFromText(file.name, read.kind === 'markdown' ? 'markdown' : 'text', read.text);
    const extracted = extractHtmlArticle(read.text);
    return extracted.ok ? draftFromExtracted(file.name, extracted) : extracted;
  } catch (err) {
    return { ok: false, reason: `the file could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}
