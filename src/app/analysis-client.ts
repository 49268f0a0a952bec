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
}

/**
 * Runs the analysis in a Web Worker that is created on first use, so the first paint never
 * pays for the engine. Concurrent callers share one run; a failed or cancelled run is retried
 * by the next caller.
 */
export class WorkerAnalysis implements AnalysisService {
  private worker?: Worker;
  private nextRequest = 1;
  private pending?: Promise<AnalysisResult>;
  private listeners = new Set<(p: AnalysisProgress) => void>();

  constructor(
    private readonly library: LibraryService,
    private readonly workerUrl: string,
  ) {}

  result(options: { signal?: AbortSignal; onProgress?: (p: AnalysisProgress) => void } = {}): Promise<AnalysisResult> {
    const { signal, onProgress } = options;
    if (onProgress) this.listeners.add(onProgress);
    this.pending ??= this.run().catch((err) => {
      this.pending = undefined;
      throw err;
    });
    const done = this.pending.finally(() => onProgress && this.listeners.delete(onProgress));
    if (!signal) return done;
    // A caller that stops waiting (its view closed) does not stop the shared run.
    return Promise.race([done, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]);
  }

  private async run(): Promise<AnalysisResult> {
    const entries = await this.library.list();
    const articles = (await Promise.all(entries.map((e) => this.library.article(e.id)))).filter((a): a is Article => a !== null);
    this.worker ??= new Worker(trustedScriptUrl(this.workerUrl), { type: 'module', name: 'crosslight-analysis' });
    const worker = this.worker;
    const request = this.nextRequest++;
    return new Promise<AnalysisResult>((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.request !== request) return;
        if (m.type === 'progress') this.listeners.forEach((l) => l(m));
        else {
          worker.removeEventListener('message', onMessage);
          if (m.type === 'result') resolve(m.result);
          else reject(new Error(m.aborted ? 'the analysis was cancelled' : `the analysis failed: ${m.message}`));
        }
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (e) => reject(new Error(`the analysis worker failed: ${e.message}`)), { once: true });
      worker.postMessage({ type: 'analyze', request, articles } satisfies ToWorker);
    });
  }
}
