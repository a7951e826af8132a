#!/usr/bin/env node
// bench/notes-sync: collaborative notes through the API's /collab Hocuspocus server (cookie authentication,
// membership check, group-committed PostgreSQL update log, "saved" acknowledgements held until commit)
// against a bare Hocuspocus 4 server started in the same run. 10, 50 and 200 editors on one document, then
// a bulk ingest of 50,000 small updates and late joiners. See README.md next to this file. Prints figures
// and pass/fail against the targets; exits 0 either way (it is a benchmark, not a test) unless the bench
// itself could not run.
//
//   node bench/notes-sync/run.mjs [--quick] [--editors=10,50,200] [--runs=3] [--servers=praxis,bare]
//        [--fresh-processes=false] [--idle-seconds=5] [--skip-bulk] [--seconds=8] [--rate=auto|100|10:200,50:150,200:100] [--workers=2] [--bulk-updates=50000] [--joiners=5]
//        [--bulk-runs=1] [--no-flush-false] [--profile] [--trace-gc] [--json=out.json] [--max-minutes=30]
/* global setTimeout, clearTimeout, fetch */
import { spawn, execFileSync } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as decoding from 'lib0/decoding';
import pg from 'pg';
import * as Y from 'yjs';
import { findParagraph } from './client.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

// ---- options ----
const argv = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const QUICK = argv.quick === 'true';
const opt = {
  editors: (argv.editors ?? '10,50,200')
    .split(',')
    .map(Number)
    .filter((n) => n > 1),
  runs: Number(argv.runs ?? (QUICK ? 1 : 3)),
  servers: (argv.servers ?? 'praxis,bare').split(','),
  workers: Number(argv.workers ?? 2),
  seconds: Number(argv.seconds ?? (QUICK ? 3 : 8)),
  rate: argv.rate ?? 'auto',
  burstFactor: Number(argv['burst-factor'] ?? 4),
  warmupSeconds: Number(argv['warmup-seconds'] ?? (QUICK ? 1 : 10)),
  idleSeconds: Number(argv['idle-seconds'] ?? (QUICK ? 1 : 5)),
  processWarmup: (argv['process-warmup'] ?? String(!QUICK)) !== 'false',
  freshProcesses: (argv['fresh-processes'] ?? String(!QUICK)) !== 'false',
  skipBulk: argv['skip-bulk'] === 'true',
  bulkUpdates: Number(argv['bulk-updates'] ?? (QUICK ? 20_000 : 50_000)),
  bulkRuns: Number(argv['bulk-runs'] ?? (QUICK ? 1 : 3)),
  joiners: Number(argv.joiners ?? 7),
  flushFalse: argv['no-flush-false'] !== 'true',
  profile: argv.profile === 'true',
  traceGc: argv['trace-gc'] === 'true',
  json: argv.json,
  maxMinutes: Number(argv['max-minutes'] ?? 30),
};
// Targets of the issue.
const TARGET_CPU_RATIO = 1.15; // CPU per delivered update at 50 and 200 editors
const TARGET_P99_RATIO = 1.25; // propagation p99 at 50 editors
const TARGET_INGEST_RATE = 10_000; // updates/s, everything saved
const TARGET_JOIN_RATIO = 1.5; // late joiner's sync time (open → synced with everything, server idle)
/**
 * Default aggregate typing rates (updates/s) per editor count: 1,800 / 4,900 / 5,970 deliveries/s. A Yjs
 * client costs ~150–300 µs of load-generator CPU per frame it applies (more with more editors), so these
 * keep the load generator under a core at 10–50 editors on 2 shared cores; at 200 editors it is the first
 * to run short, as the issue expects, and CPU per delivered update is the figure to compare.
 */
const DEFAULT_RATES = { 10: 200, 50: 100, 200: 30 };
const DRAIN_MS = 5000;
const BULK_TIMEOUT_MS = 300_000;
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const SESSION_SECRET = `bench-${randomBytes(24).toString('hex')}`;
const COOKIE = 'praxis_session'; // SESSION_COOKIE in libs/contracts (development mode: not the __Host- one)
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = `praxis_bench_${Date.now()}`;
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);
const HR_BASE = process.hrtime.bigint();
const now = () => Number(process.hrtime.bigint() - HR_BASE) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const deadline = Date.now() + opt.maxMinutes * 60_000;
const log = (...a) => console.log(...a);
const RATES = Object.fromEntries(
  opt.rate === 'auto'
    ? []
    : opt.rate.includes(':')
      ? opt.rate.split(',').map((pair) => pair.split(':').map(Number))
      : opt.editors.map((n) => [n, Number(opt.rate)]),
);
/** Aggregate rate for n editors: --rate, else the default table, else ~10,000 deliveries/s. */
const rateFor = (n) =>
  RATES[n] ?? DEFAULT_RATES[n] ?? Math.max(20, Math.min(1000, Math.round(10_000 / (n - 1))));

// ---- processes ----
const children = [];
function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function spawnLogged(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (d) => {
    for (const line of d.toString().split('\n')) if (line.trim()) tail.push(line.slice(0, 400));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // With --trace-gc: when each full collection ended (as seen here) and its pause.
  child.fullCollections = [];
  if (opt.traceGc)
    child.stdout.on('data', (d) => {
      for (const m of d.toString().matchAll(/Mark-Compact[^\n]*?, ([\d.]+) \/ [\d.]+ ms/g))
        child.fullCollections.push({ at: now(), pauseMs: Number(m[1]) });
    });
  child.tail = tail;
  child.label = name;
  children.push(child);
  return child;
}

/**
 * The API, as live-fanout starts it. The port is chosen here and passed in PORT: at LOG_LEVEL=warn the API
 * does not print its "Praxis is running at http://localhost:<port>" line (it is logged at level log/info),
 * so a PORT=0 start could not be told its port; readiness is /api/health answering.
 */
async function startPraxis() {
  if (!existsSync(API_MAIN))
    throw new Error(
      `${API_MAIN} is missing: build first (npx nx run-many -t build -p contracts notes-schema api)`,
    );
  const port = await freePort();
  const profileDir = opt.profile ? mkdtempSync(join(os.tmpdir(), 'praxis-bench-prof-')) : null;
  const args = [...nodeFlags(profileDir), API_MAIN];
  const child = spawnLogged('praxis', args, {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    DATABASE_URL: DB_URL,
    DEMO: 'false',
    LOG_LEVEL: 'warn',
    REMINDER_POLL_SECONDS: '0',
    WEB_DIST: '',
    SESSION_SECRET,
    REDIS_URL: '',
    LIVEKIT_URL: '',
    LIVEKIT_API_KEY: '',
    LIVEKIT_API_SECRET: '',
  });
  const until = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited (${child.exitCode}):\n${child.tail.join('\n')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until)
      throw new Error(`the API did not answer /api/health within 90 s:\n${child.tail.join('\n')}`);
    await sleep(250);
  }
  return {
    name: 'praxis',
    url: `ws://127.0.0.1:${port}/collab`,
    pid: child.pid,
    child,
    profileDir,
  };
}

