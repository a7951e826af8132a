import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, MissingBinaryError, onPath, postgresBinDir, run } from './binaries';

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication, loopback only). */
  url: string;
  port: number;
  dataDir: string;
  /** `pg_ctl stop -m <mode>`: with `immediate`, every backend is killed without a checkpoint, as in a crash. */
  stop(mode?: 'immediate' | 'fast' | 'smart'): Promise<void>;
  /** `pg_ctl start -w`: resolves once the server accepts connections (after crash recovery). */
  start(): Promise<void>;
  /** The server's log so far (for failure messages). */
  log(): string;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root; as root, the cluster belongs to the `postgres` OS user and every
 * program runs through `runuser -u postgres`. Otherwise the programs run as the current user.
 */
function clusterOwner(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { name: 'postgres', uid, gid };
  } catch {
    throw new MissingBinaryError(
      'Running as root, the fault tests need the `postgres` OS user to own their PostgreSQL cluster (PostgreSQL refuses root).',
    );
  }
}

const live = new Set<{
  pgCtl: string;
  dataDir: string;
  folder: string;
  asOwner: (args: string[]) => [string, string[]];
}>();
let exitHookInstalled = false;

/** Whatever happens to the test run, no private postmaster outlives it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const cluster of live) {
      const [file, args] = cluster.asOwner([
        cluster.pgCtl,
        '-D',
        cluster.dataDir,
        '-m',
        'immediate',
        'stop',
      ]);
      spawnSync(file, args, { stdio: 'ignore', timeout: 10_000 });
      rmSync(cluster.folder, { recursive: true, force: true });
    }
  });
}

/** A throw-away PostgreSQL cluster in a temporary folder, on a free loopback port, with its socket there too. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const owner = clusterOwner();
  let runuser: string | undefined;
  if (owner) {
    runuser = onPath('runuser') ?? '/usr/sbin/runuser';
  }
  const asOwner = (args: string[]): [string, string[]] =>
    owner ? [runuser!, ['-u', owner.name, '--', ...args]] : [args[0]!, args.slice(1)];
  const exec = (args: string[], timeoutMs?: number) => {
    const [file, rest] = asOwner(args);
    return run(file, rest, timeoutMs);
  };

  const folder = mkdtempSync(join(tmpdir(), 'praxis-faults-pg-'));
  const dataDir = join(folder, 'data');
  const socketDir = join(folder, 'socket');
  const logFile = join(folder, 'postgres.log');
  mkdirSync(socketDir);
  if (owner) for (const path of [folder, socketDir]) chownSync(path, owner.uid, owner.gid);

  const pgCtl = join(bin, 'pg_ctl');
  const cluster = { pgCtl, dataDir, folder, asOwner };
  live.add(cluster);
  installExitHook();

  await exec([
    join(bin, 'initdb'),
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    await exec(
      [pgCtl, '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start'],
      70_000,
    );
  };
  const stop = async (mode: 'immediate' | 'fast' | 'smart' = 'fast') => {
    await exec([pgCtl, '-D', dataDir, '-m', mode, '-w', 'stop'], 70_000);
  };
  await start();

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start,
    stop,
    log: () => {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    async destroy() {
      await stop('immediate').catch(() => undefined);
      live.delete(cluster);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
