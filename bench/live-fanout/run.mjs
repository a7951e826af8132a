#!/usr/bin/env node
// bench/live-fanout: chat fan-out of the /live socket.io gateway (authentication, validation, access checks,
// rate limit and persistence on) against a bare socket.io relay, with 100, 500 and 1,000 clients in one
// session. See README.md next to this file. Prints figures and pass/fail against the targets; exits 0
// either way (it is a benchmark, not a test) unless the bench itself could not run.
//
//   node bench/live-fanout/run.mjs [--quick] [--clients=100,500,1000] [--runs=3] [--workers=2]
//        [--step-seconds=3] [--warmup-seconds=10] [--process-warmup=false] [--servers=gateway,relay] [--profile] [--json=out.json] [--max-minutes=25]
/* global setTimeout, clearTimeout, fetch */
import { spawn, execFileSync } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

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
  clients: (argv.clients ?? '100,500,1000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0),
  runs: Number(argv.runs ?? (QUICK ? 1 : 3)),
  workers: Number(argv.workers ?? 2),
  stepSeconds: Number(argv['step-seconds'] ?? (QUICK ? 2 : 3)),
  cpuSeconds: Number(argv['cpu-seconds'] ?? (QUICK ? 3 : 4)),
  refine: Number(argv.refine ?? (QUICK ? 1 : 2)),
  servers: (argv.servers ?? 'gateway,relay').split(','),
  profile: argv.profile === 'true',
  json: argv.json,
  maxMinutes: Number(argv['max-minutes'] ?? 25),
  joinConcurrency: Number(argv['join-concurrency'] ?? 4),
  idleSeconds: Number(argv['idle-seconds'] ?? 2),
  warmupSeconds: Number(argv['warmup-seconds'] ?? (QUICK ? 1 : 10)),
  processWarmup: (argv['process-warmup'] ?? String(!QUICK)) !== 'false',
};
const P99_TARGET_MS = 100;
const TARGET_CPU_RATIO = 1.15;
const TARGET_RATE_RATIO = 0.8;
// LIVE_LIMITS.chatPerTenSeconds = 8 per person: one message per 1.25 s at most. Each sender keeps at least
// MIN_GAP_MS between its messages; rates are capped so that round-robin senders are SCHEDULE_GAP_MS apart.
const MIN_GAP_MS = 1300;
const SCHEDULE_GAP_MS = 1400;
const DRAIN_MS = 3000;
const ACK_TIMEOUT_MS = 10_000;
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
  child.tail = tail;
  child.label = name;
  children.push(child);
  return child;
}

