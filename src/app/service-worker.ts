import { trustedScriptUrl } from './trusted-script-url.ts';

/**
 * Registers the offline service worker and reports a waiting new version, which takes over only
 * when the reader agrees: then the page reloads once, on the new version.
 */
export interface UpdateOffer {
  apply(): void;
}

export async function registerServiceWorker(onUpdate: (offer: UpdateOffer) => void): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.register(trustedScriptUrl('sw.js'), { scope: './' });
  let offered: ServiceWorker | undefined;

  const offer = (worker: ServiceWorker) => {
    // Only a page already run by a service worker has an "update": the first install is silent.
    if (!navigator.serviceWorker.controller || offered === worker) return;
    offered = worker;
    onUpdate({
      apply: () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  };

  // The browser checks for a new version on every navigation, so one may already be installing
  // (or waiting) by the time this runs; follow those as well as any found later.
  follow(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  return registration;
}
