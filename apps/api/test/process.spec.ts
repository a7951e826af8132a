import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

/** The built server as an operator runs it: `node dist/apps/api/main.js`. */
function startBuiltApi(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` first (npm test does).`);
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, WEB_DIST: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting for the condition.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the built API process', () => {
  it('refuses to start on a malformed variable, naming it', async () => {
    const { child, output } = startBuiltApi({
      PORT: 'eighty',
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
    });
    expect(await exitOf(child)).toBe(78);
    expect(output()).toMatch(/PORT must be a port number/);
  });

  it('refuses the development session secret in production', async () => {
    const { child, output } = startBuiltApi({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://127.0.0.1:1/none',
    });
    expect(await exitOf(child)).toBe(78);
    expect(output()).toMatch(/SESSION_SECRET must be set/);
  });

  it('starts on the embedded database with the demo data, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praxis-data-'));
    const { child, output } = startBuiltApi({ PORT: '0', DATA_DIR: dataDir });
    const exited = exitOf(child);
    try {
      const port = await waitFor(
        () => /running at http:\/\/localhost:(\d+)/.exec(output())?.[1],
        60_000,
      );
      expect(output()).toMatch(/member@demo\.praxis\.test/);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ parts: { database: 'up' } });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
