import fc from 'fast-check';
import request from 'supertest';
import { liveEventSchemas, type LiveAck } from '@praxis/contracts';
import { connected, liveClient } from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

/** Random JSON, deeply nested and large, with prototype-polluting keys mixed in. */
const hostileJson = (maxString: number) =>
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.string({ minLength: 1000, maxLength: maxString }),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            '__proto__',
            'constructor',
            'prototype',
            'email',
            'password',
            'title',
            'items',
            'sessionId',
          ),
        ),
        tie('value'),
        { maxKeys: 6 },
      ),
    ),
  })).value;

const deep = (depth: number): unknown =>
  depth === 0 ? 'bottom' : { __proto__: { polluted: true }, nested: deep(depth - 1) };

describe('hostile input (fast-check): only 4xx, never a 5xx or a crash', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const routes = () =>
    [
      ['post', '/api/auth/login'],
      ['patch', '/api/account'],
      ['post', '/api/account/password'],
      ['post', '/api/auth/password-reset'],
      ['post', '/api/networks'],
      ['patch', `/api/networks/${w.network.id}`],
      ['post', `/api/networks/${w.network.id}/delegations`],
      ['patch', `/api/networks/${w.network.id}/delegations/${w.delegation.id}`],
      ['patch', `/api/networks/${w.network.id}/members/${w.users.member.id}`],
      ['post', `/api/networks/${w.network.id}/invitations`],
      ['post', `/api/invitations/${'x'.repeat(43)}/accept`],
      ['post', `/api/networks/${w.network.id}/sessions`],
      ['patch', `/api/sessions/${w.session.id}`],
      ['put', `/api/sessions/${w.session.id}/agenda`],
      ['post', `/api/sessions/${w.session.id}/proceedings`],
      ['post', `/api/sessions/${w.session.id}/moderation`],
      ['patch', `/api/admin/users/${w.users.member.id}`],
    ] as const;

  it('answers every REST body with a 4xx (or a success), and Object.prototype stays clean', async () => {
    const admin = request.agent(t.app.getHttpServer()).set('Cookie', w.cookies.admin!);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes()),
        hostileJson(20_000),
        async ([method, path], body) => {
          const response = await admin[method](path)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400)
            expect(response.body).toMatchObject({
              statusCode: response.status,
              code: expect.any(String),
            });
        },
      ),
      { numRuns: 150 },
    );
    for (const [method, path] of routes()) {
      const response = await admin[method](path)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(deep(200)));
      expect(response.status).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await admin.get('/api/health').expect(200);
  });

  it('answers every socket event payload with an acknowledgement, never a crash or a broadcast', async () => {
    const client = liveClient(t, w.cookies.member);
    const watcher = liveClient(t, w.cookies.observer);
    await Promise.all([connected(client), connected(watcher)]);
    const emit = (socket: typeof client, event: string, payload: unknown) =>
      new Promise<LiveAck<unknown>>((resolve) =>
        (
          socket as unknown as {
            emit(e: string, p: unknown, a: (r: LiveAck<unknown>) => void): void;
          }
        ).emit(event, payload, resolve),
      );
    await t.dataSource.query('UPDATE sessions SET starts_at = now() WHERE id = $1', [w.session.id]);
    expect((await emit(watcher, 'session:join', { sessionId: w.session.id })).ok).toBe(true);
    let broadcasts = 0;
    watcher.onAny(() => (broadcasts += 1));
    // Every event a client may send, from the shared contracts: a new event is covered without a change here.
    const events = Object.keys(liveEventSchemas);
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...events), hostileJson(3_000), async (event, payload) => {
          const ack = await emit(client, event, payload);
          expect(ack.ok).toBe(false);
          if (!ack.ok)
            expect(['validation_failed', 'not_found', 'not_in_session', 'forbidden']).toContain(
              ack.code,
            );
        }),
        { numRuns: 150 },
      );
      expect(broadcasts).toBe(0);
      expect(client.connected).toBe(true);
      // Past the payload limit the server closes the connection instead of parsing it.
      const closed = new Promise<string>((resolve) => client.once('disconnect', resolve));
      (client as unknown as { emit(e: string, p: unknown): void }).emit('chat:send', {
        sessionId: w.session.id,
        text: 'x'.repeat(100_000),
      });
      expect(await closed).toMatch(/transport (close|error)/);
    } finally {
      client.disconnect();
      watcher.disconnect();
    }
    await t.http.get('/api/health').expect(200);
  });
});
