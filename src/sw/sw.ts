/// <reference lib="webworker" />
/**
 * Offline: precache every file of this version (the build names them by content hash), answer
 * from the cache first, and serve the app shell for navigations. A new version installs and
 * waits; it takes over only when the reader agrees (the page posts SKIP_WAITING).
 */
declare const __PRECACHE__: string[];
declare const __VERSION__: string;
/** The worker's own scope, typed (the WebWorker lib types `self` as a plain worker). */
const sw = globalThis as unknown as ServiceWorkerGlobalScope;
export {};

const CACHE = `crosslight-${__VERSION__}`;
const PREFIX = 'crosslight-';

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(__PRECACHE__)));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      // Take over pages opened before the first install, so the first visit already works offline.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
  if (event.data?.type === 'VERSION') event.ports[0]?.postMessage(__VERSION__);
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === 'navigate') {
        return (await cache.match('./')) ?? fetch(request);
      }
      return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
    })(),
  );
});