async function startGateway() {
  if (!existsSync(API_MAIN))
    throw new Error(
      `${API_MAIN} is missing: build first (npx nx run-many -t build -p contracts api)`,
    );
  const port = await freePort();
  const profileDir = opt.profile ? mkdtempSync(join(os.tmpdir(), 'praxis-bench-prof-')) : null;
  const args = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), API_MAIN];
  const child = spawnLogged('gateway', args, {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    DATABASE_URL: DB_URL,
    DEMO: 'true',
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
  return { name: 'gateway', url: `http://127.0.0.1:${port}`, pid: child.pid, child, profileDir };
}

async function startRelay() {
  const child = spawnLogged('relay', [join(HERE, 'relay.mjs')], {});
  const port = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error('the relay did not start')), 20_000);
    child.stdout.on('data', (d) => {
      const m = /relay listening on (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(t);
        res(Number(m[1]));
      }
    });
    child.once('exit', (code) => rej(new Error(`the relay exited (${code})`)));
  });
  return { name: 'relay', url: `http://127.0.0.1:${port}`, pid: child.pid, child };
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
/** utime + stime of a process, in µs. */
function cpuUs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLK_TCK; // fields 14 and 15 of proc(5)
  } catch {
    return 0;
  }
}
let admin; // pg client on the bench database, for seeding and PostgreSQL backend CPU
async function dbCpuSnapshot() {
  const { rows } = await admin.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [DB_NAME],
  );
  return new Map(rows.map((r) => [r.pid, cpuUs(r.pid)]));
}
/** Committed transactions of the bench database so far (each autocommit query is one); flushed by PostgreSQL about once a second. */
async function dbTransactions() {
  const { rows } = await admin.query(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
    [DB_NAME],
  );
  return Number(rows[0]?.n ?? 0);
}
async function dbActiveQueries() {
  const { rows } = await admin.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()`,
    [DB_NAME],
  );
  return rows[0].n;
}
function dbCpuDelta(before, after) {
  let us = 0;
  for (const [pid, t] of after) us += t - (before.get(pid) ?? 0);
  return us;
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

/** N bench users, members of one network (spread over a few delegations), one live session, N sign-in tokens. */
async function seed(n) {
  const hash = (token) => createHmac('sha256', SESSION_SECRET).update(token).digest('hex');
  await admin.query('BEGIN');
  const network = (
    await admin.query(
      `INSERT INTO networks (name, slug, description, visibility) VALUES ('Bench network', 'bench-live-fanout', 'live-fanout benchmark', 'members') RETURNING id`,
    )
  ).rows[0].id;
  const countries = ['KE', 'IN', 'BR', 'FR', 'NG', 'PH', 'PE', 'VN'];
  const delegations = [];
  for (const cc of countries) {
    delegations.push(
      (
        await admin.query(
          'INSERT INTO delegations (network_id, country_code, organization) VALUES ($1, $2, $3) RETURNING id',
          [network, cc, `Bench delegation ${cc}`],
        )
      ).rows[0].id,
    );
  }
  const idx = Array.from({ length: n }, (_, i) => i);
  const users = await admin.query(
    `INSERT INTO users (email, password_hash, display_name, locale, time_zone)
       SELECT e, 'bench-no-login', d, 'en', 'UTC' FROM unnest($1::text[], $2::text[]) AS t(e, d)
     RETURNING id, email`,
    [
      idx.map((i) => `bench-${i}@bench.invalid`),
      idx.map((i) => `Bench user ${String(i).padStart(4, '0')}`),
    ],
  );
  const byEmail = new Map(users.rows.map((r) => [r.email, r.id]));
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
  const session = (
    await admin.query(
      `INSERT INTO sessions (network_id, title, starts_at, time_zone, duration_minutes, status) VALUES ($1, 'Bench live session', now(), 'UTC', 240, 'live') RETURNING id`,
      [network],
    )
  ).rows[0].id;
  await admin.query('COMMIT');
  return { tokens, session };
}

// ---- load generator (worker threads) ----
class Workers {
  constructor(server, n, tokens, sessionId) {
    this.n = n;
    this.list = [];
    this.pending = new Map();
    this.seq = 0;
    for (let w = 0; w < opt.workers; w++) {
      const share = [];
      for (let i = w; i < n; i += opt.workers)
        share.push(server.name === 'gateway' ? tokens[i] : null);
      const worker = new Worker(join(HERE, 'clients.mjs'), {
        workerData: {
          url: server.url,
          tokens: share,
          sessionId,
          base: HR_BASE.toString(),
          workerId: w,
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
      sentOk: sum('sentOk'),
      pendingAcks: sum('pendingAcks'),
      rejected: sum('rejected'),
      ackTimeouts: sum('ackTimeouts'),
      received: sum('received'),
      late: sum('late'),
      disconnects: sum('disconnects'),
      presenceUpdates: sum('presenceUpdates'),
      presenceBytes: sum('presenceBytes'),
      connected: sum('connected'),
      maxMs: Math.max(...parts.map((p) => p.maxMs)),
      rejectCodes: Object.assign({}, ...parts.map((p) => p.rejectCodes)),
      disconnectReasons: Object.assign({}, ...parts.map((p) => p.disconnectReasons)),
    };
    if (withHistogram) {
      const hist = new Float64Array(parts[0].hist.length);
      for (const p of parts) for (let i = 0; i < hist.length; i++) hist[i] += p.hist[i];
      out.hist = hist;
    }
    return out;
  }
  async close() {
    await this.all('close').catch(() => undefined);
    await sleep(200);
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

// ---- one measurement: one server, N clients ----
let stepSeq = 0;
async function runStep(server, ws, rate, seconds, label = '') {
  const stepId = ++stepSeq;
  const before = await ws.stats();
  const db0 = await dbCpuSnapshot();
  const cpu0 = cpuUs(server.pid);
  const lg0 = process.cpuUsage();
  await ws.all('begin', { stepId }); // every worker counts this step's deliveries before anyone sends
  const t0 = now();
  const sends = await ws.all('send', (w) => ({
    stepId,
    rate: (rate * w.size) / ws.n,
    seconds,
    minGapMs: MIN_GAP_MS,
    ackTimeoutMs: ACK_TIMEOUT_MS,
  }));
  const sendEnd = now();
  let s;
  for (;;) {
    s = await ws.stats();
    if (s.pendingAcks === 0 && s.received >= s.sentOk * ws.n) break;
    if (now() - sendEnd > DRAIN_MS + (s.pendingAcks > 0 ? ACK_TIMEOUT_MS : 0)) break;
    await sleep(25);
  }
  const elapsed = now() - t0;
  const cpu = cpuUs(server.pid) - cpu0;
  const db = dbCpuDelta(db0, await dbCpuSnapshot());
  const lg = process.cpuUsage(lg0);
  s = await ws.stats(true);
  await ws.all('endStep');
  const skipped = sends.reduce((a, x) => a + x.skipped, 0);
  const expected = s.sentOk * ws.n;
  const lost = Math.max(0, expected - s.received);
  const disconnects = s.disconnects - before.disconnects;
  const p50 = percentile(s.hist, s.received, 0.5);
  const p99 = percentile(s.hist, s.received, 0.99);
  const pass =
    s.received > 0 &&
    p99 <= P99_TARGET_MS &&
    lost === 0 &&
    s.rejected === 0 &&
    s.ackTimeouts === 0 &&
    skipped === 0 &&
    disconnects === 0;
  const r = {
    rate,
    seconds,
    sent: s.sentOk,
    delivered: s.received,
    lost,
    rejected: s.rejected,
    rejectCodes: s.rejectCodes,
    ackTimeouts: s.ackTimeouts,
    skipped,
    disconnects,
    p50,
    p99,
    maxMs: s.maxMs,
    elapsedMs: elapsed,
    serverCpuUs: cpu,
    dbCpuUs: db,
    loadgenCpuPct: ((lg.user + lg.system) / 1000 / elapsed) * 100,
    cpuUsPerDelivery: s.received ? cpu / s.received : NaN,
    dbUsPerDelivery: s.received ? db / s.received : NaN,
    pass,
  };
  log(
    `    ${label || (pass ? 'pass' : 'FAIL')} ${String(rate).padStart(4)} msg/s × ${seconds}s: ${r.sent} sent, ${r.delivered}/${expected} delivered, p50 ${fmt(p50)} ms, p99 ${fmt(p99)} ms, max ${fmt(r.maxMs)} ms` +
      `${lost ? `, lost ${lost}` : ''}${r.rejected ? `, rejected ${r.rejected} ${JSON.stringify(r.rejectCodes)}` : ''}${r.ackTimeouts ? `, ack timeouts ${r.ackTimeouts}` : ''}${skipped ? `, not sent within the step (per-person spacing) ${skipped}` : ''}${disconnects ? `, DISCONNECTS ${disconnects}` : ''}` +
      `; server ${fmt(cpu / 1000)} ms CPU = ${fmt(r.cpuUsPerDelivery, 2)} µs/delivery, db ${fmt(r.dbUsPerDelivery, 2)} µs/delivery, load generator ${fmt(r.loadgenCpuPct)}% CPU`,
  );
  if (!pass || label) await settle(server);
  return r;
}

/** Waits until the server is quiet again (under 15% of a core for 3 × 300 ms), at most `maxMs`. */
async function settle(server, maxMs = 10_000) {
  const until = now() + maxMs;
  let quiet = 0;
  while (now() < until && quiet < 3) {
    const c0 = cpuUs(server.pid);
    await sleep(300);
    quiet = (cpuUs(server.pid) - c0) / 300_000 < 0.15 ? quiet + 1 : 0;
  }
}

/** One run; `warmUpOnly` stops after the fixed-rate window (the process warm-up, not recorded). */
async function measure(server, n, seedData, { warmUpOnly = false } = {}) {
  log(`  ${server.name}, ${n} clients:`);
  const result = { server: server.name, clients: n };
  const ws = new Workers(server, n, seedData.tokens, seedData.session);
  try {
    const cpuJoin0 = cpuUs(server.pid);
    const conn = await ws.all('connect', { batch: 50 });
    const connFailed = conn.reduce((a, c) => a + c.failed, 0);
    const connMs = Math.max(...conn.map((c) => c.ms));
    if (connFailed)
      throw new Error(
        `${connFailed} clients could not connect: ${conn.flatMap((c) => c.errors).join('; ')}`,
      );
    const join = await ws.all('join', { concurrency: opt.joinConcurrency, timeoutMs: 300_000 });
    const joinFailed = join.reduce((a, c) => a + c.failed, 0);
    if (joinFailed)
      throw new Error(
        `${joinFailed} clients could not join: ${join.flatMap((c) => c.errors).join('; ')}`,
      );
    // Joins answer before every presence broadcast has reached everyone: wait for those to land (longer
    // than the gateway's 250 ms presence batching window between looks).
    let last = -1;
    for (let i = 0; i < 300; i++) {
      const s = await ws.stats();
      if (s.presenceUpdates === last) break;
      last = s.presenceUpdates;
      await sleep(500);
    }
    const afterJoin = await ws.stats();
    result.connectMs = connMs;
    result.joinMs = Math.max(...join.map((c) => c.ms));
    result.joinCpuMs = (cpuUs(server.pid) - cpuJoin0) / 1000;
    result.presenceMB = afterJoin.presenceBytes / 1e6;
    log(
      `    connected in ${fmt(connMs / 1000, 1)} s, joined in ${fmt(result.joinMs / 1000, 1)} s (server CPU ${fmt(result.joinCpuMs / 1000, 1)} s` +
        `${afterJoin.presenceUpdates ? `; ${afterJoin.presenceUpdates} presence packets, ${fmt(result.presenceMB, 1)} MB received` : ''})`,
    );

    // Idle: N clients connected and joined, no chat.
    await sleep(500);
    const idle0 = cpuUs(server.pid);
    const db0 = await dbCpuSnapshot();
    const x0 = await dbTransactions();
    let active = 0;
    let samples = 0;
    const idleEnd = now() + opt.idleSeconds * 1000;
    while (now() < idleEnd) {
      active += await dbActiveQueries();
      samples++;
      await sleep(50);
    }
    const idleS = opt.idleSeconds;
    result.idleCpuMsPerS = (cpuUs(server.pid) - idle0) / 1000 / idleS;
    result.idleDbCpuMsPerS = dbCpuDelta(db0, await dbCpuSnapshot()) / 1000 / idleS;
    result.idleQueriesPerS = ((await dbTransactions()) - x0) / idleS;
    result.idleActiveQueries = active / samples;
    log(
      `    idle (no chat): server ${fmt(result.idleCpuMsPerS)} ms CPU/s, PostgreSQL ${fmt(result.idleDbCpuMsPerS)} ms CPU/s, ` +
        `~${fmt(result.idleQueriesPerS, 0)} transactions/s, ${fmt(result.idleActiveQueries, 1)} queries running on average (the API's pool holds 10)`,
    );

    // Fixed-rate window: latency and CPU per delivery, same rate for both servers.
    const ceiling = Math.floor((n * 1000) / SCHEDULE_GAP_MS);
    const fixedRate = Math.min(ceiling, Math.max(1, Math.round(10_000 / n)));
    await runStep(server, ws, fixedRate, opt.warmupSeconds, 'warm-up'); // JIT warm-up of server and load generator, not recorded
    const fixed = await runStep(server, ws, fixedRate, opt.cpuSeconds);
    result.fixed = fixed;
    if (warmUpOnly) return result;

    // Highest rate with p99 ≤ 100 ms, nothing lost, no rejection or disconnect: doubling, then bisection.
    const steps = [];
    const tryRate = async (rate) => {
      const r = await runStep(server, ws, rate, opt.stepSeconds);
      steps.push(r);
      return r.pass;
    };
    let best = 0;
    let fail = null;
    let rate = Math.min(ceiling, Math.max(1, Math.ceil(4000 / n)));
    for (let i = 0; i < 10 && Date.now() < deadline; i++) {
      if (await tryRate(rate)) {
        best = rate;
        if (rate >= ceiling) break;
        rate = Math.min(ceiling, rate * 2);
      } else {
        fail = rate;
        break;
      }
    }
    for (let i = 0; i < 3 && best === 0 && fail > 1 && Date.now() < deadline; i++) {
      rate = Math.floor(fail / 2);
      if (await tryRate(rate)) best = rate;
      else fail = rate;
    }
    for (
      let i = 0;
      i < opt.refine &&
      fail !== null &&
      best > 0 &&
      fail - best > Math.max(1, best * 0.1) &&
      Date.now() < deadline;
      i++
    ) {
      const mid = Math.round((best + fail) / 2);
      if (await tryRate(mid)) best = mid;
      else fail = mid;
    }
    result.ceiling = ceiling;
    result.maxRate = best;
    result.atCeiling = best >= ceiling;
    result.steps = steps;
    const end = await ws.stats();
    result.disconnects = end.disconnects;
    result.disconnectReasons = end.disconnectReasons;
    result.lostInPassingSteps =
      steps.filter((x) => x.pass).reduce((a, x) => a + x.lost, 0) + fixed.lost;
    log(
      `    highest passing rate: ${best} msg/s${result.atCeiling ? ' (the per-person limit ceiling for this many senders)' : ''}; disconnects ${end.disconnects}`,
    );
  } catch (error) {
    result.error = error.message;
    log(`    ERROR: ${error.message}`);
  } finally {
    await ws.close();
    // The gateway records departures and re-broadcasts presence for every disconnect: let it finish
    // before the other server is measured.
    await settle(server, 90_000);
    await sleep(500);
  }
  return result;
}

