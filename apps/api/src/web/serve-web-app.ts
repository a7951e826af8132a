import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { dataPreloads, routePreloads } from './route-preloads';

const NOT_THE_WEB_APP = /^\/(api|socket\.io|collab)(\/|$)/;

/** A page the server can render itself (readable before, or without, the web app's JavaScript). */
export interface PrerenderedPage {
  title: string;
  description: string;
  body: string;
  indexable: boolean;
  lang: string;
}
export type Prerender = (request: Request) => Promise<PrerenderedPage | null>;
/** API reads to preload with a page that only the database can name. */
export type MorePreloads = (request: Request) => Promise<string[]>;

/**
 * Serves the built React app: content-hashed assets cached for a year (precompressed: brotli, else gzip),
 * every other page path answered with index.html so the client router can take it. Returns false when
 * there is no build to serve.
 */
export function serveWebApp(
  app: INestApplication,
  webDist: string | null,
  prerender?: Prerender,
  morePreloads?: MorePreloads,
): boolean {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return false;
  const index = join(webDist, 'index.html');
  const template = readFileSync(index, 'utf8');
  const preloadsFor = routePreloads(webDist);
  // The build writes .br and .gz beside each asset: served as they are to browsers that accept them.
  app.use(
    '/assets',
    expressStaticGzip(join(webDist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      serveStatic: { immutable: true, maxAge: '365d', fallthrough: false },
    }),
  );
  app.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      // The service worker and its manifest must be checked on every visit, or updates would wait a day.
      setHeaders: (response, path) => {
        if (/[\\/](sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(path))
          response.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      NOT_THE_WEB_APP.test(request.path)
    )
      return next();
    if (!request.accepts('html')) return next();
    void (async () => {
      const [page, more] = await Promise.all([
        prerender ? prerender(request).catch(() => null) : null,
        morePreloads ? morePreloads(request).catch(() => []) : [],
      ]);
      const html = withPreloads(
        page ? withPage(template, page) : template,
        preloadsFor(request.path) + dataPreloads(request.path, queryOf(request.originalUrl), more),
      );
      // A prerendered page depends on who asks (members-only proceedings): never shared by caches.
      response
        .set('Cache-Control', page ? 'private, no-cache' : 'no-cache')
        .type('html')
        .send(html);
    })().catch(next);
  });
  return true;
}

function queryOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start + 1);
}

function withPreloads(html: string, preloads: string): string {
  return preloads ? html.replace('</head>', `${preloads}</head>`) : html;
}

function withPage(template: string, page: PrerenderedPage): string {
  const attribute = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${attribute(page.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${attribute(page.title)}</title>`)
    .replace(
      /<meta\s+name="description"[^>]*>/,
      `<meta name="description" content="${attribute(page.description)}" />${
        page.indexable ? '' : '<meta name="robots" content="noindex" />'
      }`,
    )
    .replace('<div id="root"></div>', `<div id="root">${page.body}</div>`);
}
