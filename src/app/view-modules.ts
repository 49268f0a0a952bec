import type { Route } from './routes.ts';

/**
 * The views other than the library load on first use, each as its own chunk, so the first load
 * carries only the shell and the library list. Every chunk is precached, so they load offline
 * too. The reader, where most visits go next, is fetched as soon as the browser is idle.
 */
const LOADERS: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  article: () => import('../ui/cl-article-view.ts'),
  compare: () => import('../ui/cl-compare-view.ts'),
  story: () => import('../ui/cl-story-matrix.ts'),
  notes: () => import('../ui/cl-notes-view.ts'),
};

/** Resolves once the route's element is defined; a failed load (offline, no cache) rejects. */
export function loadView(name: Route['name']): Promise<unknown> {
  return LOADERS[name]?.() ?? Promise.resolve();
}

export function prefetchReader(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 500));
  idle(() => void loadView('article').catch(() => {}));
}
