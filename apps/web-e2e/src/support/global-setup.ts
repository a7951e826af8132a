import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');

export interface E2eServer {
  child: ChildProcess;
  serverUrl?: string;
  databaseName?: string;
}

declare global {
  var __PRAXIS_E2E__: E2eServer | undefined;
}

/**
 * Starts the built API with the demo data: on a fresh database of the PostgreSQL in DATABASE_URL when
 * set (CI), otherwise on the embedded database in a temporary folder, exactly as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(MAIN) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('Build the API and the web app first: npx nx run-many -t build -p api web');
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DEMO: 'true',
    LOG_LEVEL: 'warn',
    WEB_DIST: join(ROOT, 'dist/apps/web'),
  };
  const state: Partial<E2eServer> = {};
  if (process.env.DATABASE_URL) {
    state.serverUrl = process.env.DATABASE_URL;
    state.databaseName = `praxis_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
    await onServer(state.serverUrl, `CREATE DATABASE "${state.databaseName}"`);
    const url = new URL(state.serverUrl);
    url.pathname = `/${state.databaseName}`;
    env.DATABASE_URL = url.toString();
  } else {
    delete env.DATABASE_URL;
    env.DATA_DIR = mkdtempSync(join(tmpdir(), 'praxis-e2e-'));
  }
  const child = spawn(process.execPath, [MAIN], {
    env: { ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  globalThis.__PRAXIS_E2E__ = { child, ...state };
  const port = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`The API did not start within 90 s:\n${output}`)),
      90_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`The API exited with code ${code}:\n${output}`)));
  });
  process.env.E2E_BASE_URL = `http://localhost:${port}`;
}

export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
