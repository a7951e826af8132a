import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { connected, liveClient, type LiveClient } from '../test/support/live-client';
import { startTestApp, type TestApp } from '../test/support/test-app';
import { buildWorld, type World } from '../test/support/world';
import { sleep } from './support/binaries';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';
import { startPrivateRedis, type PrivateRedis } from './support/private-redis';
import {
  durations,
  percentile,
  report,
  type Sample,
  statusCounts,
  timedFetch,
} from './support/timing';

const OUTAGE_MS = 30_000;
const ACK_TIMEOUT_MS = 5_000;
const RESUME_BUDGET_MS = 10_000;

type Ack = { ok: boolean; code?: string } | 'no ack';

/** Sends a live event and waits for its acknowledgement (or says that none came within 5 s). */
function send(
  client: LiveClient,
  event: string,
  payload: unknown,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no ack'), timeoutMs);
    (client as unknown as { emit(e: string, p: unknown, ack: (r: Ack) => void): void }).emit(
      event,
      payload,
      (result) => {
        clearTimeout(timer);
        resolve(result);
      },
    );
  });
}

const redisPart = (s: Sample) =>
  (s.body as { parts?: { redis?: string } } | null)?.parts?.redis ?? `HTTP ${s.status}`;

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Every chat line a client receives, with when it arrived. */
function inbox(client: LiveClient): Map<string, number> {
  const seen = new Map<string, number>();
  client.on('chat:message', ({ message }) => seen.set(message.text, Date.now()));
  return seen;
}

