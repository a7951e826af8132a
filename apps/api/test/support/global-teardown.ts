import { dropDatabase } from './database-server';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PRAXIS_TEST_DB__;
  if (!state) return;
  if (state.embedded) await state.embedded.stop();
  if (state.serverUrl) await dropDatabase(state.serverUrl, state.databaseUrl);
}