async function startBare(name = 'bare', env = {}) {
  const profileDir =
    opt.profile && name === 'bare' ? mkdtempSync(join(os.tmpdir(), 'praxis-bench-prof-')) : null;
  const child = spawnLogged(name, [...nodeFlags(profileDir), join(HERE, 'bare.mjs')], env);
  const port = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error('the bare server did not start')), 20_000);
    child.stdout.on('data', (d) => {
      const m = /bare listening on (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(t);
        res(Number(m[1]));
      }
    });
    child.once('exit', (code) => rej(new Error(`the bare server exited (${code})`)));
  });
  return { name, url: `ws://127.0.0.1:${port}/collab`, pid: child.pid, child, profileDir };
}

function nodeFlags(profileDir) {
  return [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ...(opt.traceGc ? ['--trace-gc'] : []),
  ];
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(t);
}

// ---- CPU accounting ----
/** utime + stime of a process (all its threads), in µs; 10 ms ticks. */
function cpuUs(pid) {
  const { user, system } = cpuSplitUs(pid);
  return user + system;
}
/** utime and stime of a process (fields 14 and 15 of proc(5)), in µs. */
function cpuSplitUs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: (Number(f[11]) * 1e6) / CLK_TCK, system: (Number(f[12]) * 1e6) / CLK_TCK };
  } catch {
    return { user: 0, system: 0 };
  }
}
/** The main (JavaScript) thread's share: its task has the process id; the rest are V8's and libuv's threads. */
function mainThreadUs(pid) {
  return cpuUs(`${pid}/task/${pid}`);
}
/** Read and write system calls of a process so far (/proc/<pid>/io: syscr, syscw), all threads. */
function syscalls(pid) {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(io)?.[1] ?? NaN);
    return { reads: field('syscr'), writes: field('syscw') };
  } catch {
    return { reads: NaN, writes: NaN };
  }
}
let admin; // pg client on the bench database: seeding, PostgreSQL backend CPU, verification
async function dbCpuSnapshot() {
  if (!admin) return new Map();
  const { rows } = await admin.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [DB_NAME],
  );
  return new Map(rows.map((r) => [r.pid, cpuUs(r.pid)]));
}
/** Committed transactions of the bench database so far (backends flush these at most once a second). */
async function dbTransactions() {
  if (!admin) return 0;
  const { rows } = await admin.query(
    'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = $1',
    [DB_NAME],
  );
  return Number(rows[0]?.n ?? 0);
}
function dbCpuDelta(before, after) {
  let us = 0;
  for (const [pid, t] of after) us += t - (before.get(pid) ?? 0);
  return us;
}
/** Waits until the server is quiet again (under 10% of a core for 3 × 300 ms), at most `maxMs`. */
async function settle(server, maxMs = 20_000) {
  const until = now() + maxMs;
  let quiet = 0;
  while (now() < until && quiet < 3) {
    const c0 = cpuUs(server.pid);
    await sleep(300);
    quiet = (cpuUs(server.pid) - c0) / 300_000 < 0.1 ? quiet + 1 : 0;
  }
}

// ---- database ----
async function createDatabase() {
  const c = new pg.Client(ADMIN_URL);
  await c.connect();
  await c.query(`CREATE DATABASE ${DB_NAME}`);
  await c.end();
}
async function dropDatabase() {
  const c = new pg.Client(ADMIN_URL);
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await c.end();
}

