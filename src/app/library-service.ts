import type { Article, LibraryEntry } from '../core/types.ts';

/** Where the library's articles come from; the shell provides one through context. */
export interface LibraryService {
  list(): Promise<LibraryEntry[]>;
  /** The whole article, or null when no article has that id. */
  article(id: string): Promise<Article | null>;
}

/** Reads the build's library index and per-article files (served, or from the offline cache). */
export class FetchedLibrary implements LibraryService {
  private entries?: Promise<LibraryEntry[]>;
  private readonly base: URL;

  constructor(indexUrl: string) {
    this.base = new URL(indexUrl, document.baseURI);
  }

  list(): Promise<LibraryEntry[]> {
    this.entries ??= fetchJson<{ articles: LibraryEntry[] }>(this.base).then((index) => index.articles);
    // A failed fetch must not stick: the next call tries again (e.g. after the network returns).
    this.entries.catch(() => (this.entries = undefined));
    return this.entries;
  }

  async article(id: string): Promise<Article | null> {
    const entry = (await this.list()).find((e) => e.id === id);
    return entry ? fetchJson<Article>(new URL(entry.href, this.base)) : null;
  }
}

/** A library held in memory: for tests and, later, for articles the reader imports. */
export class MemoryLibrary implements LibraryService {
  constructor(private readonly articles: Article[]) {}

  async list(): Promise<LibraryEntry[]> {
    return this.articles.map(({ markdown: _m, text: _t, ...meta }) => ({ ...meta, href: '' }));
  }

  async article(id: string): Promise<Article | null> {
    return this.articles.find((a) => a.id === id) ?? null;
  }
}

async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url.pathname} (HTTP ${response.status})`);
  return (await response.json()) as T;
}
