/// <reference lib="webworker" />
/**
 * The analysis worker: runs the cross-source analysis off the main thread, reporting progress
 * and stopping when the app cancels. Loaded lazily, the first time a view needs findings.
 */
import { analyzeLibrary } from '../core/analysis/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
const post = (message: FromWorker) => scope.postMessage(message);

scope.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.request)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.request, controller);
  try {
    const result = await analyzeLibrary(message.articles, {
      signal: controller.signal,
      onProgress: (done, total, stage) => post({ type: 'progress', request: message.request, done, total, stage }),
    });
    post({ type: 'result', request: message.request, result });
  } catch (err) {
    const aborted = err instanceof Error && err.name === 'AbortError';
    post({ type: 'error', request: message.request, message: err instanceof Error ? err.message : String(err), aborted });
  } finally {
    running.delete(message.request);
  }
});
