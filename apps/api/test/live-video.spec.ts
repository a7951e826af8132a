import { createHash } from 'node:crypto';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import request from 'supertest';
import { Session } from '../src/sessions/entities/session.entity';
import { startRoomServiceStandIn } from './support/room-service-stand-in';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const KEY = 'praxis-test-key';
const SECRET = 'praxis-test-secret-that-is-long-enough';

/** A webhook signed the way LiveKit signs them: a JWT carrying the body's sha256. */
async function signedWebhook(body: object, secret = SECRET) {
  const raw = JSON.stringify(body);
  const token = new AccessToken(KEY, secret);
  token.sha256 = createHash('sha256').update(raw).digest('base64');
  return { raw, authorization: await token.toJwt() };
}

describe('LiveKit video (tokens checked with TokenVerifier; room service via a local stand-in)', () => {
  let t: TestApp;
  let w: World;
  let standIn: Awaited<ReturnType<typeof startRoomServiceStandIn>>;
  const as = (caller: 'convener' | 'member' | 'observer' | 'admin') =>
    request.agent(t.app.getHttpServer()).set('Cookie', w.cookies[caller]!);
  const verifier = new TokenVerifier(KEY, SECRET);

  beforeAll(async () => {
    standIn = await startRoomServiceStandIn();
    t = await startTestApp({
      LIVEKIT_URL: 'ws://127.0.0.1:7880',
      LIVEKIT_API_URL: standIn.url,
      LIVEKIT_API_KEY: KEY,
      LIVEKIT_API_SECRET: SECRET,
    });
    w = await buildWorld(t);
    await t.dataSource
      .getRepository(Session)
      .update({ id: w.session.id }, { startsAt: new Date(Date.now() + 5 * 60_000) });
  });
  afterAll(async () => {
    await t.close();
    await standIn.close();
  });

  it('mints short-lived tokens with every grant set from the caller’s role', async () => {
    const grantsOf = async (caller: 'convener' | 'member' | 'observer') => {
      const { body } = await as(caller).post(`/api/sessions/${w.session.id}/join`).expect(200);
      expect(body).toMatchObject({
        serverUrl: 'ws://127.0.0.1:7880',
        room: `session-${w.session.id}`,
      });
      const claims = await verifier.verify(body.token);
      expect(claims.sub).toBe(body.identity);
      expect(body.identity).toMatch(/^p-[\w-]{22}$/);
      expect(body.identity).not.toContain(w.users[caller].email);
      expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(600);
      expect(claims.name).toBe(w.users[caller].displayName);
      expect(JSON.parse(claims.metadata!)).toMatchObject({ userId: w.users[caller].id });
      return claims.video!;
    };
    const observer = await grantsOf('observer');
    expect(observer).toMatchObject({
      room: `session-${w.session.id}`,
      roomJoin: true,
      canSubscribe: true,
      canPublish: false,
      canPublishData: false,
      roomAdmin: false,
      roomCreate: false,
      hidden: false,
    });
    const member = await grantsOf('member');
    expect(member).toMatchObject({ canPublish: true, canPublishData: true, roomAdmin: false });
    expect(member.canPublishSources).toEqual(['camera', 'microphone']);
    const convener = await grantsOf('convener');
    expect(convener).toMatchObject({ canPublish: true, roomAdmin: true });
    expect(convener.canPublishSources).toEqual([
      'camera',
      'microphone',
      'screen_share',
      'screen_share_audio',
    ]);
  });

  it('lets the presenters of the live agenda item share their screen, and a convener let an observer present', async () => {
    const put = await as('convener')
      .put(`/api/sessions/${w.session.id}/agenda`)
      .send({
        items: [
          {
            title: 'Pharmacy walkthrough',
            kind: 'walkthrough',
            minutes: 30,
            presenterDelegationIds: [w.delegation.id],
          },
        ],
      })
      .expect(200);
    await t.dataSource
      .getRepository(Session)
      .update(
        { id: w.session.id },
        { currentItemId: put.body.agenda[0].id, currentItemStartedAt: new Date() },
      );
    const member = await as('member').post(`/api/sessions/${w.session.id}/join`).expect(200);
    expect((await verifier.verify(member.body.token)).video!.canPublishSources).toContain(
      'screen_share',
    );

    standIn.calls.length = 0;
    const allowed = await as('convener')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'allowPresenting', userId: w.users.observer.id })
      .expect(200);
    expect(allowed.body).toEqual({ appliedToVideo: true });
    const update = standIn.calls.find((c) => c.method === 'UpdateParticipant')!;
    expect(update.body).toMatchObject({
      room: `session-${w.session.id}`,
      permission: expect.objectContaining({ canPublish: true }),
    });
    const observer = await as('observer').post(`/api/sessions/${w.session.id}/join`).expect(200);
    expect((await verifier.verify(observer.body.token)).video).toMatchObject({ canPublish: true });
    await as('convener')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'stopPresenting', userId: w.users.observer.id })
      .expect(200);
    const again = await as('observer').post(`/api/sessions/${w.session.id}/join`).expect(200);
    expect((await verifier.verify(again.body.token)).video).toMatchObject({ canPublish: false });
  });

  it('sends mute and remove to the room service and records every action', async () => {
    standIn.calls.length = 0;
    await as('convener')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'mute', userId: w.users.member.id })
      .expect(200);
    await as('convener')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'remove', userId: w.users.member.id })
      .expect(200);
    expect(standIn.calls.map((c) => c.method)).toEqual([
      'GetParticipant',
      'MutePublishedTrack',
      'MutePublishedTrack',
      'RemoveParticipant',
    ]);
    expect(standIn.calls[3]!.body).toMatchObject({
      room: `session-${w.session.id}`,
      identity: expect.stringMatching(/^p-/),
    });
    await as('member')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'remove', userId: w.users.convener.id })
      .expect(403);
    await as('convener')
      .post(`/api/sessions/${w.session.id}/moderation`)
      .send({ action: 'remove', userId: w.users.outsider.id })
      .expect(404);
    const records = await t.dataSource.query(
      'SELECT action, applied_to_video FROM moderation_records WHERE session_id = $1 ORDER BY at',
      [w.session.id],
    );
    expect(records.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['allowPresenting', 'stopPresenting', 'mute', 'remove']),
    );
  });

  it('refuses joining too early and after the end', async () => {
    const early = await t.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: 'Later',
      startsAt: new Date(Date.now() + 3600_000),
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect((await as('member').post(`/api/sessions/${early.id}/join`).expect(409)).body.code).toBe(
      'join_too_early',
    );
    const over = await t.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: 'Over',
      startsAt: new Date(Date.now() - 3 * 3600_000),
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect((await as('member').post(`/api/sessions/${over.id}/join`).expect(409)).body.code).toBe(
      'session_over',
    );
  });

  it('limits how often one person asks for a video token', async () => {
    const person = await w.newMember('observer');
    const { AuthSessionsService } = jest.requireActual<
      typeof import('../src/auth/auth-sessions.service')
    >('../src/auth/auth-sessions.service');
    const agent = request
      .agent(t.app.getHttpServer())
      .set('Cookie', `praxis_session=${await t.app.get(AuthSessionsService).start(person.id)}`);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push((await agent.post(`/api/sessions/${w.session.id}/join`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  describe('webhooks', () => {
    let identity: string;
    const event = (id: string, kind: string, createdAt: number) => ({
      id,
      event: kind,
      createdAt: String(createdAt),
      room: { name: `session-${w.session.id}` },
      participant: { identity },
    });
    const post = async (body: object, secret?: string) => {
      const { raw, authorization } = await signedWebhook(body, secret);
      return t.http
        .post('/api/livekit/webhook')
        .set('Content-Type', 'application/webhook+json')
        .set('Authorization', authorization)
        .send(raw);
    };
    const videoIntervals = () =>
      t.dataSource.query(
        `SELECT joined_at, left_at, country_code FROM attendance WHERE session_id = $1 AND user_id = $2 AND source = 'video' ORDER BY joined_at NULLS LAST`,
        [w.session.id, w.users.member.id],
      );

    beforeAll(async () => {
      identity = (await as('member').post(`/api/sessions/${w.session.id}/join`).expect(200)).body
        .identity;
    });

    it('refuses forged webhooks', async () => {
      expect(
        (
          await post(
            event('EV_forged', 'participant_joined', 1_900_000_000),
            'not-the-secret-at-all-not-the-secret',
          )
        ).status,
      ).toBe(401);
      await t.http
        .post('/api/livekit/webhook')
        .set('Content-Type', 'application/webhook+json')
        .send(JSON.stringify(event('EV_unsigned', 'participant_joined', 1)))
        .expect(401);
      expect(await videoIntervals()).toEqual([]);
    });

    it('turns joins and leaves into intervals, ignores replays, and copes with out-of-order events', async () => {
      expect((await post(event('EV_1', 'participant_joined', 1_900_000_000))).body).toEqual({
        handled: true,
      });
      expect((await post(event('EV_1', 'participant_joined', 1_900_000_000))).body).toEqual({
        handled: false,
      });
      expect((await post(event('EV_2', 'participant_left', 1_900_000_600))).status).toBe(200);
      // The second visit's "left" arrives before its "joined".
      expect((await post(event('EV_4', 'participant_left', 1_900_001_800))).status).toBe(200);
      expect((await post(event('EV_3', 'participant_joined', 1_900_001_200))).status).toBe(200);
      const rows = await videoIntervals();
      expect(
        rows.map((r: { joined_at: Date; left_at: Date }) => [
          r.joined_at.getTime() / 1000,
          r.left_at.getTime() / 1000,
        ]),
      ).toEqual([
        [1_900_000_000, 1_900_000_600],
        [1_900_001_200, 1_900_001_800],
      ]);
      expect(rows[0].country_code).toBe('NA');
    });

    it('closes open intervals when the room finishes', async () => {
      expect((await post(event('EV_5', 'participant_joined', 1_900_002_000))).status).toBe(200);
      expect(
        (
          await post({
            id: 'EV_6',
            event: 'room_finished',
            createdAt: '1900002500',
            room: { name: `session-${w.session.id}` },
          })
        ).status,
      ).toBe(200);
      const rows = await videoIntervals();
      expect(rows.at(-1).left_at.getTime() / 1000).toBe(1_900_002_500);
    });
  });
});
