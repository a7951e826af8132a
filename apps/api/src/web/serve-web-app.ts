import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const NOT_THE_WEB_APP = /^\/(api|socket\.io|collab)(\/|$)/;

/**
 * Serves the built React app: content-hashed assets cached for a year, every other page path answered
 * with index.html so the client router can take it. Returns false when there is no build to serve.
 */
export function serveWebApp(app: INestApplication, webDist: string | null): boolean {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return false;
  const index = join(webDist, 'index.html');
  app.use(
    '/assets',
    express.static(join(webDist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      NOT_THE_WEB_APP.test(request.path)
    )
      return next();
    if (!request.accepts('html')) return next();
    response.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return true;
}
