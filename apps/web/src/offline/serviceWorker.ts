import { OFFLINE_CACHES } from './offlineCaches';

/** Registers the service worker that the production build writes (`sw.js`). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

/**
 * Empties what this device kept of a person's pages and data. Called when someone signs in or out, so
 * that on a shared computer nobody reads another person's members-only pages offline.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await Promise.all([caches.delete(OFFLINE_CACHES.pages), caches.delete(OFFLINE_CACHES.api)]);
}
