import type { DatabaseConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the API's data lives; `embedded` is the in-process PGlite (one backend). */
export abstract class DatabaseTarget {
  abstract url: string;
  abstract embedded: boolean;
}

export interface DatabaseHandle extends DatabaseTarget {
  close(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one when `DATABASE_URL` is unset. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.url) return { url: config.url, embedded: false, close: async () => undefined };
  const embedded = await startEmbeddedPostgres(config.dataDir);
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}
