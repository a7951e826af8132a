import request from 'supertest';
import { decodeQuotedPrintable, messagesTo, newOutboxDir } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const inDays = (days: number, hourUtc = 12) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};

describe('sessions and agendas', () => {
  let t: TestApp;
  let w: World;
  let outbox: string;
  const as = (caller: 'convener' | 'member' | 'observer' | 'admin' | 'outsider') =>
    request.agent(t.app.getHttpServer()).set('Cookie', w.cookies[caller]!);
  const newSession = async (overrides: Record<string, unknown> = {}) =>
    (
      await as('convener')
        .post(`/api/networks/${w.network.id}/sessions`)
        .send({
          title: 'Pharmacy walkthrough',
          startsAt: inDays(3),
          timeZone: 'Africa/Kigali',
          durationMinutes: 60,
          ...overrides,
        })
        .expect(201)
    ).body;

  beforeAll(async () => {
    outbox = newOutboxDir();
    t = await startTestApp({ OUTBOX_DIR: outbox });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('creates sessions, lists upcoming and past ones, and suggests topics', async () => {
    const upcoming = await newSession({ topics: ['Supply chain', 'supply chain', 'Stock cards'] });
    expect(upcoming).toMatchObject({
      status: 'scheduled',
      sequence: 0,
      topics: ['supply chain', 'Stock cards'],
      agenda: [],
      overrunMinutes: 0,
    });
    const past = await newSession({
      title: 'Held in 2012',
      startsAt: '2012-05-10T08:00:00Z',
      status: 'ended',
      topics: ['Stock cards'],
    });
    const list = await as('observer').get(`/api/networks/${w.network.id}/sessions`).expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(upcoming.id);
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(past.id);
    const pastList = await as('member')
      .get(`/api/networks/${w.network.id}/sessions?when=past`)
      .expect(200);
    expect(pastList.body.items[0].id).toBe(past.id);
    const byTopic = await as('member')
      .get(`/api/networks/${w.network.id}/sessions?when=all&topic=STOCK%20CARDS`)
      .expect(200);
    expect(byTopic.body.items.map((s: { id: string }) => s.id).sort()).toEqual(
      [upcoming.id, past.id].sort(),
    );
    const topics = await as('member').get(`/api/networks/${w.network.id}/topics`).expect(200);
    expect(topics.body.items[0]).toEqual({ topic: 'Stock cards', count: 2 });
  });

  it('refuses bad sessions with field errors', async () => {
    const response = await as('convener')
      .post(`/api/networks/${w.network.id}/sessions`)
      .send({ title: '', startsAt: 'tomorrow', timeZone: 'Europe/Atlantis', durationMinutes: 600 })
      .expect(400);
    expect(response.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'durationMinutes',
      'startsAt',
      'timeZone',
      'title',
    ]);
    const future = await as('convener')
      .post(`/api/networks/${w.network.id}/sessions`)
      .send({
        title: 'Not yet',
        startsAt: inDays(2),
        timeZone: 'UTC',
        durationMinutes: 60,
        status: 'ended',
      })
      .expect(400);
    expect(future.body.fields[0]).toMatchObject({ path: 'startsAt', code: 'must_be_past' });
  });

  it('replaces the agenda atomically, with planned starts, presenters and the overrun', async () => {
    const session = await newSession();
    const put = (items: unknown[]) =>
      as('convener').put(`/api/sessions/${session.id}/agenda`).send({ items });
    const first = await put([
      { title: 'Welcome', kind: 'presentation', minutes: 10, presenterIds: [w.users.convener.id] },
      {
        title: 'Pharmacy walkthrough',
        kind: 'walkthrough',
        minutes: 40,
        presenterDelegationIds: [w.delegation.id],
      },
      { title: 'Questions', kind: 'qa', minutes: 20 },
    ]).expect(200);
    expect(first.body.agendaMinutes).toBe(70);
    expect(first.body.overrunMinutes).toBe(10);
    expect(first.body.sequence).toBe(1);
    const [welcome, walk, questions] = first.body.agenda;
    expect(walk.plannedStart).toBe(
      new Date(new Date(session.startsAt).getTime() + 10 * 60_000).toISOString(),
    );
    expect(welcome.presenters).toEqual([
      expect.objectContaining({ kind: 'member', userId: w.users.convener.id }),
    ]);
    expect(walk.presenters).toEqual([
      {
        kind: 'delegation',
        delegationId: w.delegation.id,
        countryCode: 'NA',
        organization: 'Ministry of Health',
      },
    ]);

    const reordered = await put(
      [
        {
          ...questions,
          presenters: undefined,
          plannedStart: undefined,
          position: undefined,
          minutes: 10,
        },
        { id: welcome.id, title: 'Welcome', kind: 'presentation', minutes: 10 },
        { id: walk.id, title: 'Walkthrough', kind: 'walkthrough', minutes: 40 },
      ].map(({ presenters: _p, plannedStart: _s, position: _n, ...rest }) => rest),
    ).expect(200);
    expect(reordered.body.agenda.map((i: { id: string }) => i.id)).toEqual([
      questions.id,
      welcome.id,
      walk.id,
    ]);
    expect(reordered.body.overrunMinutes).toBe(0);

    const before = (await as('member').get(`/api/sessions/${session.id}`).expect(200)).body.agenda;
    const duplicate = await put([
      { id: welcome.id, title: 'A', kind: 'qa', minutes: 5 },
      { id: welcome.id, title: 'B', kind: 'qa', minutes: 5 },
    ]).expect(400);
    expect(duplicate.body.fields).toEqual([
      expect.objectContaining({ path: 'items.1.id', code: 'duplicate' }),
    ]);
    const foreign = await put([
      {
        title: 'Guest',
        kind: 'panel',
        minutes: 5,
        presenterIds: [w.users.outsider.id],
        presenterDelegationIds: [w.otherDelegation.id],
      },
      { id: '00000000-0000-4000-8000-000000000000', title: 'Ghost', kind: 'qa', minutes: 5 },
    ]).expect(400);
    expect(
      foreign.body.fields.map((f: { path: string; code: string }) => `${f.path} ${f.code}`),
    ).toEqual([
      'items.0.presenterIds.0 not_in_network',
      'items.0.presenterDelegationIds.0 not_in_network',
      'items.1.id not_in_session',
    ]);
    expect((await as('member').get(`/api/sessions/${session.id}`).expect(200)).body.agenda).toEqual(
      before,
    );
    await as('member').put(`/api/sessions/${session.id}/agenda`).send({ items: [] }).expect(403);
  });

  it('reschedules with visible history and e-mails members; a cancelled session is final', async () => {
    const session = await newSession({ title: `Moving ${Date.now()}` });
    const moved = await as('convener')
      .patch(`/api/sessions/${session.id}`)
      .send({ startsAt: inDays(5, 14) })
      .expect(200);
    expect(moved.body.history).toEqual([
      expect.objectContaining({
        kind: 'rescheduled',
        fromStartsAt: session.startsAt,
        toStartsAt: inDays(5, 14),
        by: w.users.convener.displayName,
      }),
    ]);
    expect(moved.body.sequence).toBe(1);
    await waitFor(() =>
      messagesTo(outbox, w.users.member.email).some((m) =>
        decodeQuotedPrintable(m).includes(`Moved: ${session.title}`),
      ),
    );

    const cancelled = await as('convener')
      .patch(`/api/sessions/${session.id}`)
      .send({ status: 'cancelled' })
      .expect(200);
    expect(cancelled.body.history.at(-1)).toMatchObject({ kind: 'cancelled', status: 'cancelled' });
    await waitFor(() =>
      messagesTo(outbox, w.users.observer.email).some((m) =>
        decodeQuotedPrintable(m).includes(`Cancelled: ${session.title}`),
      ),
    );
    const edit = await as('convener')
      .patch(`/api/sessions/${session.id}`)
      .send({ title: 'Revived' })
      .expect(409);
    expect(edit.body.code).toBe('session_cancelled');
    await as('convener').put(`/api/sessions/${session.id}/agenda`).send({ items: [] }).expect(409);
  });

  it('moves through the statuses a convener may set, and keeps an ended agenda editable', async () => {
    const session = await newSession({
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    });
    await as('convener').patch(`/api/sessions/${session.id}`).send({ status: 'live' }).expect(200);
    const invalid = await as('convener')
      .patch(`/api/sessions/${session.id}`)
      .send({ status: 'cancelled' })
      .expect(409);
    expect(invalid.body.code).toBe('invalid_status_change');
    await as('convener').patch(`/api/sessions/${session.id}`).send({ status: 'ended' }).expect(200);
    await as('convener')
      .put(`/api/sessions/${session.id}/agenda`)
      .send({ items: [{ title: 'What actually ran', kind: 'discussion', minutes: 50 }] })
      .expect(200);
    const future = await newSession();
    expect(
      (
        await as('convener')
          .patch(`/api/sessions/${future.id}`)
          .send({ status: 'ended' })
          .expect(409)
      ).body.code,
    ).toBe('invalid_status_change');
  });

  it('treats another network’s session as unknown (identifier swap)', async () => {
    await as('convener').get(`/api/sessions/${w.otherSession.id}`).expect(404);
    await as('convener')
      .patch(`/api/sessions/${w.otherSession.id}`)
      .send({ title: 'Mine now' })
      .expect(404);
    await as('outsider').get(`/api/sessions/${w.session.id}`).expect(404);
    await as('convener').get('/api/sessions/not-a-uuid').expect(404);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the condition.');
    await new Promise((r) => setTimeout(r, 50));
  }
}
