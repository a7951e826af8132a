import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisServerPath, sleep } from './binaries';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Kills the server (SIGKILL by default: a crash, nothing saved, connections reset). */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts a fresh server on the same port (empty: it saves nothing). */
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: the server freezes with its connections open, as behind a dead network. */
  pause(): void;
  resume(): void;
  destroy(): Promise<void>;
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A private `redis-server` child process on a free loopback port: no persistence, no daemon. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const binary = redisServerPath();
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'praxis-faults-redis-'));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const child of children) child.kill('SIGKILL');
    });
  }
  let child: ChildProcess | undefined;

  const start = async () => {
    if (child) throw new Error('This private Redis is already running.');
    let output = '';
    const spawned = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        '--dir',
        folder,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(spawned);
    spawned.on('exit', () => children.delete(spawned));
    spawned.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    spawned.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = spawned;
    const deadline = Date.now() + 15_000;
    while (!/Ready to accept connections/.test(output)) {
      if (spawned.exitCode !== null || Date.now() > deadline) {
        child = undefined;
        spawned.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}:\n${output}`);
      }
      await sleep(20);
    }
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const running = child;
    if (!running) return;
    child = undefined;
    if (running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGCONT');
    running.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    async destroy() {
      await kill();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
