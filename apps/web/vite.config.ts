import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { OFFLINE_CACHES, offlineRoutes } from './src/offline/offlineCaches';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.PRAXIS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: appRoot,
  plugins: [
    react(),
    // An installable app whose service worker keeps what a person read readable offline (see
    // src/offline/offlineCaches.ts). The live room and the notes editor are never precached.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Praxis',
        short_name: 'Praxis',
        description: 'Where global-health communities of practice meet, work and remember.',
        theme_color: '#0b4f71',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['index.html', 'assets/*.{js,css}', '*.{svg,png}'],
        globIgnores: [...OFFLINE_CACHES.neverPrecached],
        // Pages are answered by the server (with preload hints and prerendered proceedings): the network
        // first, the page's last copy or the app shell when offline.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        runtimeCaching: offlineRoutes(),
      },
    }),
    // .br and .gz next to every asset, compressed once at build time at the highest levels (brotli 11 is
    // too slow to do per request); the API and nginx serve them to browsers that accept them.
    compression({
      include: /\.(js|css|svg|json|webmanifest)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
  ],
  resolve: {
    alias: {
      '@praxis/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
      '@praxis/notes-schema': `${workspaceRoot}libs/notes-schema/src/index.ts`,
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    // dist/apps/web/.vite/manifest.json: read by the bundle-budget test (apps/web/budget).
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@remix-run|cookie-es)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector|html-parse-stringify|void-elements)[\\/]/,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // Pages loaded on demand, bundled in two chunks rather than one per page: many small
            // files compress worse and cost a request each on a weak connection. Only modules no
            // first-load page uses are named here, so the first load never pulls these chunks in.
            {
              name: 'app',
              test: /apps[\\/]web[\\/]src[\\/]|libs[\\/]contracts[\\/]|node_modules[\\/](i18n-iso-countries|diacritics)[\\/]/,
              tags: ['$initial'],
            },
            // Session pages: the agenda editor and the scheduling form (with luxon and the countries'
            // time zones) apart, so that reading a session loads neither.
            {
              name: 'agenda-editor',
              test: /apps[\\/]web[\\/]src[\\/]features[\\/]sessions[\\/]agenda[\\/]|libs[\\/]contracts[\\/]src[\\/]agenda-timing/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'session-form',
              test: /apps[\\/]web[\\/]src[\\/]features[\\/]sessions[\\/]form[\\/]|libs[\\/]contracts[\\/]src[\\/]country-time-zones|node_modules[\\/](luxon|countries-and-timezones)[\\/]/,
              includeDependenciesRecursively: false,
            },
            // The network's list of sessions and its calendar feed: not needed to read one session.
            {
              name: 'session-list',
              test: /apps[\\/]web[\\/]src[\\/]features[\\/]sessions[\\/](SessionsPage|SessionListItem|useSessions|useTopics|CalendarFeedPanel)/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'session-pages',
              test: /apps[\\/]web[\\/]src[\\/](features[\\/]sessions[\\/]|i18n[\\/](sessionStrings|locales[\\/]sessions[\\/]))|libs[\\/]contracts[\\/]src[\\/]sessions/,
              includeDependenciesRecursively: false,
            },
            // The shared schemas no first-load page needs, on their own: a page that needs one of them
            // should not download the account pages with it.
            {
              name: 'contracts',
              test: /libs[\\/]contracts[\\/]/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'account-pages',
              test: /apps[\\/]web[\\/]src[\\/](features[\\/](account[\\/]|invitations[\\/](AcceptInvitationPage|useInvitationPreview|invitationsApi))|forms[\\/]|i18n[\\/]fieldErrors)/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'convener-pages',
              test: /apps[\\/]web[\\/]src[\\/](features[\\/](admin[\\/]|invitations[\\/]|delegations[\\/](DelegationsPage|AddDelegationForm|DelegationItem|CountrySelect)|networks[\\/](NetworkSettingsPage|VisibilityFieldset)))/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true },
      '/collab': { target: apiTarget, ws: true },
    },
  },
  preview: { port: 4300 },
});
