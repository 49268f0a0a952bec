/** Entry point: wires the shell to the library the build produced and to the service worker. */
import './cl-app.ts';
import { WorkerAnalysis } from './analysis-client.ts';
import { FetchedLibrary } from './library-service.ts';
import { registerServiceWorker } from './service-worker.ts';
import { openStorage } from './storage-handle.ts';

const app = document.querySelector('cl-app')!;
const indexUrl = document.querySelector<HTMLMetaElement>('meta[name="cl-library"]')!.content;
const workerUrl = document.querySelector<HTMLMetaElement>('meta[name="cl-worker"]')!.content;
app.library = new FetchedLibrary(indexUrl);
app.analysis = new WorkerAnalysis(app.library, workerUrl);

void openStorage((handle) => (app.storage = handle)).then((handle) => (app.storage = handle));

registerServiceWorker((offer) => (app.updateOffer = offer)).catch((err) => {
  // Offline support is an extra: the library still works online without it.
  console.warn('Crosslight: offline mode unavailable:', err);
});
