#!/usr/bin/env node
// bench/archive-search: latency of the proceedings archive (GET /api/proceedings: PostgreSQL full text in the
// `praxis_search` configuration, facets, visibility) over 100,000 generated proceedings, for twenty typical
// queries, anonymous and as a signed-in member of three networks. See README.md next to this file. Prints
// figures; there are no targets, and it exits 0 unless the bench itself could not run.
//
//   node bench/archive-search/run.mjs [--quick] [--rows=100000] [--repeat=20] [--warmup=2]
//        [--who=anonymous,member] [--seed=20261123] [--batch=1000] [--query-seconds=45] [--keep]
//        [--json=out.json] [--max-minutes=60]
/* global setTimeout, fetch */
import { spawn, execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { NETWORKS, proceedingsRecord, Random } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const SERVICE_JS = join(ROOT, 'dist/apps/api/proceedings/proceedings.service.js');

// ---- options ----
const argv = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const QUICK = argv.quick === 'true';
const opt = {
  rows: Number(argv.rows ?? (QUICK ? 10_000 : 100_000)),
  repeat: Number(argv.repeat ?? (QUICK ? 5 : 20)),
  warmup: Number(argv.warmup ?? 2),
  who: (argv.who ?? 'anonymous,member').split(','),
  seed: Number(argv.seed ?? 20261123),
  batch: Number(argv.batch ?? 1000),
  querySeconds: Number(argv['query-seconds'] ?? 45),
  keep: argv.keep === 'true',
  json: argv.json,
  maxMinutes: Number(argv['max-minutes'] ?? 60),
};
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const SESSION_SECRET = `bench-${randomBytes(24).toString('hex')}`;
const COOKIE = 'praxis_session';
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = `praxis_bench_${Date.now()}`;
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(...a);
const deadline = Date.now() + opt.maxMinutes * 60_000;
/** Share of proceedings with a second published version (the archive shows the latest only). */
const TWO_VERSIONS = 0.1;

/**
 * The expression ProceedingsService uses to fill `search` (read from the built service, so the bench
 * cannot drift from it; the copy below is only the fallback).
 */
function searchVector() {
  const fallback = `
  setweight(to_tsvector('praxis_search', v.title), 'A') ||
  setweight(to_tsvector('praxis_search', array_to_string(v.topics, ' ')), 'B') ||
  setweight(to_tsvector('praxis_search', v.notes_text), 'C')`;
  try {
    const m = /const SEARCH_VECTOR = `([^`]+)`/.exec(readFileSync(SERVICE_JS, 'utf8'));
    if (m) return { sql: m[1], from: 'dist/apps/api/proceedings/proceedings.service.js' };
  } catch {
    /* not built */
  }
  return { sql: fallback, from: 'the copy in bench/archive-search/run.mjs' };
}

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

/** The API as bench/live-fanout starts it (PORT chosen here: at LOG_LEVEL=warn it does not log its port). */
async function startApi() {
  if (!existsSync(API_MAIN))
    throw new Error(
      `${API_MAIN} is missing: build first (npx nx run-many -t build -p contracts notes-schema api)`,
    );
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
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
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (d) => {
    for (const line of d.toString().split('\n')) if (line.trim()) tail.push(line.slice(0, 400));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  children.push(child);
  const until = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited (${child.exitCode}):\n${tail.join('\n')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until)
      throw new Error(`the API did not answer /api/health within 90 s:\n${tail.join('\n')}`);
    await sleep(250);
  }
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, child };
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(t);
}

function cpuUs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLK_TCK;
  } catch {
    return 0;
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
let db;
async function dbCpu() {
  const { rows } = await db.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [DB_NAME],
  );
  return new Map(rows.map((r) => [r.pid, cpuUs(r.pid)]));
}
function dbCpuDelta(before, after) {
  let us = 0;
  for (const [pid, t] of after) us += t - (before.get(pid) ?? 0);
  return us;
}

const yearFormatters = new Map();
/** The year in the session's own time zone, as ProceedingsService.yearIn computes it. */
function yearIn(instant, timeZone) {
  let f = yearFormatters.get(timeZone);
  if (!f)
    yearFormatters.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' })),
    );
  return Number(f.format(instant));
}

/** Networks, a publisher, and a member of three networks with a sign-in token. */
async function seedPeople(r) {
  const networkIds = [];
  for (const n of NETWORKS) {
    const id = r.uuid();
    networkIds.push(id);
    await db.query(
      `INSERT INTO networks (id, name, slug, description, visibility) VALUES ($1, $2, $3, $4, $5)`,
      [id, n.name, n.slug, `${n.name} (generated for bench/archive-search)`, 'members'],
    );
  }
  const users = await db.query(
    `INSERT INTO users (email, password_hash, display_name, locale, time_zone) VALUES
       ('publisher@bench.invalid', 'bench-no-login', 'Bench Publisher', 'en', 'UTC'),
       ('member@bench.invalid', 'bench-no-login', 'Bench Member', 'en', 'UTC')
     RETURNING id, email`,
  );
  const publisher = users.rows.find((u) => u.email.startsWith('publisher')).id;
  const member = users.rows.find((u) => u.email.startsWith('member')).id;
  const memberOf = [0, 1, 4]; // East Africa HIV, Réseau francophone, West Africa Malaria
  for (const i of memberOf) {
    await db.query(
      `INSERT INTO memberships (user_id, network_id, role) VALUES ($1, $2, 'member')`,
      [member, networkIds[i]],
    );
  }
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO auth_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [createHmac('sha256', SESSION_SECRET).update(token).digest('hex'), member],
  );
  return { networkIds, publisher, member, memberOf, token };
}

const AGENDA_TITLES = [
  'Opening and introductions',
  'Country updates',
  'Presentation',
  'Panel',
  'Questions and answers',
  'Next steps',
];
const AGENDA_KINDS = ['presentation', 'panel', 'discussion', 'walkthrough', 'qa', 'break'];

/** Inserts `opt.rows` proceedings (sessions, proceedings, versions) in batches and fills `search`. */
async function generate(r, people, vector) {
  const weights = NETWORKS.map((n, i) => [i, n.weight]);
  const t0 = Date.now();
  let words = 0;
  let versions = 0;
  let searchMs = 0;
  for (let done = 0; done < opt.rows; done += opt.batch) {
    const size = Math.min(opt.batch, opt.rows - done);
    const sessions = [];
    const proceedings = [];
    const rows = [];
    for (let k = 0; k < size; k++) {
      const ni = r.weighted(weights);
      const rec = proceedingsRecord(r, ni);
      words += rec.words;
      const sessionId = r.uuid();
      const proceedingsId = r.uuid();
      const networkId = people.networkIds[ni];
      const two = r.next() < TWO_VERSIONS;
      sessions.push({
        id: sessionId,
        network_id: networkId,
        title: rec.title,
        topics: rec.topics,
        starts_at: rec.startsAt.toISOString(),
        time_zone: rec.timeZone,
      });
      proceedings.push({
        id: proceedingsId,
        session_id: sessionId,
        network_id: networkId,
        latest_version: two ? 2 : 1,
        created_at: new Date(rec.startsAt.getTime() + 86_400_000).toISOString(),
      });
      const agenda = AGENDA_TITLES.slice(0, r.int(3, 6)).map((title) => ({
        title,
        kind: r.pick(AGENDA_KINDS),
        minutes: r.pick([10, 15, 20, 30]),
        presenters: [],
        startedAt: null,
        endedAt: null,
      }));
      const attendance = {
        total: r.int(8, 240),
        countries: rec.countries.length,
        groups: rec.countries.map((cc) => ({
          countryCode: cc,
          delegationId: null,
          organization: null,
          count: r.int(1, 30),
        })),
      };
      const questions = Array.from({ length: r.int(0, 3) }, (_, q) => ({
        text: `Question ${q + 1} about ${rec.topics[0]}`,
        votes: r.int(0, 12),
        answered: r.next() < 0.7,
      }));
      const base = {
        proceedings_id: proceedingsId,
        title: rec.title,
        topics: rec.topics,
        countries: rec.countries,
        starts_at: rec.startsAt.toISOString(),
        time_zone: rec.timeZone,
        year: yearIn(rec.startsAt, rec.timeZone),
        published_by: people.publisher,
        publisher_name: 'Bench Publisher',
        agenda,
        attendance,
        questions,
      };
      const published = rec.startsAt.getTime() + r.int(1, 10) * 86_400_000;
      if (two) {
        // An earlier version: members only, without the last section of the notes.
        const cut = (s, sep) => s.slice(0, Math.max(0, s.lastIndexOf(sep))) || s;
        rows.push({
          ...base,
          id: r.uuid(),
          version: 1,
          visibility: 'members',
          published_at: new Date(published).toISOString(),
          html: cut(rec.html, '<h2>'),
          markdown: cut(rec.markdown, '\n\n## '),
          notes_text: cut(rec.notesText, '\n\n'),
        });
      }
      rows.push({
        ...base,
        id: r.uuid(),
        version: two ? 2 : 1,
        visibility: rec.visibility,
        published_at: new Date(published + (two ? 3 * 86_400_000 : 0)).toISOString(),
        html: rec.html,
        markdown: rec.markdown,
        notes_text: rec.notesText,
      });
    }
    versions += rows.length;
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO sessions (id, network_id, title, topics, starts_at, time_zone, duration_minutes, status)
       SELECT id, network_id, title, topics, starts_at, time_zone, 90, 'ended'
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, network_id uuid, title text, topics text[], starts_at timestamptz, time_zone text)`,
      [JSON.stringify(sessions)],
    );
    await db.query(
      `INSERT INTO proceedings (id, session_id, network_id, latest_version, created_at)
       SELECT id, session_id, network_id, latest_version, created_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, session_id uuid, network_id uuid, latest_version int, created_at timestamptz)`,
      [JSON.stringify(proceedings)],
    );
    await db.query(
      `INSERT INTO proceedings_versions (id, proceedings_id, version, visibility, title, topics, countries,
         starts_at, time_zone, year, published_at, published_by, publisher_name, html, markdown, notes_text,
         agenda, attendance, questions)
       SELECT id, proceedings_id, version, visibility, title, topics, countries, starts_at, time_zone, year,
         published_at, published_by, publisher_name, html, markdown, notes_text, agenda, attendance, questions
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, proceedings_id uuid, version int, visibility text,
         title text, topics text[], countries text[], starts_at timestamptz, time_zone text, year int,
         published_at timestamptz, published_by uuid, publisher_name text, html text, markdown text,
         notes_text text, agenda jsonb, attendance jsonb, questions jsonb)`,
      [JSON.stringify(rows)],
    );
    // The same statement as ProceedingsService.publish, for a batch of rows instead of one.
    const s0 = Date.now();
    await db.query(
      `UPDATE proceedings_versions v SET search = ${vector} WHERE v.id = ANY($1::uuid[])`,
      [rows.map((x) => x.id)],
    );
    searchMs += Date.now() - s0;
    await db.query('COMMIT');
    const n = done + size;
    if (
      n % Math.max(opt.batch, Math.round(opt.rows / 10 / opt.batch) * opt.batch) === 0 ||
      n === opt.rows
    )
      log(
        `  ${n} proceedings (${versions} versions) in ${fmt((Date.now() - t0) / 1000, 0)} s (of which search vectors ${fmt(searchMs / 1000, 0)} s)`,
      );
    if (Date.now() > deadline)
      throw new Error(`time budget (--max-minutes=${opt.maxMinutes}) used up while generating`);
  }
  const a0 = Date.now();
  await db.query('VACUUM (ANALYZE) sessions, proceedings, proceedings_versions');
  await db.query('ANALYZE');
  return {
    seconds: (Date.now() - t0) / 1000,
    searchSeconds: searchMs / 1000,
    analyzeSeconds: (Date.now() - a0) / 1000,
    versions,
    averageWords: words / opt.rows,
  };
}

