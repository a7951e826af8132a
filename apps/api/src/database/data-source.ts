import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const POOL_SIZE = 10;

/**
 * `singleConnection` is for the embedded PGlite: it has one backend, and its socket server interleaves the
 * queries of different connections, so concurrent transactions would mix. One pooled connection makes
 * every request take its turn instead.
 */
export function dataSourceOptions(url: string, singleConnection = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    // A database that stops answering fails requests (503) after query_timeout instead of holding them.
    extra: {
      max: singleConnection ? 1 : POOL_SIZE,
      connectionTimeoutMillis: 3000,
      query_timeout: 15_000,
      keepAlive: true,
    },
  };
}

const MIGRATION_LOCK_KEY = 7_277_001;

/** Runs pending migrations while holding an advisory lock, so two instances starting at once take turns. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const pool = dataSource.options.extra as { max?: number } | undefined;
  if (pool?.max === 1) {
    // One connection (embedded): one process, nothing to take turns with, and the lock would need a second.
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}

/** The SQL a new migration would need to bring the schema in line with the entities (empty when none). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
