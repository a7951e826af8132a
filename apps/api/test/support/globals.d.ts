import type { EmbeddedPostgres } from '../../src/database/embedded-postgres';

declare global {
  var __PRAXIS_TEST_DB__:
    { databaseUrl: string; serverUrl?: string; embedded?: EmbeddedPostgres } | undefined;
}
