import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { notesClient, type NotesClient, notesText } from './support/notes-client';
import { startTcpProxy } from './support/tcp-proxy';
import { startTestApp, testDatabaseUrl, type TestApp } from './support/test-app';
import { testEnv } from './support/test-env';
import { buildWorld, type World } from './support/world';

const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

/** The built API on this run's database, as a process we can kill. */
async function startApi(
  databaseUrl = testDatabaseUrl(),
  port = 0,
): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` first (npm test does).`);
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      ...testEnv({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', PORT: String(port) }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const listening = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    if (listening) return { child, url: `http://127.0.0.1:${listening}` };
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`The API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Types a unique token every few milliseconds and remembers which ones the server said it saved. */
function typist(client: NotesClient, name: string) {
  const typed: string[] = [];
  let saved: string[] = [];
  // One update per token, acknowledged in order: the first (typed - unacknowledged) tokens are saved.
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    saved = typed.slice(0, Math.max(0, typed.length - number));
  });
  let count = 0;
  const timer = setInterval(() => {
    const token = `${name}-${(count += 1)}`;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(token)]);
    client.doc.getXmlFragment('default').push([paragraph]);
    typed.push(token);
  }, 4);
  return { stop: () => clearInterval(timer), saved: () => saved, typed: () => typed };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('notes survive a crash or a restart of the API', () => {
  let t: TestApp;
  let w: World;
  const clients: NotesClient[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    for (const child of children) child.kill('SIGKILL');
    await t.close();
  });

  it('keeps every update a client was told is saved', async () => {
    // A slow database (100 ms per answer) makes the gap between "in memory" and "committed" wide.
    const database = await startTcpProxy(testDatabaseUrl());
    const first = await startApi(database.url);
    children.push(first.child);
    const writers = (['member', 'convener', 'admin'] as const).map((caller) => {
      const client = notesClient(first.url, w.session.id, w.cookies[caller]);
      clients.push(client);
      return { caller, client };
    });
    await Promise.all(writers.map(({ client }) => client.ready));
    await Promise.all(writers.map(({ client }) => client.saved()));
    database.delayAnswers(100);
    const typists = writers.map(({ caller, client }) => typist(client, caller));
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    for (const one of typists) one.stop();
    await database.cut();

    const saved = typists.flatMap((one) => one.saved());
    const typed = typists.flatMap((one) => one.typed());
    expect(saved.length).toBeGreaterThan(30);

    const second = await startApi();
    children.push(second.child);
    const reader = notesClient(second.url, w.session.id, w.cookies.observer);
    clients.push(reader);
    await reader.ready;
    await reader.saved();
    const text = notesText(reader.doc);
    const missing = saved.filter((token) => !text.includes(`>${token}<`));
    expect(missing).toEqual([]);
    // The outline the server added on first open is there once, not twice.
    expect(text.match(/Commitments/g) ?? []).toHaveLength(1);
    process.stdout.write(
      `crash test: ${typed.length} typed, ${saved.length} acknowledged as saved, all present\n`,
    );
  }, 120_000);

  it('loses nothing anyone typed across a graceful restart (SIGTERM): the editors resend what was not saved', async () => {
    const port = await freePort();
    const first = await startApi(testDatabaseUrl(), port);
    children.push(first.child);
    const writers = (['member', 'convener'] as const).map((caller) => {
      const client = notesClient(first.url, w.session.id, w.cookies[caller], { reconnect: true });
      clients.push(client);
      return { caller, client };
    });
    await Promise.all(writers.map(({ client }) => client.ready));
    const typists = writers.map(({ caller, client }) => typist(client, `${caller}-term`));
    await new Promise((r) => setTimeout(r, 1000));
    first.child.kill('SIGTERM');
    const code = await new Promise((r) => first.child.once('exit', r));
    expect(code).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    for (const one of typists) one.stop();

    // Same port: the providers reconnect by themselves and sync what the server never confirmed.
    const second = await startApi(testDatabaseUrl(), port);
    children.push(second.child);
    await Promise.all(writers.map(({ client }) => client.saved()));
    const reader = notesClient(second.url, w.session.id, w.cookies.observer);
    clients.push(reader);
    await reader.ready;
    await reader.saved();
    const text = notesText(reader.doc);
    const typed = typists.flatMap((one) => one.typed());
    expect(typed.length).toBeGreaterThan(100);
    expect(typed.filter((token) => !text.includes(`>${token}<`))).toEqual([]);
  }, 120_000);
});