async function waitUntil(
  condition: () => boolean,
  timeoutMs: number,
  stepMs = 20,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

/**
 * Two API instances share a private Redis (socket.io adapter, rate limits). Redis is killed for 30 s and then
 * started again, empty, on the same port: neither instance may crash, REST and chat within one instance keep
 * working while /api/health says Redis is down, and chat across instances resumes once Redis is back.
 */
describe('Redis stopped for 30 s under two API instances', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  let w: World;
  const clients: LiveClient[] = [];
  const base = (t: TestApp) =>
    `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    redis = await startPrivateRedis();
    a = await startTestApp({ REDIS_URL: redis.url }, pg.url);
    b = await startTestApp({ REDIS_URL: redis.url }, pg.url);
    w = await buildWorld(a);
    await a.dataSource.query('UPDATE sessions SET starts_at = now() WHERE id = $1', [w.session.id]);
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await a?.close().catch(() => undefined);
    await b?.close().catch(() => undefined);
    await redis?.destroy();
    await pg?.destroy();
  });

  it('keeps both instances serving while Redis is away, and resumes cross-instance chat when it returns', async () => {
    const sessions = a.app.get(AuthSessionsService);
    const cookieOf = async (userId: string) => `praxis_session=${await sessions.start(userId)}`;
    const disconnects: string[] = [];
    const open = async (t: TestApp, cookie: string, label: string) => {
      const client = liveClient(t, cookie);
      clients.push(client);
      client.on('disconnect', (reason) => disconnects.push(`${label}: ${reason}`));
      await connected(client);
      expect(await send(client, 'session:join', { sessionId: w.session.id })).toMatchObject({
        ok: true,
      });
      return client;
    };
    // Senders on A take turns, each staying under the chat limit (8 lines per 10 s per person).
    const senders: LiveClient[] = [await open(a, w.cookies.member!, 'member@A')];
    for (let i = 0; i < 3; i++)
      senders.push(await open(a, await cookieOf((await w.newMember()).id), `sender${i}@A`));
    const watcherA = await open(a, w.cookies.convener!, 'convener@A');
    const watcherB = await open(b, w.cookies.observer!, 'observer@B');
    const onA = inbox(watcherA);
    const onB = inbox(watcherB);
    let turn = 0;
    const chat = (text: string) =>
      send(senders[turn++ % senders.length]!, 'chat:send', { sessionId: w.session.id, text });

    // Before: a line sent on A reaches B.
    expect(await chat('before the outage')).toMatchObject({ ok: true });
    expect(await waitUntil(() => onB.has('before the outage'), 5_000)).toBe(true);

    // Redis dies. For 30 s: REST and health on both instances, chat within A, once a second.
    const rest: Sample[] = [];
    const health: Sample[] = [];
    const sameInstance: { text: string; sentAt: number; ack: Ack }[] = [];
    const killedAt = Date.now();
    await redis.kill('SIGKILL');
    for (let i = 0; Date.now() - killedAt < OUTAGE_MS; i++) {
      const tick = Date.now();
      for (const t of [a, b]) {
        rest.push(
          await timedFetch('rest', `${base(t)}/api/sessions/${w.session.id}`, {
            headers: { cookie: w.cookies.member! },
          }),
        );
        health.push(await timedFetch('health', `${base(t)}/api/health`));
      }
      const text = `during ${i}`;
      sameInstance.push({ text, sentAt: Date.now(), ack: await chat(text) });
      await sleep(Math.max(0, 1_000 - (Date.now() - tick)));
    }
    // Redis returns, empty, on the same port. A probe line every 400 ms until one sent after the restart reaches B.
    const restartAt = Date.now();
    await redis.start();
    const redisUpAt = Date.now();
    const probes: { text: string; sentAt: number; ack: Ack }[] = [];
    let resumedAt: number | undefined;
    for (let i = 0; Date.now() - restartAt < 20_000; i++) {
      const text = `after ${i}`;
      probes.push({ text, sentAt: Date.now(), ack: await chat(text) });
      const delivered = probes.filter((p) => onB.has(p.text));
      if (delivered.length > 0) {
        resumedAt = Math.min(...delivered.map((p) => onB.get(p.text)!));
        break;
      }
      await sleep(400);
    }
    // …and stays resumed: the next three lines all arrive.
    const steady: string[] = [];
    for (let i = 0; i < 3; i++) {
      steady.push(`steady ${i}`);
      await chat(`steady ${i}`);
      await sleep(400);
    }
    await waitUntil(() => steady.every((s) => onB.has(s)), 5_000);
    // Health on both instances says Redis is up again (each instance's own connection reconnects on its own).
    let healthAfter: Sample[] = [];
    for (const deadline = Date.now() + RESUME_BUDGET_MS; Date.now() < deadline; await sleep(100)) {
      healthAfter = await Promise.all(
        [a, b].map((t) => timedFetch('health', `${base(t)}/api/health`)),
      );
      if (healthAfter.every((s) => redisPart(s) === 'up')) break;
    }
    const healthUpAt = Math.max(...healthAfter.map((s) => s.end));

    const crossDuring = sameInstance.filter((m) => onB.has(m.text));
    const sameLatency = sameInstance
      .filter((m) => onA.has(m.text))
      .map((m) => onA.get(m.text)! - m.sentAt);
    const healthDown = health.filter((s) => s.start >= killedAt + 1_000);
    report('redis-outage', {
      outageMs: restartAt - killedAt,
      redisStartMs: redisUpAt - restartAt,
      restStatuses: statusCounts(rest),
      restLatencyMs: {
        p50: percentile(durations(rest), 50),
        p95: percentile(durations(rest), 95),
        max: Math.max(...durations(rest)),
      },
      healthStatuses: statusCounts(health),
      healthRedisParts: countBy(health.map(redisPart)),
      healthLatencyMs: {
        p95: percentile(durations(health), 95),
        max: Math.max(...durations(health)),
      },
      sameInstanceChats: sameInstance.length,
      sameInstanceAcked: sameInstance.filter((m) => typeof m.ack === 'object' && m.ack.ok).length,
      sameInstanceDelivered: sameLatency.length,
      sameInstanceLatencyMs: {
        p50: percentile(sameLatency, 50),
        p95: percentile(sameLatency, 95),
        max: Math.max(...sameLatency),
      },
      outageLinesReachingBEventually: crossDuring.length,
      outageLinesLastReachedBAfterRedisReadyMs: crossDuring.length
        ? Math.max(...crossDuring.map((m) => onB.get(m.text)!)) - redisUpAt
        : null,
      crossInstanceResumedAfterRedisStartMs: resumedAt === undefined ? null : resumedAt - restartAt,
      crossInstanceResumedAfterRedisReadyMs: resumedAt === undefined ? null : resumedAt - redisUpAt,
      probesUntilResumed: probes.length,
      steadyDelivered: steady.filter((s) => onB.has(s)).length,
      healthAfter: healthAfter.map(redisPart),
      healthUpAfterRedisReadyMs: healthUpAt - redisUpAt,
      disconnects,
    });

    // No crash: both instances still listen and no live client was dropped.
    expect(a.app.getHttpServer().listening).toBe(true);
    expect(b.app.getHttpServer().listening).toBe(true);
    expect(disconnects).toEqual([]);
    // REST kept working on both instances; health answered 200 and, after the first second, said Redis was down.
    expect(rest.filter((s) => s.status !== 200)).toEqual([]);
    expect(health.filter((s) => s.status !== 200)).toEqual([]);
    expect(healthDown.length).toBeGreaterThan(40);
    for (const s of healthDown)
      expect(s.body).toMatchObject({
        status: 'degraded',
        parts: { database: 'up', redis: 'down' },
      });
    // Chat within A kept working: every line acknowledged and delivered to the other client on A.
    expect(sameInstance.filter((m) => !(typeof m.ack === 'object' && m.ack.ok))).toEqual([]);
    expect(sameLatency.length).toBe(sameInstance.length);
    // Cross-instance chat resumed after the restart, within the budget, and stayed resumed.
    expect(resumedAt).toBeDefined();
    expect(resumedAt! - redisUpAt).toBeLessThan(RESUME_BUDGET_MS);
    expect(steady.filter((s) => !onB.has(s))).toEqual([]);
    expect(healthAfter.map(redisPart)).toEqual(['up', 'up']);
  });

  /**
   * Joining asks every instance who is present (socket.io fetchSockets), which needs Redis; with Redis away
   * the adapter gives up after its 1 s requestsTimeout and the gateway answers from its own sockets.
   */
  it('answers a join while Redis is away, from the instance’s own sockets', async () => {
    // Someone who can join: proven with Redis up (join, then leave), before Redis goes away.
    const newcomer = liveClient(
      a,
      `praxis_session=${await a.app.get(AuthSessionsService).start((await w.newMember()).id)}`,
    );
    clients.push(newcomer);
    await connected(newcomer);
    expect(await send(newcomer, 'session:join', { sessionId: w.session.id })).toMatchObject({
      ok: true,
    });
    expect(await send(newcomer, 'session:leave', { sessionId: w.session.id })).toMatchObject({
      ok: true,
    });
    await redis.kill('SIGKILL');
    await sleep(1_000);
    const joinStart = Date.now();
    let answeredAt: number | undefined;
    const join = send(newcomer, 'session:join', { sessionId: w.session.id }, 30_000).then((ack) => {
      answeredAt = Date.now();
      return ack;
    });
    await waitUntil(() => answeredAt !== undefined, ACK_TIMEOUT_MS);
    const answeredWhileAway = answeredAt !== undefined;
    const restartAt = Date.now();
    await redis.start();
    const ack = await join;
    report('redis-outage-join', {
      answeredWithin5sWhileRedisAway: answeredWhileAway,
      joinAnsweredAfterMs: answeredAt === undefined ? null : answeredAt - joinStart,
      joinAnsweredAfterRedisStartMs: answeredAt === undefined ? null : answeredAt - restartAt,
      ack: typeof ack === 'object' ? { ok: ack.ok, code: ack.code } : ack,
    });
    expect(answeredWhileAway).toBe(true);
    expect(ack).toMatchObject({ ok: true });
    expect(answeredAt! - joinStart).toBeLessThan(5_000);
  });
});
