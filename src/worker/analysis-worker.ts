/// <reference lib="webworker" />
/**
 * The analysis worker: runs the cross-source analysis off the main thread. Loaded lazily, only
 * when a view needs findings. (Filled in by the analysis engine; see src/core/analysis.)
 */
const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
export {};
scope.addEventListener('message', () => {});
