import { onServer } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PRAXIS_E2E__;
  if (!state) return;
  const exited = new Promise((done) => state.child.once('exit', done));
  state.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  state.child.kill('SIGKILL');
  if (state.serverUrl && state.databaseName) {
    await onServer(state.serverUrl, `DROP DATABASE IF EXISTS "${state.databaseName}" WITH (FORCE)`);
  }
}