/** `users` members of one network (over a few delegations), `sessions` live sessions, one token each. */
async function seed(users, sessions) {
  const hash = (token) => createHmac('sha256', SESSION_SECRET).update(token).digest('hex');
  await admin.query('BEGIN');
  const network = (
    await admin.query(
      `INSERT INTO networks (name, slug, description, visibility) VALUES ('Bench network', 'bench-notes-sync', 'notes-sync benchmark', 'members') RETURNING id`,
    )
  ).rows[0].id;
  const delegations = [];
  for (const cc of ['KE', 'IN', 'BR', 'FR', 'NG', 'PH', 'PE', 'VN']) {
    delegations.push(
      (
        await admin.query(
          'INSERT INTO delegations (network_id, country_code, organization) VALUES ($1, $2, $3) RETURNING id',
          [network, cc, `Bench delegation ${cc}`],
        )
      ).rows[0].id,
    );
  }
  const idx = Array.from({ length: users }, (_, i) => i);
  const rows = await admin.query(
    `INSERT INTO users (email, password_hash, display_name, locale, time_zone)
       SELECT e, 'bench-no-login', d, 'en', 'UTC' FROM unnest($1::text[], $2::text[]) AS t(e, d)
     RETURNING id, email`,
    [
      idx.map((i) => `bench-${i}@bench.invalid`),
      idx.map((i) => `Bench editor ${String(i).padStart(4, '0')}`),
    ],
  );
  const byEmail = new Map(rows.rows.map((r) => [r.email, r.id]));
  const userIds = idx.map((i) => byEmail.get(`bench-${i}@bench.invalid`));
  await admin.query(
    `INSERT INTO memberships (user_id, network_id, role, delegation_id)
       SELECT u, $2, 'member', d FROM unnest($1::uuid[], $3::uuid[]) AS t(u, d)`,
    [userIds, network, idx.map((i) => delegations[i % delegations.length])],
  );
  const tokens = idx.map(() => randomBytes(32).toString('base64url'));
  await admin.query(
    `INSERT INTO auth_sessions (token_hash, user_id, expires_at)
       SELECT h, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map(hash), userIds],
  );
  const sessionIds = (
    await admin.query(
      `INSERT INTO sessions (network_id, title, starts_at, time_zone, duration_minutes, status)
         SELECT $1, 'Bench notes session ' || g, now(), 'UTC', 240, 'live' FROM generate_series(1, $2) g
       RETURNING id`,
      [network, sessions],
    )
  ).rows.map((r) => r.id);
  await admin.query('COMMIT');
  return { tokens, sessionIds };
}

/**
 * A fresh document for every measurement: a seeded session for the API; for the bare server a name of the
 * same form and length (`session:<uuid>`), since every frame starts with the document name.
 */
function freshDocument(server, seedData) {
  if (server.name !== 'praxis') return { docName: `session:${randomUUID()}`, sessionId: null };
  const sessionId = seedData.sessionIds.shift();
  if (!sessionId) throw new Error('out of seeded sessions');
  return { docName: `session:${sessionId}`, sessionId };
}

// ---- load generator (worker threads) ----
class Workers {
  constructor(server, n, tokens, docName) {
    this.n = n;
    this.list = [];
    this.pending = new Map();
    this.seq = 0;
    for (let w = 0; w < opt.workers; w++) {
      const share = [];
      const labels = [];
      for (let i = w; i < n; i += opt.workers) {
        share.push(server.name === 'praxis' ? tokens[i] : null);
        labels.push(`e${i}`);
      }
      const worker = new Worker(join(HERE, 'editors.mjs'), {
        workerData: {
          url: server.url,
          docName,
          tokens: share,
          labels,
          base: HR_BASE.toString(),
          cookieName: COOKIE,
        },
      });
      worker.size = share.length;
      worker.on('message', ({ id, result, error }) => {
        const p = this.pending.get(id);
        this.pending.delete(id);
        if (error) p.reject(new Error(error));
        else p.resolve(result);
      });
      worker.on('error', (e) => log('worker error', e));
      this.list.push(worker);
    }
  }
  call(worker, cmd, args) {
    const id = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, cmd, args });
    });
  }
  all(cmd, args) {
    return Promise.all(
      this.list.map((w) => this.call(w, cmd, typeof args === 'function' ? args(w) : args)),
    );
  }
  async stats(withHistogram = false) {
    const parts = await this.all('stats', { withHistogram });
    const sum = (k) => parts.reduce((a, p) => a + p[k], 0);
    const out = {
      sent: sum('sent'),
      received: sum('received'),
      acked: sum('acked'),
      frames: sum('frames'),
      frameBytes: sum('frameBytes'),
      unacked: sum('unacked'),
      late: sum('late'),
      disconnects: sum('disconnects'),
      connected: sum('connected'),
      maxMs: Math.max(...parts.map((p) => p.maxMs)),
      closeReasons: Object.assign({}, ...parts.map((p) => p.closeReasons)),
    };
    if (withHistogram) {
      for (const key of ['hist', 'ackHist']) {
        const hist = new Float64Array(parts[0][key].length);
        for (const p of parts) for (let i = 0; i < hist.length; i++) hist[i] += p[key][i];
        out[key] = hist;
      }
    }
    return out;
  }
  async close() {
    await this.all('close').catch(() => undefined);
    await sleep(300);
    await Promise.all(this.list.map((w) => w.terminate()));
  }
}

function percentile(hist, total, q) {
  if (total === 0) return NaN;
  const want = Math.ceil(total * q);
  let acc = 0;
  for (let i = 0; i < hist.length; i++) {
    acc += hist[i];
    if (acc >= want) return (i + 1) * 0.1; // upper edge of the 0.1 ms bucket
  }
  return Infinity;
}

// ---- one typing window: one server, N editors, a fixed aggregate rate ----
let stepSeq = 0;
/** Fixed-rate windows per server (µs, monotonic clock): --profile attributes the samples inside them. */
const profileWindows = {};
async function runStep(server, ws, rate, seconds, label) {
  const stepId = ++stepSeq;
  const n = ws.n;
  const db0 = await dbCpuSnapshot();
  const tx0 = await dbTransactions();
  const split0 = cpuSplitUs(server.pid);
  const cpu0 = split0.user + split0.system;
  const main0 = mainThreadUs(server.pid);
  const io0 = syscalls(server.pid);
  const lg0 = process.cpuUsage();
  await ws.all('begin', { stepId }); // every thread counts this step's deliveries before anyone types
  const t0 = now();
  const fromUs = Number(process.hrtime.bigint() / 1000n); // CLOCK_MONOTONIC, as V8's profile timestamps
  const sends = await ws.all('send', (w) => ({ stepId, rate: (rate * w.size) / n, seconds }));
  const sendEnd = now();
  let s;
  let lastProgress = now();
  let lastReceived = -1;
  for (;;) {
    s = await ws.stats();
    const everything = s.received >= s.sent * (n - 1);
    if (everything && s.acked >= s.sent) break;
    if (s.received !== lastReceived) {
      lastReceived = s.received;
      lastProgress = now();
    }
    // Give up once nothing arrived for DRAIN_MS (acknowledgements may trail; they get the same grace).
    if (now() - lastProgress > DRAIN_MS && now() - sendEnd > DRAIN_MS) break;
    await sleep(20);
  }
  const elapsed = now() - t0;
  const split1 = cpuSplitUs(server.pid);
  const cpu = split1.user + split1.system - cpu0;
  const mainCpu = mainThreadUs(server.pid) - main0;
  const tEnd = now();
  const collections = server.child.fullCollections.filter((c) => c.at >= t0 && c.at <= tEnd);
  const io1 = syscalls(server.pid);
  if (label === 'fixed')
    (profileWindows[`${server.name} fixed-rate`] ??= []).push([
      fromUs,
      Number(process.hrtime.bigint() / 1000n),
    ]);
  const db = dbCpuDelta(db0, await dbCpuSnapshot());
  const lg = process.cpuUsage(lg0);
  s = await ws.stats(true);
  await ws.all('endStep');
  if (admin) await sleep(1100); // let the backends flush their transaction counts
  const transactions = (await dbTransactions()) - tx0;
  const expected = s.sent * (n - 1);
  const r = {
    label,
    rate,
    seconds,
    sent: s.sent,
    delivered: s.received,
    lost: Math.max(0, expected - s.received),
    acked: s.acked,
    frames: s.frames,
    frameBytes: s.frameBytes,
    p50: percentile(s.hist, s.received, 0.5),
    p99: percentile(s.hist, s.received, 0.99),
    maxMs: s.maxMs,
    ackP50: percentile(s.ackHist, s.acked, 0.5),
    ackP99: percentile(s.ackHist, s.acked, 0.99),
    elapsedMs: elapsed,
    sendMs: sendEnd - t0,
    maxBehind: Math.max(...sends.map((x) => x.maxBehind)),
    updatesPerS: (s.sent / elapsed) * 1000,
    deliveriesPerS: (s.received / elapsed) * 1000,
    cpuMs: cpu / 1000,
    userMs: (split1.user - split0.user) / 1000,
    systemMs: (split1.system - split0.system) / 1000,
    mainThreadMs: mainCpu / 1000,
    fullCollections: opt.traceGc ? collections.length : undefined,
    fullCollectionPauseMs: opt.traceGc
      ? collections.reduce((sum, c) => sum + c.pauseMs, 0)
      : undefined,
    writeCalls: io1.writes - io0.writes,
    readCalls: io1.reads - io0.reads,
    cpuUsPerDelivery: s.received ? cpu / s.received : NaN,
    dbUsPerDelivery: s.received ? db / s.received : NaN,
    dbTransactions: admin ? transactions : NaN,
    serverCpuPct: (cpu / 1000 / elapsed) * 100,
    loadgenCpuPct: ((lg.user + lg.system) / 1000 / elapsed) * 100,
    disconnects: s.disconnects,
  };
  log(
    `    ${label.padEnd(7)} ${rate} updates/s × ${seconds} s: sent ${r.sent}, delivered ${r.delivered}/${expected}` +
      `${r.lost ? ` (LOST ${r.lost})` : ''}, acked ${r.acked}; ${r.frames} frames received (${fmt(r.frameBytes / 1e6, 2)} MB); propagation p50 ${fmt(r.p50)} / p99 ${fmt(r.p99)} ms (max ${fmt(r.maxMs, 0)}),` +
      ` ack p50 ${fmt(r.ackP50)} / p99 ${fmt(r.ackP99)} ms; ${fmt(r.updatesPerS, 0)} updates/s; server ${fmt(r.cpuMs, 0)} ms CPU` +
      ` (${fmt(r.serverCpuPct, 0)}%, user ${fmt(r.userMs, 0)} / system ${fmt(r.systemMs, 0)}; main thread ${fmt(r.mainThreadMs, 0)}, other threads ${fmt(r.cpuMs - r.mainThreadMs, 0)}) = ${fmt(r.cpuUsPerDelivery, 2)} µs/delivery, ${r.writeCalls} write / ${r.readCalls} read system calls, PostgreSQL ${fmt(r.dbUsPerDelivery, 2)} µs/delivery` +
      `${server.name === 'praxis' ? ` (~${r.dbTransactions} transactions)` : ''},` +
      `${opt.traceGc ? ` ${r.fullCollections} full collections (pauses ${fmt(r.fullCollectionPauseMs, 0)} ms),` : ''}` +
      ` load generator ${fmt(r.loadgenCpuPct, 0)}% CPU${r.maxBehind > 2 ? `, sender fell ${r.maxBehind} updates behind` : ''}`,
  );
  return r;
}

async function measureEditors(server, n, seedData) {
  const rate = rateFor(n);
  const { docName } = freshDocument(server, seedData);
  log(`  ${server.name}, ${n} editors on ${docName}:`);
  const result = { server: server.name, editors: n, rate };
  const ws = new Workers(server, n, seedData.tokens, docName);
  try {
    const cpu0 = cpuUs(server.pid);
    const conn = await ws.all('connect', { concurrency: 8, timeoutMs: 60_000 });
    const failed = conn.reduce((a, c) => a + c.failed, 0);
    if (failed)
      throw new Error(
        `${failed} editors could not connect: ${conn.flatMap((c) => c.errors).join('; ')}`,
      );
    result.connectMs = Math.max(...conn.map((c) => c.ms));
    // Every editor made its paragraph: wait until every editor sees all of them.
    const t0 = now();
    for (;;) {
      const seen = Math.min(...(await ws.all('paragraphs')));
      if (seen >= n) break;
      if (now() - t0 > 30_000) throw new Error(`editors see only ${seen} of ${n} paragraphs`);
      await sleep(50);
    }
    result.connectCpuMs = (cpuUs(server.pid) - cpu0) / 1000;
    log(
      `    connected and synced in ${fmt(result.connectMs / 1000, 2)} s (server CPU ${fmt(result.connectCpuMs, 0)} ms)`,
    );
    await settle(server, 10_000);
    const idle0 = cpuUs(server.pid);
    await sleep(opt.idleSeconds * 1000);
    result.idleCpuMsPerS = (cpuUs(server.pid) - idle0) / 1000 / opt.idleSeconds;

    await runStep(server, ws, rate, opt.warmupSeconds, 'warm-up'); // JIT warm-up of server and load generator, not recorded
    await settle(server, 5000);
    result.fixed = await runStep(server, ws, rate, opt.seconds, 'fixed');
    await settle(server, 5000);
    result.burst = await runStep(
      server,
      ws,
      Math.round(rate * opt.burstFactor),
      Math.max(2, Math.round(opt.seconds / 2)),
      'burst',
    );
    result.disconnects = (await ws.stats()).disconnects;
  } catch (error) {
    result.error = error.message;
    log(`    ERROR: ${error.message}`);
  } finally {
    await ws.close();
    // The API stores and compacts the notes when the last editor leaves: let it finish first.
    await settle(server, 30_000);
  }
  return result;
}

// ---- bulk ingest ----
class BulkWorker {
  constructor(sentFlag) {
    this.worker = new Worker(join(HERE, 'bulk.mjs'), {
      workerData: { base: HR_BASE.toString(), cookieName: COOKIE, sentFlag },
    });
    this.pending = new Map();
    this.seq = 0;
    this.worker.on('message', ({ id, result, error }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (error) p.reject(new Error(error));
      else p.resolve(result);
    });
  }
  call(cmd, args) {
    const id = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, cmd, args });
    });
  }
  async close() {
    await this.call('close').catch(() => undefined);
    await sleep(200);
    await this.worker.terminate();
  }
}

/** What PostgreSQL holds for the session (snapshot + update log), applied to a fresh Y.Doc. */
async function storedNotes(sessionId) {
  const c = new pg.Client(DB_URL);
  await c.connect();
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const snap = await c.query('SELECT state FROM notes_snapshots WHERE session_id = $1', [
      sessionId,
    ]);
    const rows = await c.query(
      'SELECT updates, update_count FROM notes_updates WHERE session_id = $1 ORDER BY id',
      [sessionId],
    );
    await c.query('COMMIT');
    const doc = new Y.Doc();
    let logged = 0;
    doc.transact(() => {
      if (snap.rows[0]) Y.applyUpdate(doc, new Uint8Array(snap.rows[0].state));
      for (const row of rows.rows) {
        const decoder = decoding.createDecoder(new Uint8Array(row.updates));
        const count = decoding.readVarUint(decoder);
        for (let i = 0; i < count; i++) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
        logged += count;
      }
    });
    const length = findParagraph(doc, 'bulk')?.length ?? 0;
    doc.destroy();
    return {
      snapshotBytes: snap.rows[0]?.state.length ?? 0,
      logRows: rows.rowCount,
      loggedUpdates: logged,
      length,
    };
  } finally {
    await c.end();
  }
}

async function measureBulk(server, seedData) {
  const updates = opt.bulkUpdates;
  const { docName, sessionId } = freshDocument(server, seedData);
  const tokenOf = (k) => (server.name === 'praxis' ? seedData.tokens[seedData.extra + k] : null);
  log(`  ${server.name}: ${updates} updates from one writer to ${docName}`);
  const result = { server: server.name, updates };
  const sentFlag = new SharedArrayBuffer(4);
  const writer = new BulkWorker(sentFlag);
  const other = new BulkWorker(sentFlag); // the observer, then the late joiners
  const early = new BulkWorker(sentFlag); // a joiner that arrives as soon as the last update is sent
  try {
    await writer.call('open', { url: server.url, docName, token: tokenOf(0), writer: true });
    await other.call('open', { url: server.url, docName, token: tokenOf(1), writer: false });
    await settle(server, 5000);
    const cpu0 = cpuUs(server.pid);
    const db0 = await dbCpuSnapshot();
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const observed = other.call('observe', { updates, timeoutMs: BULK_TIMEOUT_MS });
    const arrived = early.call('join', {
      url: server.url,
      docName,
      token: tokenOf(2 + opt.joiners),
      updates,
      timeoutMs: BULK_TIMEOUT_MS,
      afterSent: true,
    });
    const written = await writer.call('write', { updates, timeoutMs: BULK_TIMEOUT_MS });
    const seen = await observed;
    const first = await arrived;
    (profileWindows[`${server.name} bulk`] ??= []).push([
      fromUs,
      Number(process.hrtime.bigint() / 1000n),
    ]);
    result.cpuMs = (cpuUs(server.pid) - cpu0) / 1000;
    result.dbCpuMs = dbCpuDelta(db0, await dbCpuSnapshot()) / 1000;
    const t0 = written.t0;
    Object.assign(result, {
      bytes: written.bytes,
      sendMs: written.sendMs,
      ackMs: written.ackedAt === null ? null : written.ackedAt - t0,
      observedMs: seen.at === null ? null : seen.at - t0,
      writerLength: written.length,
      observerLength: seen.length,
      backpressureWaits: written.backpressureWaits,
      writerCpuMs: written.writerCpuMs,
      observerCpuMs: seen.observerCpuMs,
      error: written.error ?? seen.error ?? undefined,
      // Joins right after the last send (while the server may still be working through the updates).
      earlyJoinMs: first.ms,
      earlyJoinComplete: first.complete,
      earlyJoinLength: first.length,
      earlyJoinDoneMs: first.ms === null ? null : first.t0 + first.ms - t0,
    });
    result.doneMs =
      result.ackMs === null || result.observedMs === null
        ? null
        : Math.max(result.ackMs, result.observedMs);
    // Seeded tokens: editors 0..max-1, then writer, observer, the late joiners, the early joiner.
    result.updatesPerS = result.doneMs ? (updates / result.doneMs) * 1000 : NaN;
    log(
      `    sent in ${fmt(result.sendMs / 1000, 2)} s (${fmt(result.bytes / 1e6, 2)} MB, ${result.backpressureWaits} back-pressure waits, writer thread ${fmt(result.writerCpuMs / 1000, 2)} s CPU); ` +
        `all acknowledged after ${fmt(result.ackMs / 1000, 2)} s, observer complete after ${fmt(result.observedMs / 1000, 2)} s → ` +
        `${fmt(result.updatesPerS, 0)} updates/s; server CPU ${fmt(result.cpuMs / 1000, 2)} s, PostgreSQL ${fmt(result.dbCpuMs / 1000, 2)} s` +
        `${result.error ? `; ERROR ${result.error}` : ''}`,
    );
    log(
      `    a joiner that arrived right after the last send was synced ${fmt(first.ms, 1)} ms later (${fmt(result.earlyJoinDoneMs / 1000, 2)} s after the first send), ` +
        `${first.length} of ${updates} characters${first.error ? `; ERROR ${first.error}` : ''}`,
    );
    if (sessionId) {
      result.stored = await storedNotes(sessionId);
      log(
        `    PostgreSQL holds ${result.stored.length} of ${updates} characters (snapshot ${result.stored.snapshotBytes} B + ${result.stored.logRows} log rows with ${result.stored.loggedUpdates} updates)`,
      );
    }
    await other.call('close');
    const joins = [];
    for (let k = 0; k < opt.joiners; k++) {
      joins.push(
        await other.call('join', {
          url: server.url,
          docName,
          token: tokenOf(2 + k),
          updates,
          timeoutMs: 60_000,
        }),
      );
    }
    result.joins = joins;
    result.joinMs = median(joins.map((j) => j.ms));
    result.joinOpenMs = median(joins.map((j) => j.open));
    result.joinAuthMs = median(joins.map((j) => j.authenticated));
    result.joinAfterAuthMs = median(joins.map((j) => j.ms - j.authenticated));
    result.joinsComplete = joins.every((j) => j.complete);
    log(
      `    late joiners synced in ${joins.map((j) => (j.ms === null ? `ERROR ${j.error}` : `${fmt(j.ms, 1)}`)).join(', ')} ms` +
        ` (median ${fmt(result.joinMs, 1)} ms: socket open ${fmt(result.joinOpenMs, 1)}, authenticated ${fmt(result.joinAuthMs, 1)})` +
        `${result.joinsComplete ? ', each with every update' : ', SOME INCOMPLETE'}`,
    );
    await writer.call('close');
    if (sessionId) {
      // Everyone left: the API compacts and unloads the document; then a cold open reads PostgreSQL.
      const c0 = now();
      for (;;) {
        const { rows } = await admin.query(
          'SELECT count(*)::int AS n FROM notes_updates WHERE session_id = $1',
          [sessionId],
        );
        if (rows[0].n === 0 || now() - c0 > 30_000) break;
        await sleep(100);
      }
      await settle(server, 10_000);
      const cold = await other.call('join', {
        url: server.url,
        docName,
        token: tokenOf(2),
        updates,
        timeoutMs: 60_000,
      });
      result.coldJoin = cold;
      log(
        `    cold open after everyone left (loaded from PostgreSQL): ${cold.ms === null ? `ERROR ${cold.error}` : `${fmt(cold.ms, 1)} ms`}, ${cold.length} of ${updates} characters`,
      );
    }
  } catch (error) {
    result.error = error.message;
    log(`    ERROR: ${error.message}`);
  } finally {
    await writer.close();
    await other.close();
    await early.close();
    await settle(server, 30_000);
  }
  return result;
}

// ---- reporting ----
function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return '∞';
  return x.toFixed(digits);
}
function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

function summarize(results, bulks) {
  const lines = [];
  const table = {};
  const pf = (ok) => (ok ? 'PASS' : 'FAIL');
  const head = (a, b, c) =>
    `  ${''.padEnd(50)} ${a.padStart(12)} ${b.padStart(12)} ${c.padStart(8)}`;
  for (const n of opt.editors) {
    const of = (name) => results.filter((r) => r.editors === n && r.server === name && !r.error);
    const p = of('praxis');
    const b = of('bare');
    if (!results.some((r) => r.editors === n)) continue;
    const rows = [];
    const row = (label, f) => {
      const pv = median(p.map(f));
      const bv = median(b.map(f));
      rows.push({ label, pv, bv, ratio: pv / bv });
      return pv / bv;
    };
    const rate = rateFor(n);
    row('connect and sync all editors (s)', (x) => x.connectMs / 1000);
    row('server CPU while idle (ms/s)', (x) => x.idleCpuMsPerS);
    const p50 = row(`propagation p50 @ ${rate} updates/s (ms)`, (x) => x.fixed.p50);
    const p99 = row(`propagation p99 @ ${rate} updates/s (ms)`, (x) => x.fixed.p99);
    row('ack ("saved" on Praxis) p50 (ms)', (x) => x.fixed.ackP50);
    row('ack ("saved" on Praxis) p99 (ms)', (x) => x.fixed.ackP99);
    row('updates/s typed and delivered', (x) => x.fixed.updatesPerS);
    row('updates per frame received (server batching)', (x) => x.fixed.delivered / x.fixed.frames);
    const cpu = row('server CPU per delivered update (µs)', (x) => x.fixed.cpuUsPerDelivery);
    row('PostgreSQL CPU per delivered update (µs)', (x) => x.fixed.dbUsPerDelivery);
    row('load generator CPU (% of a core)', (x) => x.fixed.loadgenCpuPct);
    row(`burst ×${opt.burstFactor}: updates/s delivered`, (x) => x.burst.updatesPerS);
    row(`burst ×${opt.burstFactor}: propagation p99 (ms)`, (x) => x.burst.p99);
    const burstCpu = row(
      `burst ×${opt.burstFactor}: server CPU per delivered update (µs)`,
      (x) => x.burst.cpuUsPerDelivery,
    );
    const lost = p.reduce((a, x) => a + x.fixed.lost + x.burst.lost, 0);
    const lostBare = b.reduce((a, x) => a + x.fixed.lost + x.burst.lost, 0);
    const disc = p.reduce((a, x) => a + (x.disconnects ?? 0), 0);
    lines.push('');
    lines.push(
      `${n} editors on one document — median of ${p.length} praxis / ${b.length} bare runs`,
    );
    lines.push(head('praxis', 'bare', 'ratio'));
    for (const x of rows) {
      const unit = /\(([^)]*)\)$/.exec(x.label)?.[1] ?? x.label;
      const digits = /µs|batching/.test(unit)
        ? 2
        : /ms\/s|%|delivered$/.test(unit) || /updates\/s (typed|delivered)/.test(x.label)
          ? 0
          : 1;
      lines.push(
        `  ${x.label.padEnd(50)} ${fmt(x.pv, digits).padStart(12)} ${fmt(x.bv, digits).padStart(12)} ${fmt(x.ratio, 2).padStart(8)}`,
      );
    }
    if (n === 50 || n === 200) {
      // The target compares medians; the ratio within each run shows how far single runs spread.
      const perRun = p
        .map(
          (x) => x.fixed.cpuUsPerDelivery / b.find((y) => y.run === x.run)?.fixed.cpuUsPerDelivery,
        )
        .filter(Number.isFinite);
      lines.push(
        `  target: CPU per delivered update ≤ ${TARGET_CPU_RATIO}× bare ....... ${fmt(cpu, 2)}× ${pf(cpu <= TARGET_CPU_RATIO)} (burst: ${fmt(burstCpu, 2)}×)`,
        `    CPU per delivery, praxis ÷ bare within each run: ${perRun.map((r) => fmt(r, 2)).join(', ')} (median ${fmt(median(perRun), 2)})`,
      );
    }
    if (n === 50)
      lines.push(
        `  target: propagation p99 ≤ ${TARGET_P99_RATIO}× bare ............... ${fmt(p99, 2)}× ${pf(p99 <= TARGET_P99_RATIO)} (p50 ${fmt(p50, 2)}×)`,
      );
    lines.push(`  lost deliveries: praxis ${lost}, bare ${lostBare}; praxis disconnects ${disc}`);
    for (const e of results.filter((x) => x.editors === n && x.error))
      lines.push(`  ERROR in a ${e.server} run: ${e.error}`);
    table[n] = Object.fromEntries(
      rows.map((x) => [x.label, { praxis: x.pv, bare: x.bv, ratio: x.ratio }]),
    );
  }
  if (bulks.length) {
    const of = (name) => bulks.filter((r) => r.server === name && !r.error);
    const p = of('praxis');
    const b = of('bare');
    const nm = of('bare-flush-false');
    const m = (rs, f) => median(rs.map(f));
    const rows = [
      ['send all updates (s)', (x) => x.sendMs / 1000, 2],
      ['all acknowledged (s) ("saved" on Praxis)', (x) => x.ackMs / 1000, 2],
      ['observer has everything (s)', (x) => x.observedMs / 1000, 2],
      ['ingest rate (updates/s, both done)', (x) => x.updatesPerS, 0],
      ['server CPU for the ingest (s)', (x) => x.cpuMs / 1000, 2],
      ['PostgreSQL CPU for the ingest (s)', (x) => x.dbCpuMs / 1000, 2],
      ['joiner right after the last send: synced (ms)', (x) => x.earlyJoinMs, 1],
      ['  share of the updates it got (%)', (x) => (x.earlyJoinLength / x.updates) * 100, 0],
      ['late joiner: open → synced (ms, median)', (x) => x.joinMs, 1],
      ['  of which: socket open (ms)', (x) => x.joinOpenMs, 1],
      ['  of which: authenticated (ms)', (x) => x.joinAuthMs, 1],
      ['  sync after authentication (ms)', (x) => x.joinAfterAuthMs, 1],
      ['cold open from PostgreSQL (ms)', (x) => x.coldJoin?.ms, 1],
    ];
    lines.push('');
    lines.push(
      `bulk ingest: one writer, ${opt.bulkUpdates} updates (one character each) — median of ${p.length} praxis / ${b.length} bare runs${nm.length ? ' (+ bare with flushDelay: false, reference)' : ''}`,
    );
    lines.push(
      `  ${''.padEnd(50)} ${'praxis'.padStart(12)} ${'bare'.padStart(12)} ${'ratio'.padStart(8)}${nm.length ? ' bare flushDelay:false'.padStart(23) : ''}`,
    );
    const tb = {};
    for (const [label, f, digits] of rows) {
      const pv = m(p, f);
      const bv = m(b, f);
      tb[label] = { praxis: pv, bare: bv, ratio: pv / bv, bareFlushFalse: m(nm, f) };
      lines.push(
        `  ${label.padEnd(50)} ${fmt(pv, digits).padStart(12)} ${fmt(bv, digits).padStart(12)} ${fmt(pv / bv, 2).padStart(8)}${nm.length ? fmt(m(nm, f), digits).padStart(23) : ''}`,
      );
    }
    const rate = m(p, (x) => x.updatesPerS);
    const saved = p.length > 0 && p.every((x) => x.stored?.length === x.updates);
    const joinRatio = m(p, (x) => x.joinMs) / m(b, (x) => x.joinMs);
    const syncRatio = m(p, (x) => x.joinAfterAuthMs) / m(b, (x) => x.joinAfterAuthMs);
    const complete = p.every((x) => x.joinsComplete && x.coldJoin?.length === x.updates);
    lines.push(
      `  target: ingest ≥ ${TARGET_INGEST_RATE} updates/s with everything saved .. ${fmt(rate, 0)} updates/s, PostgreSQL holds ${p.map((x) => x.stored?.length ?? '–').join(' / ')} of ${opt.bulkUpdates} ${pf(rate >= TARGET_INGEST_RATE && saved)}`,
    );
    lines.push(
      `  target: late joiner ≤ ${TARGET_JOIN_RATIO}× bare ................... ${fmt(joinRatio, 2)}× ${pf(joinRatio <= TARGET_JOIN_RATIO && complete)}${complete ? '' : ' (a joiner or the cold open missed updates)'} (after authentication: ${fmt(syncRatio, 2)}×)`,
    );
    for (const e of bulks.filter((x) => x.error))
      lines.push(`  ERROR in a ${e.server} bulk run: ${e.error}`);
    table.bulk = tb;
  }
  return { text: lines.join('\n'), table };
}

// ---- CPU profile summary (--profile) ----
function summarizeProfiles(name, dir) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return 'no profile written';
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const kinds = Object.keys(profileWindows).filter((k) => k.startsWith(`${name} `));
  // With fresh processes per run, a process's own windows are the ones inside its lifetime.
  const own = (windows) => windows.filter(([a, b]) => b >= prof.startTime && a <= prof.endTime);
  return kinds
    .map((kind) => [kind, own(profileWindows[kind])])
    .filter(([, windows]) => windows.length > 0)
    .map(([kind, windows]) => summarizeProfile(kind, prof, windows))
    .join('\n\n');
}

function summarizeProfile(name, prof, windows) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = prof.timeDeltas;
  // Only the samples inside the fixed-rate windows (start-up, connecting and the bulk ingest are left out).
  let t = prof.startTime;
  const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  for (let i = 0; i < prof.samples.length; i++) {
    t += dt[i] ?? 0;
    if (windows.length && !inWindow(t)) continue;
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  }
  const group = (url) => {
    if (!url) return '(native / V8)';
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1];
    if (url.includes('/bench/')) return 'bench (bare.mjs)';
    if (url.includes('/dist/apps/api/')) return 'praxis api (dist/apps/api)';
    if (url.includes('/dist/libs/') || url.includes('/libs/')) return 'praxis libs';
    if (url.startsWith('node:')) return 'node core';
    return url;
  };
  const pkgs = new Map();
  const fns = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const special = ['(garbage collector)', '(idle)', '(program)'].includes(cf.functionName);
    const socketWrite =
      !cf.url && ['writev', 'writeBuffer', 'writeUtf8String'].includes(cf.functionName);
    const g = special ? cf.functionName : socketWrite ? 'socket writes (native)' : group(cf.url);
    pkgs.set(g, (pkgs.get(g) ?? 0) + us);
    const key =
      cf.functionName === '(idle)'
        ? '(idle)'
        : `${cf.functionName || '(anonymous)'}  ${cf.url.replace(/^.*node_modules\//, '').replace(/^.*dist\//, 'dist/')}:${cf.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const busy = [...pkgs].filter(([k]) => k !== '(idle)').reduce((a, [, us]) => a + us, 0);
  const top = (m, k) =>
    [...m]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `    ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `${name} CPU profile (${windows.length} window(s), ${fmt(busy / 1e6, 2)} s busy; the profiler slows the server), self time by package:\n${top(pkgs, 15)}\n  top functions:\n${top(fns, 25)}`;
}

// ---- main ----
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) await stopChild(c).catch(() => undefined);
  await admin?.end().catch(() => undefined);
  await dropDatabase().catch((e) => log(`could not drop ${DB_NAME}: ${e.message}`));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log('interrupted: cleaning up');
    void cleanup().then(() => process.exit(130));
  });
}
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
process.stdout.on('error', () => undefined);

async function main() {
  const started = new Date();
  log(`notes-sync benchmark — ${started.toISOString()}`);
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(
    `options: editors ${opt.editors.join(', ')} (rates ${opt.editors.map(rateFor).join(', ')} updates/s); ${opt.runs} run(s) per server alternating; ${opt.seconds} s window; ` +
      `${opt.workers} load-generator threads; bulk ${opt.skipBulk ? 'skipped' : `${opt.bulkUpdates} updates × ${opt.bulkRuns} run(s), ${opt.joiners} late joiners`}`,
  );
  await createDatabase();
  let servers = {};
  const startedServers = [];
  const results = [];
  const bulks = [];
  let profileText = null;
  // The API migrates the database at start; the bare server needs no database, but the seeding does.
  const wantPraxis = opt.servers.includes('praxis');
  // Editors of the unrecorded first run per server (none without editor counts or when switched off).
  const warmUpEditors = opt.processWarmup ? (opt.editors[0] ?? 0) : 0;
  const pairs = opt.freshProcesses ? Math.max(1, opt.runs) : 1;
  let seedData = { tokens: [], sessionIds: [], extra: 0 };
  const startServers = async () => {
    const next = {};
    if (wantPraxis) next.praxis = await startPraxis();
    if (opt.servers.includes('bare')) next.bare = await startBare();
    startedServers.push(...Object.values(next));
    log(
      `\nservers: praxis ${next.praxis?.url ?? '–'} (pid ${next.praxis?.pid ?? '–'}), bare ${next.bare?.url ?? '–'} (pid ${next.bare?.pid ?? '–'})`,
    );
    return next;
  };
  // A profiled process writes its profile as it exits; all profiles are summarized at the end.
  const stopServers = async () => {
    for (const server of Object.values(servers)) await stopChild(server.child);
  };
  const order = (run) => {
    const o = opt.servers.filter((s) => servers[s]);
    return run % 2 === 1 ? o.reverse() : o; // alternate which server goes first
  };
  const warmUp = async () => {
    if (!warmUpEditors) return;
    // The first run of a fresh process still compiles what later runs reuse (connection handling, the
    // log's commit path): one run per server first, not recorded.
    log(`\n== process warm-up: one unrecorded run per server ==`);
    for (const name of order(0)) await measureEditors(servers[name], warmUpEditors, seedData);
  };
  const measureSize = async (n, runs) => {
    log(`\n== ${n} editors, ${rateFor(n)} updates/s ==`);
    for (const run of runs) await measureRun(n, run);
  };
  const measureRun = async (n, run) => {
    for (const name of order(run)) {
      if (Date.now() > deadline) {
        log(
          `  time budget (--max-minutes=${opt.maxMinutes}) used up: skipping ${name} run ${run + 1}`,
        );
        continue;
      }
      log(` run ${run + 1}/${opt.runs}`);
      results.push({ ...(await measureEditors(servers[name], n, seedData)), run });
    }
  };
  try {
    servers = await startServers();
    if (wantPraxis) {
      admin = new pg.Client(DB_URL);
      await admin.connect();
      const maxEditors = Math.max(0, ...opt.editors);
      const sessions =
        opt.editors.length * opt.runs + (warmUpEditors ? pairs : 0) + opt.bulkRuns + 4;
      seedData = {
        ...(await seed(maxEditors + 3 + opt.joiners, sessions)),
        extra: maxEditors,
      };
    }
    log(`database ${DB_NAME}`);
    if (opt.freshProcesses) {
      // A fresh pair of processes per run: how much CPU a delivery costs moves with the process (its
      // compiled code, its heap), so one pair measured three times is one sample of that, not three.
      for (let run = 0; run < opt.runs; run++) {
        if (run > 0) {
          await stopServers();
          servers = await startServers();
        }
        await warmUp();
        for (const n of opt.editors) await measureSize(n, [run]);
      }
    } else {
      await warmUp();
      const runs = Array.from({ length: opt.runs }, (_, run) => run);
      for (const n of opt.editors) await measureSize(n, runs);
    }
    if (!opt.skipBulk) {
      log(`\n== bulk ingest: ${opt.bulkUpdates} updates, then ${opt.joiners} late joiners ==`);
      for (let run = 0; run < opt.bulkRuns; run++) {
        for (const name of order(run)) {
          if (Date.now() > deadline) {
            log(`  time budget used up: skipping ${name} bulk run ${run + 1}`);
            continue;
          }
          bulks.push(await measureBulk(servers[name], seedData));
        }
      }
      if (opt.flushFalse && servers.bare && Date.now() < deadline) {
        const reference = await startBare('bare-flush-false', { BARE_FLUSH_DELAY: 'false' });
        log(`  reference: bare Hocuspocus with flushDelay: false (pid ${reference.pid})`);
        bulks.push(await measureBulk(reference, seedData));
        await stopChild(reference.child);
      }
    }
  } finally {
    const profiles = [];
    for (const server of startedServers) {
      if (!server.profileDir) continue;
      await stopChild(server.child);
      profiles.push(summarizeProfiles(server.name, server.profileDir));
    }
    profileText = profiles.join('\n\n') || null;
    await cleanup();
  }
  const summary = summarize(results, bulks);
  log(
    `\n==== notes-sync summary (${started.toISOString()}, ${fmt((Date.now() - started.getTime()) / 60000, 1)} min, load average now ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}) ====`,
  );
  log(summary.text);
  if (profileText) log(`\n${profileText}`);
  if (opt.json)
    writeFileSync(
      opt.json,
      JSON.stringify({ started, options: opt, results, bulks, summary: summary.table }, null, 1),
    );
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`bench failed: ${error.stack ?? error}`);
    await cleanup();
    process.exit(1);
  },
);
