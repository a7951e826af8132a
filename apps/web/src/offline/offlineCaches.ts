import type { RuntimeCaching } from 'workbox-build';

/**
 * What the service worker keeps for reading offline. Shared by the build (vite.config.ts) and the app,
 * which empties the caches that hold a person's data when they sign out.
 */
export const OFFLINE_CACHES = {
  /** Pages last opened (the server's HTML for them). */
  pages: 'praxis-pages',
  /** API answers that make those pages readable: who is signed in, networks, sessions, proceedings. */
  api: 'praxis-api',
  /** Code that was used, kept for when it is needed offline (content-hashed: never stale). */
  assets: 'praxis-assets',
  /**
   * Not downloaded ahead of need (the precache holds only what reading needs): the live room and the
   * notes editor are heavy, the conveners' and account pages are not for reading. Whatever of them was
   * used is kept by the assets cache.
   */
  neverPrecached: [
    'assets/LiveRoomPage-*',
    'assets/VideoStage-*',
    'assets/NotesEditor-*',
    'assets/NotesPanel-*',
    'assets/SessionNotesSection-*',
    'assets/agenda-editor-*',
    'assets/session-form-*',
    'assets/convener-pages-*',
    'assets/account-pages-*',
    'assets/CopyField-*',
  ],
} as const;

const DAY = 24 * 60 * 60;

/**
 * Workbox routes, as data (the build serialises them into the service worker: the match functions must
 * stand alone, without closures over this module).
 */
export function offlineRoutes(): RuntimeCaching[] {
  return [
    {
      urlPattern: ({ url }) =>
        url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
      handler: 'CacheFirst',
      options: {
        cacheName: OFFLINE_CACHES.assets,
        expiration: { maxEntries: 80, maxAgeSeconds: 60 * DAY },
        cacheableResponse: { statuses: [200] },
      },
    },
    {
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
      handler: 'NetworkFirst',
      options: {
        cacheName: OFFLINE_CACHES.pages,
        networkTimeoutSeconds: 8,
        expiration: { maxEntries: 40, maxAgeSeconds: 30 * DAY },
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: '/index.html' },
      },
    },
    {
      // The API reads that make those pages readable (GET only; never notes, the live room or feeds).
      urlPattern: ({ url }) =>
        url.origin === self.location.origin &&
        [
          /^\/api\/auth\/me$/,
          /^\/api\/networks$/,
          /^\/api\/networks\/[^/]+$/,
          /^\/api\/networks\/[^/]+\/sessions$/,
          /^\/api\/sessions\/[^/]+$/,
          /^\/api\/sessions\/[^/]+\/proceedings$/,
          /^\/api\/proceedings$/,
          /^\/api\/proceedings\/[^/]+$/,
        ].some((pattern) => pattern.test(url.pathname)),
      handler: 'NetworkFirst',
      method: 'GET',
      options: {
        cacheName: OFFLINE_CACHES.api,
        networkTimeoutSeconds: 8,
        expiration: { maxEntries: 120, maxAgeSeconds: 30 * DAY },
        cacheableResponse: { statuses: [200] },
      },
    },
  ];
}
