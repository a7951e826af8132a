import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { createDatabase, DEFAULT_SERVER_URL, isReachable } from './database-server';
import { testEnv } from './test-env';

/**
 * Creates this run's own database on the PostgreSQL in DATABASE_URL (or the local default), migrated and
 * seeded with the demo data once. Without a reachable server, CI fails; elsewhere the run uses PGlite.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
  let databaseUrl: string;
  if (await isReachable(serverUrl)) {
    databaseUrl = await createDatabase(serverUrl);
    globalThis.__PRAXIS_TEST_DB__ = { serverUrl, databaseUrl };
  } else if (process.env.CI === 'true') {
    throw new Error(
      `PostgreSQL is not reachable at ${redact(serverUrl)}; CI requires a real PostgreSQL.`,
    );
  } else {
    console.warn(
      `\n*** PostgreSQL is not reachable at ${redact(serverUrl)}: integration tests run on the embedded PGlite instead. ***\n` +
        '*** Set DATABASE_URL to a PostgreSQL server to test against the real thing. ***\n',
    );
    const embedded = await startEmbeddedPostgres(null);
    databaseUrl = embedded.url;
    globalThis.__PRAXIS_TEST_DB__ = { embedded, databaseUrl };
  }
  process.env.PRAXIS_TEST_DATABASE_URL = databaseUrl;
  process.env.PRAXIS_TEST_EMBEDDED = globalThis.__PRAXIS_TEST_DB__?.embedded ? '1' : '';
  const app = await createApp(loadConfig(testEnv({ DEMO: 'true' })), {
    url: databaseUrl,
    embedded: !!globalThis.__PRAXIS_TEST_DB__?.embedded,
  });
  await app.close();
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
