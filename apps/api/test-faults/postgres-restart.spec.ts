import { Client } from 'pg';
import { startTestApp, type TestApp } from '../test/support/test-app';
import { buildWorld, type World } from '../test/support/world';
import { sleep } from './support/binaries';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';
import {
  durations,
  percentile,
  report,
  type Sample,
  statusCounts,
  timedFetch,
} from './support/timing';

const STEADY_MS = 2_000;
const OUTAGE_MS = 3_000;
const AFTER_MS = 12_000;
const WRITERS = 3;
const RECOVERY_BUDGET_MS = 10_000;
const OUTAGE_P95_BUDGET_MS = 1_500;

/**
 * PostgreSQL killed in `immediate` mode (every backend gone at once, crash recovery on the next start) while
 * writers create sessions, a reader reads one and a monitor polls /api/health. The API must stay up, answer
 * 503 quickly while the database is away, serve again within 10 s of the database's return without being
 * restarted, and keep every write it acknowledged.
 */
describe('PostgreSQL restarted (immediate mode) under load', () => {
  let pg: PrivatePostgres;
  let t: TestApp;
  let w: World;
  let base: string;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    t = await startTestApp({}, pg.url);
    w = await buildWorld(t);
    const address = t.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await pg?.destroy();
  });

  it('stays up, answers 503 fast while the database is away, recovers within 10 s and loses no acknowledged write', async () => {
    const samples: Sample[] = [];
    let running = true;
    const cookie = w.cookies.convener!;
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();

    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        samples.push(
          await timedFetch('write', `${base}/api/networks/${w.network.id}/sessions`, {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/json' },
            body: JSON.stringify({
              title: `Load ${n}-${i}`,
              startsAt,
              timeZone: 'Africa/Kigali',
              durationMinutes: 60,
            }),
          }),
        );
        await sleep(20);
      }
    };
    const reader = async () => {
      while (running) {
        samples.push(
          await timedFetch('read', `${base}/api/sessions/${w.session.id}`, { headers: { cookie } }),
        );
        await sleep(20);
      }
    };
    const monitor = async () => {
      while (running) {
        samples.push(await timedFetch('health', `${base}/api/health`));
        await sleep(100);
      }
    };
    const load = [...Array.from({ length: WRITERS }, (_, n) => writer(n)), reader(), monitor()];

    await sleep(STEADY_MS);
    const crashAt = Date.now();
    await pg.stop('immediate');
    const downAt = Date.now();
    await sleep(OUTAGE_MS / 2);
    const unrouted = await timedFetch('unrouted', `${base}/api/no-such-route`);
    await sleep(OUTAGE_MS / 2);
    const restartAt = Date.now();
    const accepting = firstConnection(pg.url);
    await pg.start();
    const pgCtlDoneAt = Date.now();
    const upAt = await accepting;
    await sleep(AFTER_MS);
    running = false;
    await Promise.all(load);

    // The process kept serving: still listening, and a route that needs no database answered during the outage.
    expect(t.app.getHttpServer().listening).toBe(true);
    expect(unrouted.status).toBe(404);

    // Every request got an HTTP answer, and every failure was a 503 (never a 500, a 401 or a hang).
    const failures = samples.filter((s) => s.status !== 200 && s.status !== 201);
    expect(failures.filter((s) => s.status !== 503)).toEqual([]);

    // While the database was away (the whole request inside the outage): 503s in the public error shape, fast.
    const outage = samples.filter((s) => s.start >= downAt && s.end <= restartAt);
    expect(outage.length).toBeGreaterThanOrEqual(20);
    for (const s of outage) {
      expect(s.status).toBe(503);
      if (s.kind === 'health') {
        expect(s.body).toMatchObject({ status: 'unavailable', parts: { database: 'down' } });
      } else {
        expect(s.body).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'database_unavailable',
          message: expect.any(String),
        });
        expect(s.retryAfter).toBe('5');
      }
    }
    expect(outage.some((s) => s.kind === 'health')).toBe(true);
    const outageP95 = percentile(durations(outage), 95);

    // Recovery: the moment from which every request succeeded, measured from the database accepting connections
    // again (a direct connection, polled every 25 ms), crash recovery included in the outage, not in this figure.
    const afterRestart = samples
      .filter((s) => s.start >= restartAt)
      .sort((a, b) => a.start - b.start);
    const lastFailure = afterRestart.reduce(
      (index, s, i) => (s.status >= 400 || s.status === 0 ? i : index),
      -1,
    );
    const recovered = afterRestart.slice(lastFailure + 1);
    expect(recovered.filter((s) => s.kind === 'write').length).toBeGreaterThan(10);
    expect(recovered.filter((s) => s.kind === 'health').length).toBeGreaterThan(10);
    const recoveredAt = recovered[0]!.start;
    const recoveryMs = Math.max(0, recoveredAt - upAt);
    const firstWriteBack = afterRestart.find((s) => s.kind === 'write' && s.status === 201);
    const lastWriteBefore = samples
      .filter((s) => s.kind === 'write' && s.status === 201 && s.end <= downAt)
      .sort((a, b) => b.end - a.end)[0];

    // No acknowledged write was lost: every 201's session is in the database after crash recovery.
    const acknowledged = samples
      .filter((s) => s.kind === 'write' && s.status === 201)
      .map((s) => (s.body as { id: string }).id);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    const refused = samples.filter((s) => s.kind === 'write' && s.status !== 201).length;
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    let stored: number;
    let loadRows: number;
    try {
      stored = (
        await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM sessions WHERE id = ANY($1::uuid[])',
          [acknowledged],
        )
      ).rows[0]!.n;
      loadRows = (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sessions WHERE network_id = $1 AND title LIKE 'Load %'`,
          [w.network.id],
        )
      ).rows[0]!.n;
    } finally {
      await client.end();
    }

    report('postgres-restart', {
      requests: samples.length,
      statuses: statusCounts(samples),
      stopImmediateMs: downAt - crashAt,
      databaseDownMs: upAt - downAt,
      pgStartToAcceptingMs: upAt - restartAt,
      pgCtlStartReturnedMs: pgCtlDoneAt - restartAt,
      outageRequests: outage.length,
      outageLatencyMs: {
        p50: percentile(durations(outage), 50),
        p95: outageP95,
        max: Math.max(...durations(outage)),
      },
      inFlightAtCrash: statusCounts(samples.filter((s) => s.start < downAt && s.end > crashAt)),
      recoveryAfterDatabaseUpMs: recoveryMs,
      recoveredAtMinusDatabaseUpMs: recoveredAt - upAt,
      firstWriteBackAfterDatabaseUpMs: firstWriteBack ? firstWriteBack.end - upAt : null,
      writeGapMs:
        firstWriteBack && lastWriteBefore ? firstWriteBack.end - lastWriteBefore.end : null,
      acknowledgedWrites: acknowledged.length,
      acknowledgedFound: stored,
      refusedWrites: refused,
      loadRowsInDatabase: loadRows,
      storedButNotAcknowledged: loadRows - acknowledged.length,
    });

    expect(outageP95).toBeLessThan(OUTAGE_P95_BUDGET_MS);
    expect(recoveryMs).toBeLessThan(RECOVERY_BUDGET_MS);
    expect(stored).toBe(acknowledged.length);
  });
});

/** When a direct connection to the database first succeeds, polling every 25 ms (for up to 60 s). */
async function firstConnection(url: string): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return Date.now();
    } catch {
      await sleep(25);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error('The private PostgreSQL did not accept connections within 60 s of starting.');
}