// ---- reporting ----
function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return '∞';
  return x.toFixed(digits);
}
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

function summarize(results) {
  const lines = [];
  const out = {};
  const pf = (ok) => (ok ? 'PASS' : 'FAIL');
  for (const n of opt.clients) {
    const of = (name) => results.filter((r) => r.clients === n && r.server === name && !r.error);
    const g = of('gateway');
    const r = of('relay');
    const m = (rs, f) => median(rs.map(f));
    const row = (label, f, digits = 1, unit = '') => {
      const gv = m(g, f);
      const rv = m(r, f);
      return {
        label,
        gv,
        rv,
        ratio: gv / rv,
        text: `  ${label.padEnd(38)} ${(fmt(gv, digits) + unit).padStart(12)} ${(fmt(rv, digits) + unit).padStart(12)} ${fmt(gv / rv, 2).padStart(8)}`,
      };
    };
    const fixedRate = g[0]?.fixed?.rate ?? r[0]?.fixed?.rate;
    const rows = [
      row('join all clients (s)', (x) => x.joinMs / 1000, 1),
      row('server CPU while idle (ms/s)', (x) => x.idleCpuMsPerS, 0),
      row(`latency p50 @ ${fixedRate} msg/s (ms)`, (x) => x.fixed.p50, 1),
      row(`latency p99 @ ${fixedRate} msg/s (ms)`, (x) => x.fixed.p99, 1),
      row('server CPU per delivery (µs)', (x) => x.fixed.cpuUsPerDelivery, 2),
      row('PostgreSQL CPU per delivery (µs)', (x) => x.fixed.dbUsPerDelivery, 2),
      row('highest rate, p99 ≤ 100 ms, no loss (msg/s)', (x) => x.maxRate, 0),
    ];
    const cpu = rows[4];
    const rate = rows[6];
    const ceilingHit = g.some((x) => x.atCeiling) && r.some((x) => x.atCeiling);
    const lost = g.reduce((a, x) => a + (x.lostInPassingSteps ?? 0), 0);
    const disc = g.reduce((a, x) => a + (x.disconnects ?? 0), 0);
    const errors = results.filter((x) => x.clients === n && x.error);
    lines.push('');
    lines.push(
      `${n} clients in one session — median of ${g.length} gateway / ${r.length} relay runs`,
    );
    lines.push(
      `  ${''.padEnd(38)} ${'gateway'.padStart(12)} ${'relay'.padStart(12)} ${'ratio'.padStart(8)}`,
    );
    for (const x of rows) lines.push(x.text);
    lines.push(
      `  target: CPU per delivery ≤ ${TARGET_CPU_RATIO}× relay ........ ${fmt(cpu.ratio, 2)}× ${pf(cpu.ratio <= TARGET_CPU_RATIO)}`,
    );
    lines.push(
      `  target: highest rate ≥ ${TARGET_RATE_RATIO}× relay ............ ${fmt(rate.ratio, 2)}× ${pf(rate.ratio >= TARGET_RATE_RATIO)}${ceilingHit ? ` (both at the per-person ceiling of ${g[0].ceiling} msg/s: ${n} senders × 8 per 10 s)` : ''}`,
    );
    if (n === 1000 || opt.clients.length === 1) {
      lines.push(
        `  target: no loss, no disconnect at ${n} clients (gateway) ... lost ${lost}, disconnects ${disc} ${pf(lost === 0 && disc === 0 && g.length > 0)}`,
      );
    }
    for (const e of errors) lines.push(`  ERROR in a ${e.server} run: ${e.error}`);
    out[n] = Object.fromEntries(
      rows.map((x) => [x.label, { gateway: x.gv, relay: x.rv, ratio: x.ratio }]),
    );
  }
  return { text: lines.join('\n'), table: out };
}

