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
  const hadController = navigator.serviceWorker.controller != null;
  const registration = await navigator.serviceWorker.register(trustedScriptUrl('sw.js'), { scope: './' });

  const offer = (worker: ServiceWorker) =>
    onUpdate({
      apply: () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });

  // Only a page already run by a service worker has an "update": the first install is silent.
  if (registration.waiting && hadController) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offer(incoming);
    });
  });
  return registration;
}
