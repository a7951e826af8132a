import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { notesClient, notesText, until } from './support/notes-client';
import { paragraph, writeNotes } from './support/notes-content';

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
  it('logs authentication failures, and never passwords, cookies or what people write', async () => {
    const { child, output } = startBuiltApi({
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'praxis-data-')),
    });
    const exited = exitOf(child);
    const wrongPassword = `wrong-${randomUUID()}`;
    const noteMarker = `confidential-${randomUUID()}`;
    const nameMarker = `Name ${randomUUID()}`;
    try {
      const port = await waitFor(
        () => /running at http:\/\/localhost:(\d+)/.exec(output())?.[1],
        60_000,
      );
      const base = `http://127.0.0.1:${port}`;
      const json = { 'Content-Type': 'application/json' };
      const refused = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'member@demo.praxis.test', password: wrongPassword }),
      });
      expect(refused.status).toBe(401);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'member@demo.praxis.test', password: 'praxis-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const token = cookie.split('=')[1]!;
      const signedIn = { ...json, Cookie: cookie };
      const account = await fetch(`${base}/api/account`, {
        method: 'PATCH',
        headers: signedIn,
        body: JSON.stringify({ displayName: nameMarker }),
      });
      expect(account.status).toBe(200);
      const {
        items: [network],
      } = (await (await fetch(`${base}/api/networks`, { headers: signedIn })).json()) as {
        items: { id: string }[];
      };
      const { items: sessions } = (await (
        await fetch(`${base}/api/networks/${network!.id}/sessions`, { headers: signedIn })
      ).json()) as { items: { id: string }[] };
      const editor = notesClient(base, sessions[0]!.id, cookie);
      try {
        await editor.ready;
        writeNotes(editor.doc, [paragraph(noteMarker)]);
        await until(editor.doc, () => notesText(editor.doc).includes(noteMarker));
        await editor.saved();
      } finally {
        editor.close();
      }
      const intruder = notesClient(base, sessions[0]!.id, 'praxis_session=not-a-session');
      await expect(intruder.ready).rejects.toThrow();
      intruder.close();

      await waitFor(() => (/"notes_refused"/.test(output()) ? true : undefined), 5_000);
      const logs = output();
      expect(logs).toMatch(/"event":"login_failed"/);
      expect(logs).toMatch(/"event":"notes_refused"/);
      for (const secret of [wrongPassword, token, noteMarker, nameMarker])
        expect(logs).not.toContain(secret);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