async function sizes() {
  const q = async (sql) => (await db.query(sql)).rows[0];
  return {
    database: Number((await q(`SELECT pg_database_size(current_database()) AS b`)).b),
    versions: Number((await q(`SELECT pg_total_relation_size('proceedings_versions') AS b`)).b),
    versionsHeap: Number((await q(`SELECT pg_relation_size('proceedings_versions') AS b`)).b),
    searchIndex: Number(
      (await q(`SELECT pg_relation_size('"IDX_proceedings_versions_search"') AS b`)).b,
    ),
    publicLatest: Number(
      (
        await q(
          `SELECT count(*) AS n FROM proceedings p JOIN proceedings_versions v ON v.proceedings_id = p.id AND v.version = p.latest_version WHERE v.visibility = 'public'`,
        )
      ).n,
    ),
  };
}

// ---- the queries ----
function queries(people) {
  const ea = people.networkIds[0];
  return [
    ['archive, no parameters (first page)', {}],
    ['plain word: malaria', { q: 'malaria' }],
    ['plain word: stockouts', { q: 'stockouts' }],
    ['two words: supply chain', { q: 'supply chain' }],
    ['accented: preparação', { q: 'preparação' }],
    ['unaccented: preparacao', { q: 'preparacao' }],
    ['accented: vacunación', { q: 'vacunación' }],
    ['unaccented: vacunacion', { q: 'vacunacion' }],
    ['phrase: "viral load"', { q: '"viral load"' }],
    ['phrase: "agentes comunitários de saúde"', { q: '"agentes comunitários de saúde"' }],
    ['exclusion: tuberculosis -HIV', { q: 'tuberculosis -HIV' }],
    ['or: pharmacy or pharmacie or farmácia', { q: 'pharmacy or pharmacie or farmácia' }],
    ['filter only: year=2023', { year: 2023 }],
    ['filter only: country=KE', { country: 'KE' }],
    ['filter only: topic=Malaria', { topic: 'Malaria' }],
    ['filter only: networkId (East Africa HIV)', { networkId: ea }],
    ['q + year: malaria, 2019', { q: 'malaria', year: 2019 }],
    ['q + country: stockouts, NG', { q: 'stockouts', country: 'NG' }],
    ['deep page: HIV, page 40', { q: 'HIV', page: 40 }],
    ['no match: zyxwvutsrq', { q: 'zyxwvutsrq' }],
  ];
}

