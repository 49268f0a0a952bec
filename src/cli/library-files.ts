import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeArticleBytes, formatBytes, MAX_ARTICLE_BYTES } from '../core/corpus/decode.ts';
import { parseArticle } from '../core/corpus/parse-article.ts';
import { uniqueIds } from '../core/corpus/library.ts';
import type { Article } from '../core/types.ts';

export interface FileProblem {
  file: string;
  reason: string;
}

export interface LoadedLibrary {
  articles: Article[];
  problems: FileProblem[];
}

/** Thrown when a folder cannot serve as a library at all (missing, unreadable, no articles). */
export class LibraryFolderError extends Error {}

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/**
 * Reads every Markdown and plain-text file of a folder into articles. A bad file is reported
 * with its reason and the rest still load: a reader's folder should not be all-or-nothing.
 */
export async function loadLibraryFolder(dir: string): Promise<LoadedLibrary> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new LibraryFolderError(`${dir} is not a folder`);
    names = await readdir(dir);
  } catch (err) {
    if (err instanceof LibraryFolderError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new LibraryFolderError(code === 'ENOENT' ? `no folder at ${dir}` : `cannot read ${dir} (${code ?? String(err)})`);
  }
  const files = names.filter((n) => ARTICLE_FILE.test(n)).sort();
  if (files.length === 0) throw new LibraryFolderError(`${dir} holds no .md or .txt articles`);

  const articles: Article[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    try {
      // The size is checked before reading: a stray 50 MB (or 5 GB) file is refused without
      // being loaded into memory, with the same reason decodeArticleBytes would give.
      const { size } = await stat(join(dir, file));
      if (size > MAX_ARTICLE_BYTES) {
        problems.push({ file, reason: `the file is ${formatBytes(size)}, above the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article` });
        continue;
      }
      const decoded = decodeArticleBytes(await readFile(join(dir, file)));
      if (!decoded.ok) {
        problems.push({ file, reason: decoded.reason });
        continue;
      }
      articles.push(parseArticle(file, decoded.text));
    } catch (err) {
      problems.push({ file, reason: err instanceof Error ? err.message.replace(`${file}: `, '') : String(err) });
    }
  }
  return { articles: uniqueIds(articles), problems };
}
