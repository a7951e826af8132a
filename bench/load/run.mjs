// bench/load: one API instance under a whole day's worth of a busy hour — several live sessions full of
// participants who chat, raise hands, ask and up-vote questions while conveners move the agenda on, plus
// people writing the notes — for a fixed time. Prints event latencies, the error rate, memory and CPU, and
// whether connections and notes documents return to zero afterwards. Figures, not a test.
//
//   node bench/load/run.mjs [--sessions=5] [--participants=200] [--editors=50] [--seconds=60]
//                           [--quick] [--no-redis] [--workers=2] [--json=file]
/* global setTimeout, setInterval, clearInterval */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const argv = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const quick = argv.quick === 'true';
const opt = {
  sessions: Number(argv.sessions ?? (quick ? 2 : 5)),
  participants: Number(argv.participants ?? (quick ? 50 : 200)),
  editors: Number(argv.editors ?? (quick ? 10 : 50)),
  seconds: Number(argv.seconds ?? (quick ? 15 : 60)),
  workers: Number(argv.workers ?? 2),
  redis: argv['no-redis'] !== 'true',
  json: argv.json,
};
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = `praxis_bench_load_${Date.now()}`;
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);
const REDIS_URL = opt.redis ? (process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') : '';
const SESSION_SECRET = randomBytes(32).toString('hex');
const COOKIE = 'praxis_session';
// Per person: a chat line every 100 s, a hand every 60 s, a question every 300 s, an up-vote every 120 s
// (in a room of 200: 2 chat lines, 3.3 hands, 0.7 questions and 1.7 up-votes a second); the agenda moves
// every 15 s; each editor types 2 characters a second.
const WORKLOAD = {
  chatEverySeconds: 100,
  handEverySeconds: 60,
  askEverySeconds: 300,
  upvoteEverySeconds: 120,
  agendaEverySeconds: 15,
};
const TYPING_PER_SECOND = 2;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApi() {
  if (!existsSync(API_MAIN))
    throw new Error('Build first: npx nx run-many -t build -p contracts notes-schema api');
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'development',
      DATABASE_URL: DB_URL,
      REDIS_URL,
      DEMO: 'false',
      LOG_LEVEL: 'warn',
      REMINDER_POLL_SECONDS: '0',
      WEB_DIST: '',
      SESSION_SECRET,
      LIVEKIT_URL: '',
      LIVEKIT_API_KEY: '',
      LIVEKIT_API_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (d) => tail.push(...d.toString().split('\n').slice(-5)));
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 90_000; ;) {
    if (child.exitCode !== null) throw new Error(`the API exited:\n${tail.slice(-20).join('\n')}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error('the API did not start within 90 s');
    await sleep(250);
  }
  return { url, pid: child.pid, child };
}

async function seed(db) {
  const hash = (token) => createHmac('sha256', SESSION_SECRET).update(token).digest('hex');
  const total = opt.sessions * opt.participants;
  await db.query('BEGIN');
  const network = (
    await db.query(
      `INSERT INTO networks (name, slug, description, visibility) VALUES ('Load network', 'bench-load', 'bench/load', 'members') RETURNING id`,
    )
  ).rows[0].id;
  const delegations = [];
  for (const cc of ['KE', 'NP', 'HT', 'MZ', 'PE', 'RW', 'SN', 'VN'])
    delegations.push(
      (
        await db.query(
          'INSERT INTO delegations (network_id, country_code, organization) VALUES ($1, $2, $3) RETURNING id',
          [network, cc, `Ministry of Health ${cc}`],
        )
      ).rows[0].id,
    );
  const index = Array.from({ length: total + 1 }, (_, i) => i);
  const users = (
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, locale, time_zone, is_admin)
       SELECT e, 'bench-no-login', d, 'en', 'UTC', a FROM unnest($1::text[], $2::text[], $3::bool[]) AS t(e, d, a)
       RETURNING id, email`,
      [
        index.map((i) => `load-${i}@bench.invalid`),
        index.map((i) => (i === total ? 'Load admin' : `Participant ${i}`)),
        index.map((i) => i === total),
      ],
    )
  ).rows;
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const userIds = index.map((i) => idOf.get(`load-${i}@bench.invalid`));
  // In each session's share: two conveners, one observer in ten, members otherwise.
  const roleOf = (i) => {
    const place = Math.floor(i / opt.sessions);
    return place < 2 ? 'convener' : place % 10 === 9 ? 'observer' : 'member';
  };
  await db.query(
    `INSERT INTO memberships (user_id, network_id, role, delegation_id)
     SELECT u, $2, r, d FROM unnest($1::uuid[], $3::text[], $4::uuid[]) AS t(u, r, d)`,
    [
      userIds.slice(0, total),
      network,
      index.slice(0, total).map(roleOf),
      index.slice(0, total).map((i) => delegations[i % delegations.length]),
    ],
  );
  const tokens = index.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `INSERT INTO auth_sessions (token_hash, user_id, expires_at)
     SELECT h, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map(hash), userIds],
  );
  const sessions = [];
  for (let s = 0; s < opt.sessions; s++) {
    const id = (
      await db.query(
        `INSERT INTO sessions (network_id, title, starts_at, time_zone, duration_minutes, status)
         VALUES ($1, $2, now(), 'UTC', 240, 'live') RETURNING id`,
        [network, `Load session ${s + 1}`],
      )
    ).rows[0].id;
    for (let item = 0; item < 6; item++)
      await db.query(
        `INSERT INTO agenda_items (session_id, position, title, kind, minutes) VALUES ($1, $2, $3, 'presentation', 10)`,
        [id, item, `Item ${item + 1}`],
      );
    sessions.push(id);
  }
  await db.query('COMMIT');
  const people = index.slice(0, total).map((i) => ({
    token: tokens[i],
    userId: userIds[i],
    sessionId: sessions[i % opt.sessions],
    role: roleOf(i),
    leadConvener: Math.floor(i / opt.sessions) === 0,
  }));
  return { people, sessions, adminToken: tokens[total] };
}

class Thread {
  constructor(file, data) {
    this.worker = new Worker(join(HERE, file), { workerData: data });
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
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, cmd, args });
    });
  }
}

function procStat(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = Number(fields[21]) * 4096;
  return { cpuMs: (ticks * 1000) / 100, rss };
}

const quantile = (values, q) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main() {
  const admin = new pg.Client(ADMIN_URL);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  let api;
  const threads = [];
  try {
    api = await startApi();
    const db = new pg.Client(DB_URL);
    await db.connect();
    const { people, sessions, adminToken } = await seed(db);
    await db.end();
    const load = async () =>
      (
        await fetch(`${api.url}/api/health/load`, {
          headers: { Cookie: `${COOKIE}=${adminToken}` },
        })
      ).json();
    const idle = { ...(await load()), ...procStat(api.pid) };
    console.log(
      `bench/load — ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `${opt.sessions} sessions × ${opt.participants} participants, ${opt.editors} note editors, ${opt.seconds} s, Redis ${REDIS_URL ? 'on' : 'off'}; API RSS at rest ${mb(idle.rssBytes)}`,
    );

    for (let w = 0; w < opt.workers; w++)
      threads.push(
        new Thread('participants.mjs', {
          url: api.url,
          cookieName: COOKIE,
          people: people.filter((_, i) => i % opt.workers === w),
        }),
      );
    // Editors: the first members of each session (not its conveners), spread over the sessions' notes.
    const editors = people
      .filter((p) => p.role === 'member')
      .slice(0, opt.editors)
      .map(({ token, sessionId }) => ({ token, sessionId }));
    const editorThread = new Thread('editors.mjs', {
      collabUrl: `${api.url.replace('http', 'ws')}/collab`,
      cookieName: COOKIE,
      editors,
    });
    threads.push(editorThread);
    const participantThreads = threads.slice(0, opt.workers);

    const cpuBeforeJoin = procStat(api.pid).cpuMs;
    const joinStarted = Date.now();
    await Promise.all(participantThreads.map((t) => t.call('connect', { concurrency: 8 })));
    await editorThread.call('connect');
    const joinSeconds = (Date.now() - joinStarted) / 1000;
    const joinCpu = procStat(api.pid).cpuMs - cpuBeforeJoin;
    const joined = await load();
    for (const t of threads) await t.call('take');

    const samples = [];
    const sampler = setInterval(() => samples.push(procStat(api.pid)), 1000);
    const cpuBefore = procStat(api.pid).cpuMs;
    await Promise.all(participantThreads.map((t) => t.call('run', WORKLOAD)));
    await editorThread.call('run', { updatesPerSecond: TYPING_PER_SECOND });
    await sleep(opt.seconds * 1000);
    for (const t of threads) await t.call('stop');
    await sleep(2000); // answers still on their way
    clearInterval(sampler);
    const cpuMs = procStat(api.pid).cpuMs - cpuBefore;
    const taken = await Promise.all(threads.map((t) => t.call('take')));

    const latencies = {};
    const counts = { sent: 0, ok: 0, refused: 0, errors: 0, disconnects: 0, errorCodes: {} };
    for (const part of taken.slice(0, opt.workers)) {
      for (const [kind, values] of Object.entries(part.latencies))
        (latencies[kind] ??= []).push(...values);
      for (const key of ['sent', 'ok', 'refused', 'errors', 'disconnects'])
        counts[key] += part.counts[key];
      for (const [code, n] of Object.entries(part.counts.errorCodes))
        counts.errorCodes[code] = (counts.errorCodes[code] ?? 0) + n;
    }
    const notes = taken[opt.workers];
    latencies['notes saved'] = notes.saved;

    for (const t of threads) await t.call('disconnect');
    const afterAt = Date.now();
    let after = await load();
    while (
      (after.liveConnections || after.notesConnections || after.notesDocuments) &&
      Date.now() - afterAt < 60_000
    ) {
      await sleep(500);
      after = await load();
    }
    const drainedSeconds = (Date.now() - afterAt) / 1000;
    await sleep(10_000);
    const settled = { ...(await load()), ...procStat(api.pid) };

    const rows = Object.entries(latencies).map(([kind, values]) => ({
      kind,
      n: values.length,
      p50: quantile(values, 0.5),
      p99: quantile(values, 0.99),
      max: quantile(values, 1),
    }));
    console.log(
      `\njoined ${joined.liveConnections} live-room connections and ${joined.notesConnections} notes connections (${joined.notesDocuments} documents) in ${joinSeconds.toFixed(1)} s, API CPU ${(joinCpu / 1000).toFixed(1)} s`,
    );
    console.log(
      `\n${'event'.padEnd(18)} ${'count'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
    );
    for (const r of rows.filter((r) => r.kind !== 'join'))
      console.log(
        `${r.kind.padEnd(18)} ${String(r.n).padStart(8)} ${(r.p50 ?? 0).toFixed(1).padStart(8)} ${(r.p99 ?? 0).toFixed(1).padStart(8)} ${(r.max ?? 0).toFixed(1).padStart(8)}`,
      );
    const errorRate = counts.sent ? counts.errors / counts.sent : 0;
    console.log(
      `\nsocket events sent ${counts.sent}: ok ${counts.ok}, refused by the rules (chat rate limit, second up-vote) ${counts.refused}, errors ${counts.errors} (${(errorRate * 100).toFixed(3)}%${Object.keys(counts.errorCodes).length ? `: ${JSON.stringify(counts.errorCodes)}` : ''}), disconnects ${counts.disconnects}`,
    );
    console.log(
      `notes: ${notes.counts.typed} updates typed, ${notes.counts.saved} acknowledged as saved, ${notes.counts.closes} editor connections closed by the server`,
    );
    const peak = samples.reduce((m, s) => Math.max(m, s.rss), 0);
    console.log(
      `API CPU ${(cpuMs / 1000).toFixed(1)} s in ${opt.seconds + 2} s (${((cpuMs / ((opt.seconds + 2) * 1000)) * 100).toFixed(0)}% of a core); RSS at rest ${mb(idle.rssBytes)}, after joining ${mb(joined.rssBytes)}, peak ${mb(peak)}, 10 s after everyone left ${mb(settled.rss)}; JavaScript heap in use at rest ${mb(idle.heapUsedBytes)}, after joining ${mb(joined.heapUsedBytes)}, 10 s after everyone left ${mb(settled.heapUsedBytes)}`,
    );
    console.log(
      `after everyone left: ${after.liveConnections} live-room connections, ${after.notesConnections} notes connections, ${after.notesDocuments} notes documents (after ${drainedSeconds.toFixed(1)} s)`,
    );
    if (opt.json)
      writeFileSync(
        opt.json,
        JSON.stringify(
          {
            opt,
            rows,
            counts,
            notes: notes.counts,
            idle,
            joined,
            after,
            settled,
            peak,
            cpuMs,
            joinSeconds,
            joinCpu,
          },
          null,
          2,
        ),
      );
  } finally {
    for (const t of threads) await t.worker.terminate();
    for (const child of children) child.kill('SIGTERM');
    await sleep(1000);
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
});