// ---- CPU profile summary (--profile) ----
function summarizeProfile(dir) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return 'no profile written';
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++)
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const group = (url) => {
    if (!url) return '(native / V8 / GC)';
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1];
    if (url.includes('/dist/apps/api/')) return 'praxis api (dist/apps/api)';
    if (url.includes('/dist/libs/') || url.includes('/libs/')) return 'praxis libs';
    if (url.startsWith('node:')) return 'node core';
    return url;
  };
  const pkgs = new Map();
  const fns = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const special = ['(garbage collector)', '(idle)', '(program)'].includes(cf.functionName);
    const socketWrite =
      !cf.url &&
      ['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String'].includes(cf.functionName);
    const g = special
      ? cf.functionName
      : socketWrite
        ? 'socket writes (native writev/writeBuffer)'
        : group(cf.url);
    pkgs.set(g, (pkgs.get(g) ?? 0) + us);
    const key =
      cf.functionName === '(idle)'
        ? '(idle)'
        : `${cf.functionName || '(anonymous)'}  ${cf.url.replace(/^.*node_modules\//, '').replace(/^.*dist\//, 'dist/')}:${cf.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const busy = total - (pkgs.get('(idle)') ?? 0);
  const top = (m, k) =>
    [...m]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `    ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  rmSync(dir, { recursive: true, force: true });
  return `gateway CPU profile (whole run including start-up, ${fmt(busy / 1e6, 1)} s busy; the profiler slows the server), self time by package:\n${top(pkgs, 15)}\n  top functions:\n${top(fns, 20)}`;
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
// Never leave a server behind, whatever ends this process; a closed stdout (| head) must not end the run.
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
process.stdout.on('error', () => undefined);

