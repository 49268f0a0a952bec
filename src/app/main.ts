/** Entry point: wires the shell to the library the build produced and to the service worker. */
import './cl-app.ts';
import { WorkerAnalysis, metaCache } from './analysis-client.ts';
import { CombinedLibrary, FetchedLibrary } from './library-service.ts';
import { registerServiceWorker } from './service-worker.ts';
import { openStorage } from './storage-handle.ts';

const app = document.querySelector('cl-app')!;
const indexUrl = document.querySelector<HTMLMetaElement>('meta[name="cl-library"]')!.content;
const workerUrl = document.querySelector<HTMLMetaElement>('meta[name="cl-worker"]')!.content;

const opened = openStorage((handle) => {
  app.storage = handle;
  library.attach(handle.library, handle.problem);
}).then((handle) => (app.storage = handle));
// The bundled articles plus the reader's imported ones (kept with the notes in IndexedDB).
const library = new CombinedLibrary(new FetchedLibrary(indexUrl), opened);
app.library = library;
// The finished analysis is cached with the notes, so a reload does not recompute it.
app.analysis = new WorkerAnalysis(library, workerUrl, metaCache(async () => (await opened, app.storage.library?.meta ?? null)));

registerServiceWorker((offer) => (app.updateOffer = offer)).catch((err) => {
  // Offline support is an extra: the library still works online without it.
  console.warn('Crosslight: offline mode unavailable:', err);
});
