import type { ImportedArticle } from '../core/import/types.ts';
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

/** A library held in memory (tests, and the bundled part in tests of imports). */
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

/** A library entry, marked when the reader imported it (those can be deleted). */
export type LibraryItem = LibraryEntry & { imported?: boolean };

/** What the import and delete controls need; only present when imported articles can be stored. */
export interface ImportingLibrary extends LibraryService {
  /** Null when imports can be saved; otherwise why not, as a sentence for the reader. */
  importProblem(): Promise<string | null>;
  /** Every id in use, bundled or imported (new ids must not collide with any). */
  ids(): Promise<Set<string>>;
  add(articles: ImportedArticle[]): Promise<void>;
  /** Deletes an imported article and returns it, for undo; the reader's notes on it are kept. */
  remove(id: string): Promise<ImportedArticle | undefined>;
  onChange(listener: () => void): () => void;
}

export function importingLibrary(library: LibraryService | undefined): ImportingLibrary | null {
  return library && 'add' in library && 'remove' in library ? (library as ImportingLibrary) : null;
}

/** The part of the storage layer this service uses (the open notes database). */
export interface ArticleStorage {
  articles: {
    list(): Promise<ImportedArticle[]>;
    get(id: string): Promise<ImportedArticle | undefined>;
    putMany(articles: readonly ImportedArticle[]): Promise<void>;
    delete(id: string): Promise<ImportedArticle | undefined>;
  };
  onChange(listener: (change: { store: string }) => void): () => void;
}

/**
 * The bundled library (read-only) plus the articles the reader imported (kept in IndexedDB).
 * Listeners hear of every import or delete, from this tab or another. Until the database has
 * opened (or failed to), reads wait for it, so the first analysis already sees the imports.
 */
export class CombinedLibrary implements ImportingLibrary {
  private storage: Promise<ArticleStorage | null>;
  private problem: string | null = null;
  private unsubscribe?: () => void;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly bundled: LibraryService,
    /** The notes database as it opened (StorageHandle's shape): open, or why not. */
    opening: Promise<{ library: ArticleStorage | null; problem: string | null }> = Promise.resolve({ library: null, problem: null }),
  ) {
    this.storage = opening.then((handle) => {
      this.problem = handle.problem;
      return this.watch(handle.library);
    });
  }

  /** The database changed (opened, lost, reopened): `problem` says why imports are unavailable. */
  attach(storage: ArticleStorage | null, problem: string | null = null): void {
    this.problem = problem;
    this.storage = Promise.resolve(this.watch(storage));
    this.notify();
  }

  private watch(storage: ArticleStorage | null): ArticleStorage | null {
    this.unsubscribe?.();
    this.unsubscribe = storage?.onChange((change) => change.store === 'articles' && this.notify());
    return storage;
  }

  async list(): Promise<LibraryItem[]> {
    const [bundled, imported] = await Promise.all([this.bundled.list(), this.imported()]);
    const ids = new Set(bundled.map((e) => e.id));
    const mine = imported
      .filter((a) => !ids.has(a.id))
      .map(({ markdown: _m, text: _t, imported: _i, ...meta }): LibraryItem => ({ ...meta, href: '', imported: true }));
    return [...bundled, ...mine];
  }

  async article(id: string): Promise<Article | null> {
    const bundled = await this.bundled.article(id);
    if (bundled) return bundled;
    const storage = await this.storage;
    return (await storage?.articles.get(id).catch(() => undefined)) ?? null;
  }

  async importProblem(): Promise<string | null> {
    if (await this.storage) return null;
    return this.problem ?? 'Imported articles are kept in this browser’s storage, which is not available here.';
  }

  async ids(): Promise<Set<string>> {
    return new Set((await this.list()).map((e) => e.id));
  }

  async add(articles: ImportedArticle[]): Promise<void> {
    const storage = await this.storage;
    if (!storage) throw new Error((await this.importProblem())!);
    await storage.articles.putMany(articles);
  }

  async remove(id: string): Promise<ImportedArticle | undefined> {
    const storage = await this.storage;
    if (!storage) throw new Error((await this.importProblem())!);
    return storage.articles.delete(id);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async imported(): Promise<ImportedArticle[]> {
    const storage = await this.storage;
    // A lost connection (another tab upgraded) must not hide the bundled library.
    return storage ? storage.articles.list().catch(() => []) : [];
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