function percentile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))];
}

async function timeQuery(api, params, cookie) {
  const url = `${api.url}/api/proceedings?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
  const headers = cookie ? { cookie } : {};
  const t0 = process.hrtime.bigint();
  const res = await fetch(url, { headers });
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!res.ok) throw new Error(`${res.status} for ${url}: ${JSON.stringify(body).slice(0, 200)}`);
  return { ms, total: body.total, items: body.items.length };
}

async function runQueries(api, people) {
  const out = [];
  const cookies = { anonymous: null, member: `${COOKIE}=${people.token}` };
  for (const [label, params] of queries(people)) {
    const row = { label, params };
    for (const who of opt.who) {
      for (let i = 0; i < opt.warmup; i++) await timeQuery(api, params, cookies[who]);
      const cpu0 = cpuUs(api.pid);
      const db0 = await dbCpu();
      const times = [];
      let last;
      // At most --query-seconds per series (but at least 5 timed requests), so that slow queries on a big
      // archive do not stretch the run to hours.
      const until = Date.now() + opt.querySeconds * 1000;
      for (let i = 0; i < opt.repeat; i++) {
        if (i >= 5 && Date.now() > until) break;
        last = await timeQuery(api, params, cookies[who]);
        times.push(last.ms);
      }
      const apiCpu = cpuUs(api.pid) - cpu0;
      const pgCpu = dbCpuDelta(db0, await dbCpu());
      times.sort((a, b) => a - b);
      row[who] = {
        requests: times.length,
        total: last.total,
        items: last.items,
        times,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        apiCpuMs: apiCpu / 1000 / times.length,
        pgCpuMs: pgCpu / 1000 / times.length,
      };
    }
    log(
      `  ${label.padEnd(44)} ${opt.who
        .map(
          (w) =>
            `${w}: ${String(row[w].total).padStart(6)} found${row[w].requests < opt.repeat ? ` (${row[w].requests} timed)` : ''}, p50 ${fmt(row[w].p50).padStart(6)} / p95 ${fmt(row[w].p95).padStart(6)} ms (API ${fmt(row[w].apiCpuMs)} + PostgreSQL ${fmt(row[w].pgCpuMs)} ms CPU)`,
        )
        .join('; ')}`,
    );
    out.push(row);
  }
  return out;
}

// ---- reporting ----
function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return '∞';
  return x.toFixed(digits);
}
const mb = (b) => `${fmt(b / 2 ** 20, 0)} MiB`;

function summarize(rows, gen, size) {
  const lines = [];
  const head = opt.who.map((w) => `${w.padStart(9)} found   p50 ms   p95 ms`).join('   ');
  lines.push(`  ${'#'.padStart(2)}  ${'query'.padEnd(44)} ${head}`);
  rows.forEach((row, i) => {
    const cells = opt.who
      .map(
        (w) =>
          `${String(row[w].total).padStart(15)} ${fmt(row[w].p50).padStart(8)} ${fmt(row[w].p95).padStart(8)}`,
      )
      .join('   ');
    const capped = opt.who.filter((w) => row[w].requests < opt.repeat);
    lines.push(
      `  ${String(i + 1).padStart(2)}  ${row.label.padEnd(44)} ${cells}${capped.length ? `  (${capped.map((w) => `${w}: ${row[w].requests}`).join(', ')} timed requests)` : ''}`,
    );
  });
  const overall = {};
  for (const w of opt.who) {
    const all = rows.flatMap((r) => r[w].times).sort((a, b) => a - b);
    overall[w] = { p50: percentile(all, 0.5), p95: percentile(all, 0.95), n: all.length };
    const cpu = rows.reduce((a, r) => a + r[w].apiCpuMs, 0) / rows.length;
    const pgc = rows.reduce((a, r) => a + r[w].pgCpuMs, 0) / rows.length;
    lines.push(
      `  overall, ${w}: p50 ${fmt(overall[w].p50)} ms, p95 ${fmt(overall[w].p95)} ms over ${all.length} requests (mean CPU per request: API ${fmt(cpu)} ms, PostgreSQL ${fmt(pgc)} ms)`,
    );
  }
  const both = rows.flatMap((r) => opt.who.flatMap((w) => r[w].times)).sort((a, b) => a - b);
  lines.push(
    `  overall, all: p50 ${fmt(percentile(both, 0.5))} ms, p95 ${fmt(percentile(both, 0.95))} ms over ${both.length} requests`,
  );
  const checks = [];
  const total = (label, w) => rows.find((r) => r.label.startsWith(label))?.[w]?.total;
  for (const w of opt.who) {
    checks.push(
      `preparação = preparacao (${w}): ${total('accented: prep', w)} / ${total('unaccented: prep', w)} ${total('accented: prep', w) === total('unaccented: prep', w) && total('accented: prep', w) > 0 ? 'ok' : 'DIFFERENT'}`,
    );
    checks.push(
      `vacunación = vacunacion (${w}): ${total('accented: vac', w)} / ${total('unaccented: vac', w)} ${total('accented: vac', w) === total('unaccented: vac', w) && total('accented: vac', w) > 0 ? 'ok' : 'DIFFERENT'}`,
    );
  }
  if (opt.who.includes('anonymous')) {
    checks.push(
      `anonymous first page = public latest versions: ${total('archive, no', 'anonymous')} / ${size.publicLatest} ${total('archive, no', 'anonymous') === size.publicLatest ? 'ok' : 'DIFFERENT'}`,
    );
  }
  if (opt.who.includes('anonymous') && opt.who.includes('member'))
    checks.push(
      `member sees more than anonymous: ${rows.every((r) => r.member.total >= r.anonymous.total) ? 'ok' : 'NO'}`,
    );
  checks.push(
    `no match finds nothing: ${opt.who.every((w) => total('no match', w) === 0) ? 'ok' : 'NO'}`,
  );
  lines.push(`  checks: ${checks.join('; ')}`);
  lines.push(
    `  data: ${opt.rows} proceedings (${gen.versions} versions), ${fmt(gen.averageWords, 0)} words of notes on average; generated in ${fmt(gen.seconds, 0)} s ` +
      `(search vectors ${fmt(gen.searchSeconds, 0)} s, VACUUM ANALYZE ${fmt(gen.analyzeSeconds, 0)} s); database ${mb(size.database)}, ` +
      `proceedings_versions ${mb(size.versions)} with TOAST and indexes (heap ${mb(size.versionsHeap)}), GIN index on search ${mb(size.searchIndex)}`,
  );
  return { text: lines.join('\n'), overall };
}

// ---- main ----
let cleaned = false;
let keepDatabase = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) await stopChild(c).catch(() => undefined);
  await db?.end().catch(() => undefined);
  if (keepDatabase) return;
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
  log(`archive-search benchmark — ${started.toISOString()}`);
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(
    `options: ${opt.rows} proceedings, seed ${opt.seed}, each query ${opt.warmup} warm-up + ${opt.repeat} timed requests as ${opt.who.join(' and ')}`,
  );
  await createDatabase();
  let result;
  try {
    const api = await startApi(); // migrates the database
    db = new pg.Client(DB_URL);
    await db.connect();
    log(`database ${DB_NAME}; API ${api.url} (pid ${api.pid})`);
    const { rows: pgv } = await db.query('SHOW server_version');
    const { rows: mem } = await db.query(
      `SELECT current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm, current_setting('effective_cache_size') AS ecs`,
    );
    log(
      `PostgreSQL ${pgv[0].server_version}: shared_buffers ${mem[0].sb}, work_mem ${mem[0].wm}, effective_cache_size ${mem[0].ecs}`,
    );
    const vector = searchVector();
    log(`search vector expression from ${vector.from}`);
    const r = new Random(opt.seed);
    const people = await seedPeople(r);
    log(`generating ${opt.rows} proceedings in batches of ${opt.batch}:`);
    const gen = await generate(r, people, vector.sql);
    const size = await sizes();
    log(`\nqueries (${opt.warmup} warm-up + ${opt.repeat} timed, one at a time):`);
    const rows = await runQueries(api, people);
    const summary = summarize(rows, gen, size);
    result = {
      started,
      options: opt,
      generation: gen,
      sizes: size,
      rows,
      overall: summary.overall,
    };
    log(
      `\n==== archive-search summary (${started.toISOString()}, ${fmt((Date.now() - started.getTime()) / 60000, 1)} min, load average now ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}) ====`,
    );
    log(summary.text);
  } finally {
    if (opt.keep) {
      keepDatabase = true;
      log(`\n--keep: database ${DB_NAME} left in place (drop it with: DROP DATABASE ${DB_NAME})`);
    }
    await cleanup();
  }
  if (opt.json && result) writeFileSync(opt.json, JSON.stringify(result, null, 1));
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`bench failed: ${error.stack ?? error}`);
    await cleanup();
    process.exit(1);
  },
);
