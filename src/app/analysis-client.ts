import { hashText } from '../core/anchoring/hash.ts';
import type { AnalysisResult, Article } from '../core/types.ts';
import type { FromWorker, ToWorker } from '../worker/protocol.ts';
import type { LibraryService } from './library-service.ts';
import { trustedScriptUrl } from './trusted-script-url.ts';

export interface AnalysisProgress {
  done: number;
  total: number;
  stage: string;
}

/** The library's findings, computed once per library in the worker and shared by every view. */
export interface AnalysisService {
  result(options?: { signal?: AbortSignal; onProgress?: (p: AnalysisProgress) => void }): Promise<AnalysisResult>;
  /** Stops the run in progress (the reader pressed Cancel); the next `result()` starts again. */
  cancel?(): void;
}

/** Where a finished analysis is kept between visits (the notes database's meta store). */
export interface AnalysisCache {
  get(): Promise<unknown>;
  put(value: CachedAnalysis): Promise<void>;
}

export interface CachedAnalysis {
  key: string;
  result: AnalysisResult;
}

/** The error a cancelled run rejects with. */
export class AnalysisCancelled extends Error {
  override readonly name = 'AnalysisCancelled';
  constructor() {
    super('the analysis was cancelled');
  }
}

/**
 * Runs the analysis in a Web Worker that is created on first use, so the first paint never
 * pays for the engine. Concurrent callers share one run. When the library changes (an import,
 * a delete) the result is dropped and a run in progress is stopped; callers still waiting get
 * the new library's result. A finished result is cached under a key made of the engine (the
 * worker's hashed URL) and every article's id and content, so a reload does not recompute; a
 * cache that does not match or is malformed is ignored.
 */
export class WorkerAnalysis implements AnalysisService {
  private worker?: Worker;
  private nextRequest = 1;
  private running?: number;
  private pending?: Promise<AnalysisResult>;
  private readonly superseded = new WeakSet<Promise<AnalysisResult>>();
  private listeners = new Set<(p: AnalysisProgress) => void>();

  constructor(
    private readonly library: LibraryService & { onChange?(listener: () => void): () => void },
    private readonly workerUrl: string,
    private readonly cache?: AnalysisCache,
    /** How the worker is started (tests start the TypeScript entry directly). */
    private readonly createWorker: (url: string) => Worker = (url) => new Worker(trustedScriptUrl(url), { type: 'module', name: 'crosslight-analysis' }),
  ) {
    library.onChange?.(() => this.invalidate());
  }

  result(options: { signal?: AbortSignal; onProgress?: (p: AnalysisProgress) => void } = {}): Promise<AnalysisResult> {
    const { signal, onProgress } = options;
    if (onProgress) this.listeners.add(onProgress);
    const done = this.shared();
    done.catch(() => {}).finally(() => onProgress && this.listeners.delete(onProgress));
    if (!signal) return done;
    // A caller that stops waiting (its view closed) does not stop the shared run.
    return Promise.race([done, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]);
  }

  cancel(): void {
    if (this.running !== undefined) this.worker?.postMessage({ type: 'cancel', request: this.running } satisfies ToWorker);
  }

  /** The library changed: forget the result, stop a run in progress. */
  invalidate(): void {
    if (this.pending) this.superseded.add(this.pending);
    this.pending = undefined;
    this.cancel();
  }

  private async shared(): Promise<AnalysisResult> {
    for (;;) {
      const run = (this.pending ??= this.run());
      try {
        return await run;
      } catch (err) {
        if (this.superseded.has(run)) continue; // the library changed meanwhile: wait for the new run
        if (this.pending === run) this.pending = undefined; // a failed or cancelled run is retried by the next caller
        throw err;
      }
    }
  }

  private async run(): Promise<AnalysisResult> {
    const entries = await this.library.list();
    const articles = (await Promise.all(entries.map((e) => this.library.article(e.id)))).filter((a): a is Article => a !== null);
    const key = cacheKey(this.workerUrl, articles);
    const cached = await this.cache?.get().catch(() => undefined);
    if (isCachedAnalysis(cached, key, articles)) return cached.result;
    const result = await this.compute(articles);
    await this.cache?.put({ key, result }).catch((err) => console.warn('Crosslight: the analysis could not be cached', err));
    return result;
  }

  private compute(articles: Article[]): Promise<AnalysisResult> {
    this.worker ??= this.createWorker(this.workerUrl);
    const worker = this.worker;
    const request = this.nextRequest++;
    this.running = request;
    return new Promise<AnalysisResult>((resolve, reject) => {
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.running === request) this.running = undefined;
      };
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.request !== request) return;
        if (m.type === 'progress') this.listeners.forEach((l) => l(m));
        else {
          finish();
          if (m.type === 'result') resolve(m.result);
          else reject(m.aborted ? new AnalysisCancelled() : new Error(`the analysis failed: ${m.message}`));
        }
      };
      const onError = (e: ErrorEvent) => {
        finish();
        reject(new Error(`the analysis worker failed: ${e.message}`));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ type: 'analyze', request, articles } satisfies ToWorker);
    });
  }
}

/** Same engine and same articles (ids and every field the analysis reads) give the same key. */
export function cacheKey(engine: string, articles: readonly Article[]): string {
  const parts = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => [a.id, a.title, a.outlet, a.published, hashText(a.text)].join('\u0000'));
  return `${engine}|${articles.length}|${hashText(parts.join('\u0001'))}`;
}

/** A cached value is used only if it is well formed and was made for exactly these articles. */
export function isCachedAnalysis(value: unknown, key: string, articles: readonly Article[]): value is CachedAnalysis {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<CachedAnalysis>;
  const r = v.result as Partial<AnalysisResult> | undefined;
  if (v.key !== key || !r || typeof r !== 'object') return false;
  if (![r.articles, r.stories, r.entities, r.facts, r.links].every(Array.isArray)) return false;
  const ids = new Set(articles.map((a) => a.id));
  return r.articles!.length === ids.size && r.articles!.every((a) => a && ids.has(a.id))
    && r.links!.every((l) => l && typeof l.id === 'string' && l.a && l.b && ids.has(l.a.article) && ids.has(l.b.article));
}

/** The cache in the notes database's meta store (one entry: the current library's analysis). */
export function metaCache(meta: () => Promise<{ get(key: string): Promise<unknown>; put(key: string, value: unknown): Promise<void> } | null>): AnalysisCache {
  const KEY = 'analysisCache';
  return {
    get: async () => (await meta())?.get(KEY),
    put: async (value) => (await meta())?.put(KEY, value),
  };
}