async function main() {
  const started = new Date();
  log(`live-fanout benchmark — ${started.toISOString()}`);
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(
    `options: clients ${opt.clients.join(', ')}; ${opt.runs} run(s) per server alternating; ${opt.stepSeconds} s steps; ${opt.cpuSeconds} s CPU window; ${opt.workers} load-generator threads`,
  );
  await createDatabase();
  const servers = {};
  const results = [];
  let profileText = null;
  try {
    if (opt.servers.includes('gateway')) servers.gateway = await startGateway();
    admin = new pg.Client(DB_URL);
    await admin.connect();
    // The relay needs no users; without the gateway there is no schema either (the API migrates at start).
    const seedData = servers.gateway
      ? await seed(Math.max(...opt.clients))
      : { tokens: [], session: randomUUID() };
    if (opt.servers.includes('relay')) servers.relay = await startRelay();
    log(
      `database ${DB_NAME}; gateway ${servers.gateway?.url ?? '–'} (pid ${servers.gateway?.pid ?? '–'}), relay ${servers.relay?.url ?? '–'} (pid ${servers.relay?.pid ?? '–'})`,
    );
    if (opt.processWarmup && opt.clients.length > 0) {
      // The first run of a fresh process still compiles what later runs reuse (joining, the chat store's
      // commit path): one run per server first, up to the fixed-rate window, not recorded.
      log(`\n== process warm-up: one unrecorded run per server ==`);
      for (const name of opt.servers.filter((s) => servers[s]))
        await measure(servers[name], opt.clients[0], seedData, { warmUpOnly: true });
    }
    for (const n of opt.clients) {
      log(`\n== ${n} clients ==`);
      for (let run = 0; run < opt.runs; run++) {
        const order = opt.servers.filter((s) => servers[s]);
        if (run % 2 === 1) order.reverse(); // alternate which server goes first
        for (const name of order) {
          if (Date.now() > deadline) {
            log(
              `  time budget (--max-minutes=${opt.maxMinutes}) used up: skipping ${name} run ${run + 1}`,
            );
            continue;
          }
          log(` run ${run + 1}/${opt.runs}`);
          results.push(await measure(servers[name], n, seedData));
        }
      }
    }
  } finally {
    if (servers.gateway?.profileDir) {
      await stopChild(servers.gateway.child);
      profileText = summarizeProfile(servers.gateway.profileDir);
    }
    await cleanup();
  }
  const summary = summarize(results);
  log(
    `\n==== live-fanout summary (${started.toISOString()}, ${fmt((Date.now() - started.getTime()) / 60000, 1)} min) ====`,
  );
  log(summary.text);
  if (profileText) log(`\n${profileText}`);
  if (opt.json)
    writeFileSync(
      opt.json,
      JSON.stringify({ started, options: opt, results, summary: summary.table }, null, 1),
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
