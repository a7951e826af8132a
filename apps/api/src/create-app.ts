import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { originCheck } from './common/origin-check.middleware';
import type { AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database-handle';
import { runMigrations } from './database/data-source';
import { DemoSeeder } from './database/demo/demo-seeder';
import { LiveIoAdapter } from './live/live-io.adapter';
import { NotesServer } from './notes/notes-server';
import { ProceedingsPage } from './proceedings/proceedings-page';
import { serveWebApp } from './web/serve-web-app';
import { SessionPagePreloads } from './sessions/session-page-preloads';

export const BODY_LIMIT = '256kb';

/** Builds the whole API (migrated, seeded when in demo mode) without listening; main and the tests share it. */
export async function createApp(
  config: AppConfig,
  database: DatabaseTarget,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database),
    {
      bufferLogs: true,
      bodyParser: false,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  if (config.server.trustProxy) app.set('trust proxy', true);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { directives: contentSecurityPolicy(config) },
      strictTransportSecurity: config.isProduction,
    }),
  );
  app.use(compression());
  app.enableCors({
    origin: (origin, callback) =>
      callback(null, origin !== undefined && config.server.allowedOrigins.has(origin)),
    credentials: true,
  });
  app.use(cookieParser());
  app.use(originCheck(config.server.allowedOrigins));
  // LiveKit signs the exact bytes of its webhooks: keep that body as text for the SDK's receiver.
  app.use('/api/livekit/webhook', express.text({ type: '*/*', limit: BODY_LIMIT }));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.setGlobalPrefix('api');

  const openApi = new DocumentBuilder()
    .setTitle('Praxis API')
    .setDescription('REST API of Praxis. Errors are {statusCode, error, message, code, fields?}.')
    .setVersion('1')
    .addCookieAuth('praxis_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  app.useWebSocketAdapter(new LiveIoAdapter(app));
  serveWebApp(
    app,
    config.server.webDist,
    (request) => app.get(ProceedingsPage).render(request),
    (request) => app.get(SessionPagePreloads).urls(request),
  );
  await app.init();
  app.get(NotesServer).attach(app.getHttpServer());

  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  const logger = new NestLogger('Database');
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.demo.enabled) await app.get(DemoSeeder).seedIfEmpty();
  return app;
}

function contentSecurityPolicy(config: AppConfig): Record<string, string[] | null> {
  const livekit = config.livekit
    ? [
        new URL(config.livekit.url).origin.replace(/^http/, 'ws'),
        new URL(config.livekit.url).origin,
      ]
    : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'", ...livekit],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: config.isProduction ? [] : null,
  };
}
