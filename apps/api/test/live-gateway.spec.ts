import type { LiveAck, LiveSnapshot } from '@praxis/contracts';
import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { AgendaService } from '../src/sessions/agenda.service';
import { PRESENCE_BATCH_MS } from '../src/live/presence-batcher';
import { connected, liveClient, type LiveClient, nextEvent } from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

/** Sends an event and waits for its acknowledgement. */
function send<T = void>(client: LiveClient, event: string, payload: unknown): Promise<LiveAck<T>> {
  return new Promise((resolve) =>
    (client as unknown as { emit(e: string, p: unknown, ack: (r: LiveAck<T>) => void): void }).emit(
      event,
      payload,
      resolve,
    ),
  );
}

describe('live gateway (socket.io /live)', () => {
  let t: TestApp;
  let w: World;
  const clients: LiveClient[] = [];
  const open = async (caller: keyof World['cookies'], options: { origin?: string } = {}) => {
    const client = liveClient(t, w.cookies[caller], options);
    clients.push(client);
    await connected(client);
    return client;
  };
  const joined = async (caller: keyof World['cookies']) => {
    const client = await open(caller);
    const ack = await send(client, 'session:join', { sessionId: w.session.id });
    expect(ack.ok).toBe(true);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    await t.dataSource.query('UPDATE sessions SET starts_at = now() WHERE id = $1', [w.session.id]);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });
  afterAll(() => t.close());

  it('refuses a handshake without a session cookie or from another site', async () => {
    await expect(open('anonymous')).rejects.toThrow('unauthenticated');
    await expect(open('member', { origin: 'https://evil.example' })).rejects.toThrow(
      'forbidden_origin',
    );
  });

  it('keeps people out of sessions of other networks, and out of events for sessions they did not join', async () => {
    const outsider = await open('outsider');
    const refused = await send(outsider, 'session:join', { sessionId: w.session.id });
    expect(refused).toMatchObject({ ok: false, code: 'not_found' });
    const member = await open('member');
    expect(
      await send(member, 'chat:send', { sessionId: w.session.id, text: 'hello' }),
    ).toMatchObject({ ok: false, code: 'not_in_session' });
  });

  it('validates every payload and answers with a clear error, never a broadcast', async () => {
    const member = await joined('member');
    const observer = await joined('observer');
    let broadcasts = 0;
    observer.on('chat:message', () => (broadcasts += 1));
    for (const bad of [
      { sessionId: w.session.id, text: '' },
      { sessionId: w.session.id, text: 'x'.repeat(1001) },
      { sessionId: 'nope', text: 'hi' },
      { sessionId: w.session.id, text: 'hi', userId: w.users.convener.id },
      null,
      'text',
    ]) {
      const ack = await send(member, 'chat:send', bad);
      expect(ack).toMatchObject({ ok: false, code: 'validation_failed' });
    }
    expect(broadcasts).toBe(0);
  });

  it('delivers chat with the sender taken from the connection, history on join, and lets conveners delete', async () => {
    const member = await joined('member');
    const observer = await joined('observer');
    const received = nextEvent(observer, 'chat:message');
    const ack = await send<{ id: string }>(member, 'chat:send', {
      sessionId: w.session.id,
      text: 'Our stock-out rate fell to 4%',
    });
    expect(ack.ok).toBe(true);
    const { message } = await received;
    expect(message).toMatchObject({
      userId: w.users.member.id,
      displayName: w.users.member.displayName,
      countryCode: 'NA',
      text: 'Our stock-out rate fell to 4%',
    });

    const late = await open('convener');
    const snapshot = await send<{ chat: { id: string }[] }>(late, 'session:join', {
      sessionId: w.session.id,
    });
    expect(snapshot.ok && snapshot.data.chat.map((m) => m.id)).toContain(message.id);
    expect(
      await send(member, 'chat:delete', { sessionId: w.session.id, messageId: message.id }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    const deleted = nextEvent(observer, 'chat:deleted');
    expect(
      await send(late, 'chat:delete', { sessionId: w.session.id, messageId: message.id }),
    ).toEqual({ ok: true });
    expect((await deleted).messageId).toBe(message.id);
  });

  it('limits how fast one person can chat', async () => {
    const member = await joined('member');
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(
        await send(member, 'chat:send', { sessionId: w.session.id, text: `flood ${i}` }),
      );
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toContain('too_many_requests');
  });

  it('counts each up-vote once per person and sorts questions by votes', async () => {
    const member = await joined('member');
    const observer = await joined('observer');
    const first = await send<{ id: string }>(member, 'question:ask', {
      sessionId: w.session.id,
      text: 'How do you run consumer advisory boards?',
    });
    const second = await send<{ id: string }>(member, 'question:ask', {
      sessionId: w.session.id,
      text: 'Which stock card template?',
    });
    if (!first.ok || !second.ok) throw new Error('asking failed');
    expect(
      await send(observer, 'question:upvote', {
        sessionId: w.session.id,
        questionId: second.data.id,
      }),
    ).toEqual({ ok: true });
    expect(
      await send(observer, 'question:upvote', {
        sessionId: w.session.id,
        questionId: second.data.id,
      }),
    ).toMatchObject({ ok: false, code: 'already_voted' });
    expect(
      await send(observer, 'question:answer', {
        sessionId: w.session.id,
        questionId: second.data.id,
        answered: true,
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    const convener = await open('convener');
    const snapshot = await send<{ questions: { id: string; votes: number }[] }>(
      convener,
      'session:join',
      { sessionId: w.session.id },
    );
    if (!snapshot.ok) throw new Error('join failed');
    const ours = snapshot.data.questions.filter((q) =>
      [first.data.id, second.data.id].includes(q.id),
    );
    expect(ours.map((q) => [q.id, q.votes])).toEqual([
      [second.data.id, 1],
      [first.data.id, 0],
    ]);
  });

  it('keeps an ordered hand queue; only conveners lower other people’s hands', async () => {
    const member = await joined('member');
    const observer = await joined('observer');
    const convener = await joined('convener');
    await send(observer, 'hand:raise', { sessionId: w.session.id });
    const update = nextEvent(convener, 'hands:update', (p) => p.hands.length === 2);
    await send(member, 'hand:raise', { sessionId: w.session.id });
    expect((await update).hands.map((h) => h.userId)).toEqual([
      w.users.observer.id,
      w.users.member.id,
    ]);
    expect(
      await send(member, 'hand:lower', { sessionId: w.session.id, userId: w.users.observer.id }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await send(convener, 'hand:lower', { sessionId: w.session.id, userId: w.users.observer.id }),
    ).toEqual({ ok: true });
    await send(member, 'hand:lower', { sessionId: w.session.id });
  });

  it('shows presence once per person, however many tabs, grouped by country', async () => {
    const tab1 = await joined('member');
    const watcher = await open('observer');
    const snapshot = await send<LiveSnapshot>(watcher, 'session:join', { sessionId: w.session.id });
    if (!snapshot.ok) throw new Error('join failed');
    expect(
      snapshot.data.presence.participants.filter((p) => p.userId === w.users.member.id),
    ).toHaveLength(1);
    expect(snapshot.data.presence.byCountry).toEqual(
      expect.arrayContaining([{ countryCode: 'NA', count: 1 }]),
    );

    // The member's arrival may still reach the watcher in the batch being gathered (an upsert of someone
    // its snapshot already holds); after that window, a second tab must not announce them again.
    await new Promise((r) => setTimeout(r, PRESENCE_BATCH_MS + 50));
    let joins = 0;
    watcher.on(
      'presence:changed',
      (p) => (joins += p.joined.filter((j) => j.userId === w.users.member.id).length),
    );
    const tab2 = await joined('member');
    const left = nextEvent(watcher, 'presence:changed', (p) => p.left.includes(w.users.member.id));
    tab1.disconnect();
    await new Promise((r) => setTimeout(r, 2 * PRESENCE_BATCH_MS + 100));
    expect(joins).toBe(0);
    tab2.disconnect();
    await left;
    const newcomer = nextEvent(watcher, 'presence:changed', (p) =>
      p.joined.some((j) => j.userId === w.users.convener.id),
    );
    await joined('convener');
    expect((await newcomer).joined.find((j) => j.userId === w.users.convener.id)).toMatchObject({
      role: 'convener',
      displayName: w.users.convener.displayName,
    });
  });

  it('runs the agenda from the convener, and a reconnecting client sees the same item and timer', async () => {
    await t.app.get(AgendaService).replace(w.session.id, [
      {
        title: 'Welcome',
        kind: 'presentation',
        minutes: 5,
        presenterIds: [],
        presenterDelegationIds: [],
        notes: '',
      },
      {
        title: 'Walkthrough',
        kind: 'walkthrough',
        minutes: 30,
        presenterIds: [],
        presenterDelegationIds: [],
        notes: '',
      },
    ]);
    const convener = await joined('convener');
    const member = await joined('member');
    expect(await send(member, 'agenda:start', { sessionId: w.session.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const started = await send<{ currentIndex: number }>(convener, 'agenda:start', {
      sessionId: w.session.id,
    });
    expect(started).toMatchObject({ ok: true, data: { currentIndex: 0 } });
    const moved = nextEvent(member, 'agenda:update', (p) => p.currentIndex === 1);
    await send(convener, 'agenda:advance', { sessionId: w.session.id });
    const state = await moved;
    member.disconnect();
    const again = await open('member');
    const snapshot = await send<{ agenda: unknown; status: string }>(again, 'session:join', {
      sessionId: w.session.id,
    });
    expect(snapshot).toMatchObject({
      ok: true,
      data: {
        status: 'live',
        agenda: {
          currentItemId: state.currentItemId,
          currentIndex: 1,
          itemStartedAt: state.itemStartedAt,
          finished: false,
        },
      },
    });
    const over = await send<{ currentItemId: string | null; finished: boolean }>(
      convener,
      'agenda:advance',
      { sessionId: w.session.id },
    );
    expect(over).toMatchObject({ ok: true, data: { currentItemId: null, finished: true } });
    expect(await send(convener, 'agenda:advance', { sessionId: w.session.id })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await send(convener, 'agenda:back', { sessionId: w.session.id })).toMatchObject({
      ok: true,
      data: { currentIndex: 1, finished: false },
    });
  });

  it('removes a member who loses access during the session within 5 seconds', async () => {
    const target = await w.newMember();
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(target.id)}`;
    const client = liveClient(t, cookie);
    clients.push(client);
    await connected(client);
    expect((await send(client, 'session:join', { sessionId: w.session.id })).ok).toBe(true);
    const revoked = nextEvent(client, 'session:revoked', () => true, 5000);
    const removedAt = Date.now();
    await t.dataSource.query('DELETE FROM memberships WHERE user_id = $1', [target.id]);
    expect(await revoked).toMatchObject({ sessionId: w.session.id, code: 'forbidden' });
    expect(Date.now() - removedAt).toBeLessThan(5000);
    expect(
      await send(client, 'chat:send', { sessionId: w.session.id, text: 'still here?' }),
    ).toMatchObject({ ok: false });
  });

  it('applies a change of role within seconds (a demoted convener can no longer moderate)', async () => {
    const deputy = await w.newMember('convener');
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(deputy.id)}`;
    const client = liveClient(t, cookie);
    clients.push(client);
    await connected(client);
    expect((await send(client, 'session:join', { sessionId: w.session.id })).ok).toBe(true);
    expect(
      await send(client, 'hand:lower', { sessionId: w.session.id, userId: w.users.member.id }),
    ).toEqual({ ok: true });
    await t.dataSource.query(`UPDATE memberships SET role = 'member' WHERE user_id = $1`, [
      deputy.id,
    ]);
    const deadline = Date.now() + 5000;
    let ack = await send(client, 'hand:lower', {
      sessionId: w.session.id,
      userId: w.users.member.id,
    });
    while (ack.ok && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      ack = await send(client, 'hand:lower', {
        sessionId: w.session.id,
        userId: w.users.member.id,
      });
    }
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('records attendance from presence in the room', async () => {
    const rows: { user_id: string; country_code: string | null }[] = await t.dataSource.query(
      `SELECT DISTINCT user_id, country_code FROM attendance WHERE session_id = $1 AND source = 'room'`,
      [w.session.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([{ user_id: w.users.member.id, country_code: 'NA' }]),
    );
  });
});

describe('two API instances sharing Redis', () => {
  it('delivers a chat message sent to instance A to a client of instance B', async () => {
    const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
    const a = await startTestApp({ REDIS_URL: redisUrl });
    const b = await startTestApp({ REDIS_URL: redisUrl });
    const clients: LiveClient[] = [];
    try {
      const w = await buildWorld(a);
      await a.dataSource.query('UPDATE sessions SET starts_at = now() WHERE id = $1', [
        w.session.id,
      ]);
      const onA = liveClient(a, w.cookies.member);
      const onB = liveClient(b, w.cookies.observer);
      clients.push(onA, onB);
      await Promise.all([connected(onA), connected(onB)]);
      await send(onA, 'session:join', { sessionId: w.session.id });
      await send(onB, 'session:join', { sessionId: w.session.id });
      const received = nextEvent(onB, 'chat:message', (p) => p.message.text === 'across instances');
      await new Promise((r) => setTimeout(r, 200));
      expect(
        (await send(onA, 'chat:send', { sessionId: w.session.id, text: 'across instances' })).ok,
      ).toBe(true);
      expect((await received).message.userId).toBe(w.users.member.id);
    } finally {
      for (const c of clients) c.disconnect();
      await a.close();
      await b.close();
    }
  });
});
