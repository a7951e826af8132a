import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** A missing server binary: the message says what to install or which variable to set. */
export class MissingBinaryError extends Error {}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first directory of PATH that holds an executable of that name. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The directory with PostgreSQL's server programs (initdb, pg_ctl, postgres): `PG_BIN` when set, else the
 * newest /usr/lib/postgresql/<version>/bin (Debian, Ubuntu), else wherever `pg_ctl` is on PATH.
 */
export function postgresBinDir(): string {
  const required = ['initdb', 'pg_ctl', 'postgres'];
  const complete = (dir: string) => required.every((name) => executable(join(dir, name)));
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (!complete(fromEnv)) {
      throw new MissingBinaryError(
        `PG_BIN=${fromEnv} does not hold ${required.join(', ')}; point it at PostgreSQL's bin directory.`,
      );
    }
    return fromEnv;
  }
  const candidates: string[] = [];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  const pgCtl = onPath('pg_ctl');
  if (pgCtl) candidates.push(join(pgCtl, '..'));
  const found = candidates.find(complete);
  if (!found) {
    throw new MissingBinaryError(
      'The fault tests start their own PostgreSQL and found no initdb/pg_ctl/postgres: looked in PG_BIN, ' +
        '/usr/lib/postgresql/*/bin and PATH. Install the server (Debian: `apt-get install postgresql`) or set PG_BIN.',
    );
  }
  return found;
}

/** redis-server: `REDIS_SERVER` when set, else PATH, else the usual install locations. */
export function redisServerPath(): string {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) {
    if (!executable(fromEnv))
      throw new MissingBinaryError(`REDIS_SERVER=${fromEnv} is not an executable redis-server.`);
    return fromEnv;
  }
  const found =
    onPath('redis-server') ??
    ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(executable);
  if (!found) {
    throw new MissingBinaryError(
      'The fault tests start their own Redis and found no redis-server on PATH, /usr/bin or /usr/local/bin. ' +
        'Install it (Debian: `apt-get install redis-server`) or set REDIS_SERVER to its path.',
    );
  }
  return found;
}

/** Runs a program to completion; rejects with its output when it fails. */
export function run(file: string, args: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
