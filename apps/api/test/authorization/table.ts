import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { ProceedingsService } from '../../src/proceedings/proceedings.service';
import type { TestApp } from '../support/test-app';
import { CALLERS, type Caller, type World } from '../support/world';

/**
 * The authorization table: every REST route (the LiveKit join and webhook included), identifier swaps,
 * every live-room socket event and the notes WebSocket, × every kind of caller, with the exact outcome of
 * each cell. `authorization-matrix.spec.ts` runs the REST part and `realtime-matrix.spec.ts` the rest;
 * each has a meta-test that fails when a registered route or a `@SubscribeMessage` handler has no row.
 */

// ————— REST —————

type Expectation = Record<Caller, number>;
type Agent = ReturnType<typeof request.agent>;
/** Makes one request as the caller whose cookie the agent carries. */
type Call = (http: Agent, w: World, t: TestApp) => PromiseLike<{ status: number }>;

const everyone = (status: number): Expectation =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Expectation;
const signedIn = (status: number): Expectation => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number): Expectation => ({
  ...everyone(403),
  admin: status,
  anonymous: 401,
});
/** Readers of a members-only network: its admin, convener, member and observer. */
const networkReaders = (status: number): Expectation => ({
  admin: status,
  convener: status,
  member: status,
  observer: status,
  outsider: 404,
  removed: 404,
  anonymous: 401,
});
const networkManagers = (status: number): Expectation => ({
  ...networkReaders(status),
  member: 403,
  observer: 403,
});

const proceedingsOf = new WeakMap<World, Promise<string>>();
/** A members-only proceedings of the world's network (published once, through the real service). */
function membersOnlyProceedings(w: World, app: TestApp): Promise<string> {
  let id = proceedingsOf.get(w);
  if (!id) {
    id = (async () => {
      const [session] = (await app.dataSource.query(
        `INSERT INTO sessions (network_id, title, starts_at, time_zone, duration_minutes, status)
         VALUES ($1, 'Held last week', now() - interval '7 days', 'UTC', 60, 'ended') RETURNING id`,
        [w.network.id],
      )) as { id: string }[];
      const published = await app.app
        .get(ProceedingsService)
        .publish(session!.id, 'members', w.users.convener);
      return published.id;
    })();
    proceedingsOf.set(w, id);
  }
  return id;
}
const proceedingsReaders: Expectation = { ...networkReaders(200), anonymous: 404 };

/** Every REST route × every kind of caller, with the exact status each must get. */
const MATRIX: Record<string, { call: Call; expect: Expectation }> = {
  'GET /api/health': { call: (h) => h.get('/api/health'), expect: everyone(200) },
  'GET /api/health/load': { call: (h) => h.get('/api/health/load'), expect: adminOnly(200) },
  'POST /api/auth/login': {
    call: (h) =>
      h
        .post('/api/auth/login')
        .send({ email: `nobody-${randomUUID()}@example.org`, password: 'wrong-password' }),
    expect: everyone(401),
  },
  'GET /api/auth/me': { call: (h) => h.get('/api/auth/me'), expect: signedIn(200) },
  'PATCH /api/account': {
    call: (h) => h.patch('/api/account').send({ timeZone: 'Africa/Kigali' }),
    expect: signedIn(200),
  },
  'POST /api/account/password': {
    call: (h) =>
      h
        .post('/api/account/password')
        .send({ currentPassword: 'not-it-at-all', newPassword: 'a-new-password-42' }),
    expect: signedIn(400),
  },
  'POST /api/auth/password-reset': {
    call: (h) => h.post('/api/auth/password-reset').send({ email: `${randomUUID()}@example.org` }),
    expect: everyone(202),
  },
  'POST /api/auth/password-reset/:token': {
    call: (h) =>
      h.post(`/api/auth/password-reset/${'x'.repeat(43)}`).send({ password: 'a-new-password-42' }),
    expect: everyone(400),
  },
  'GET /api/admin/users': { call: (h) => h.get('/api/admin/users'), expect: adminOnly(200) },
  'PATCH /api/admin/users/:userId': {
    call: async (h, w) =>
      h.patch(`/api/admin/users/${(await w.newPerson()).id}`).send({ disabled: true }),
    expect: adminOnly(200),
  },
  'GET /api/networks': { call: (h) => h.get('/api/networks'), expect: signedIn(200) },
  'POST /api/networks': {
    call: (h) =>
      h.post('/api/networks').send({ name: 'New network', slug: `n-${randomUUID().slice(0, 8)}` }),
    expect: adminOnly(201),
  },
  'GET /api/networks/:networkId': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}`),
    expect: networkReaders(200),
  },
  'PATCH /api/networks/:networkId': {
    call: (h, w) => h.patch(`/api/networks/${w.network.id}`).send({ description: 'Changed' }),
    expect: networkManagers(200),
  },
  'GET /api/networks/:networkId/delegations': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/delegations`),
    expect: networkReaders(200),
  },
  'POST /api/networks/:networkId/delegations': {
    call: (h, w) =>
      h
        .post(`/api/networks/${w.network.id}/delegations`)
        .send({ countryCode: 'MW', organization: 'Ministry of Health' }),
    expect: networkManagers(201),
  },
  'PATCH /api/networks/:networkId/delegations/:delegationId': {
    call: (h, w) =>
      h
        .patch(`/api/networks/${w.network.id}/delegations/${w.delegation.id}`)
        .send({ organization: 'MoH QMU' }),
    expect: networkManagers(200),
  },
  'GET /api/networks/:networkId/members': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/members`),
    expect: networkReaders(200),
  },
  'PATCH /api/networks/:networkId/members/:userId': {
    call: async (h, w) =>
      h
        .patch(`/api/networks/${w.network.id}/members/${(await w.newMember()).id}`)
        .send({ role: 'observer' }),
    expect: networkManagers(200),
  },
  'DELETE /api/networks/:networkId/members/:userId': {
    call: async (h, w) =>
      h.delete(`/api/networks/${w.network.id}/members/${(await w.newMember()).id}`),
    expect: networkManagers(204),
  },
  'GET /api/networks/:networkId/invitations': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/invitations`),
    expect: networkManagers(200),
  },
  'POST /api/networks/:networkId/invitations': {
    call: (h, w) =>
      h
        .post(`/api/networks/${w.network.id}/invitations`)
        .send({ email: `${randomUUID()}@example.org`, role: 'member' }),
    expect: networkManagers(201),
  },
  'POST /api/networks/:networkId/invitations/:invitationId/resend': {
    call: async (h, w) =>
      h.post(
        `/api/networks/${w.network.id}/invitations/${(await w.newInvitation()).invitation.id}/resend`,
      ),
    expect: networkManagers(200),
  },
  'POST /api/networks/:networkId/invitations/:invitationId/revoke': {
    call: async (h, w) =>
      h.post(
        `/api/networks/${w.network.id}/invitations/${(await w.newInvitation()).invitation.id}/revoke`,
      ),
    expect: networkManagers(200),
  },
  'GET /api/invitations/:token': {
    call: async (h, w) => h.get(`/api/invitations/${(await w.newInvitation()).token}`),
    expect: everyone(200),
  },
  'POST /api/invitations/:token/accept': {
    call: async (h, w) =>
      h.post(`/api/invitations/${(await w.newInvitation()).token}/accept`).send({
        displayName: 'Invitee',
        password: 'a-long-password-77',
        locale: 'fr',
        timeZone: 'Africa/Kigali',
      }),
    expect: everyone(200),
  },
  'GET /api/networks/:networkId/sessions': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/sessions`),
    expect: networkReaders(200),
  },
  'POST /api/networks/:networkId/sessions': {
    call: (h, w) =>
      h.post(`/api/networks/${w.network.id}/sessions`).send({
        title: 'Peer review',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        timeZone: 'Africa/Kigali',
        durationMinutes: 60,
      }),
    expect: networkManagers(201),
  },
  'GET /api/networks/:networkId/topics': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/topics`),
    expect: networkReaders(200),
  },
  'GET /api/sessions/:sessionId': {
    call: (h, w) => h.get(`/api/sessions/${w.session.id}`),
    expect: networkReaders(200),
  },
  'PATCH /api/sessions/:sessionId': {
    call: (h, w) => h.patch(`/api/sessions/${w.session.id}`).send({ description: 'Updated' }),
    expect: networkManagers(200),
  },
  'PUT /api/sessions/:sessionId/agenda': {
    call: (h, w) =>
      h
        .put(`/api/sessions/${w.session.id}/agenda`)
        .send({ items: [{ title: 'Welcome', kind: 'presentation', minutes: 10 }] }),
    expect: networkManagers(200),
  },
  'GET /api/sessions/:sessionId/calendar.ics': {
    call: (h, w) => h.get(`/api/sessions/${w.session.id}/calendar.ics`),
    expect: networkReaders(200),
  },
  'GET /api/networks/:networkId/calendar.ics': {
    call: (h, w) => h.get(`/api/networks/${w.network.id}/calendar.ics`),
    expect: networkReaders(200),
  },
  'POST /api/networks/:networkId/calendar-feed': {
    call: (h, w) => h.post(`/api/networks/${w.network.id}/calendar-feed`),
    expect: networkReaders(201),
  },
  'DELETE /api/networks/:networkId/calendar-feed': {
    call: (h, w) => h.delete(`/api/networks/${w.network.id}/calendar-feed`),
    expect: networkReaders(204),
  },
  'POST /api/sessions/:sessionId/join': {
    // The world's session starts in a week: members get "too early", never a token.
    call: (h, w) => h.post(`/api/sessions/${w.session.id}/join`),
    expect: networkReaders(409),
  },
  'POST /api/sessions/:sessionId/moderation': {
    call: (h, w) =>
      h
        .post(`/api/sessions/${w.session.id}/moderation`)
        .send({ action: 'mute', userId: w.users.member.id }),
    expect: networkManagers(200),
  },
  'POST /api/sessions/:sessionId/end-video': {
    call: (h, w) => h.post(`/api/sessions/${w.session.id}/end-video`),
    expect: networkManagers(200),
  },
  'POST /api/livekit/webhook': {
    // Without LiveKit configured the endpoint does not exist; test/live.spec.ts covers it with LiveKit.
    call: (h) =>
      h.post('/api/livekit/webhook').set('Content-Type', 'application/webhook+json').send('{}'),
    expect: everyone(404),
  },
  'POST /api/sessions/:sessionId/proceedings': {
    // The world's session starts next week: those allowed to publish hear that it has not started.
    call: (h, w) => h.post(`/api/sessions/${w.session.id}/proceedings`).send({}),
    expect: networkManagers(409),
  },
  'GET /api/sessions/:sessionId/proceedings': {
    call: (h, w) => h.get(`/api/sessions/${w.session.id}/proceedings`),
    expect: networkReaders(200),
  },
  'GET /api/proceedings': { call: (h) => h.get('/api/proceedings'), expect: everyone(200) },
  'GET /api/proceedings/:proceedingsId': {
    call: async (h, w, t) => h.get(`/api/proceedings/${await membersOnlyProceedings(w, t)}`),
    expect: proceedingsReaders,
  },
  'GET /api/proceedings/:proceedingsId/markdown': {
    call: async (h, w, t) =>
      h.get(`/api/proceedings/${await membersOnlyProceedings(w, t)}/markdown`),
    expect: proceedingsReaders,
  },
  // Last: it ends every caller's session.
  'POST /api/auth/logout': { call: (h) => h.post('/api/auth/logout'), expect: everyone(204) },
};

/**
 * Identifier swaps: the outsider is a convener of another network and may manage everything there. Through
 * their own network's URLs (or their own session's), they name objects of the world's network: every one
 * must be unknown to them (404), or a field error for ids in a body (400), and nothing may change.
 */
const SWAPS: Record<string, { call: Call; expect: number }> = {
  "another network's delegation, through the caller's network": {
    call: (h, w) =>
      h
        .patch(`/api/networks/${w.otherNetwork.id}/delegations/${w.delegation.id}`)
        .send({ organization: 'Taken over' }),
    expect: 404,
  },
  "another network's member: change the role": {
    call: (h, w) =>
      h
        .patch(`/api/networks/${w.otherNetwork.id}/members/${w.users.member.id}`)
        .send({ role: 'observer' }),
    expect: 404,
  },
  "another network's member: remove": {
    call: (h, w) => h.delete(`/api/networks/${w.otherNetwork.id}/members/${w.users.member.id}`),
    expect: 404,
  },
  "another network's invitation: resend": {
    call: async (h, w) =>
      h.post(
        `/api/networks/${w.otherNetwork.id}/invitations/${(await w.newInvitation()).invitation.id}/resend`,
      ),
    expect: 404,
  },
  "another network's invitation: revoke": {
    call: async (h, w) =>
      h.post(
        `/api/networks/${w.otherNetwork.id}/invitations/${(await w.newInvitation()).invitation.id}/revoke`,
      ),
    expect: 404,
  },
  "another network's delegation in an invitation": {
    call: (h, w) =>
      h.post(`/api/networks/${w.otherNetwork.id}/invitations`).send({
        email: `${randomUUID()}@example.org`,
        role: 'member',
        delegationId: w.delegation.id,
      }),
    expect: 400,
  },
  "another network's member as a presenter on the caller's session": {
    call: (h, w) =>
      h.put(`/api/sessions/${w.otherSession.id}/agenda`).send({
        items: [
          {
            title: 'Welcome',
            kind: 'presentation',
            minutes: 10,
            presenterIds: [w.users.member.id],
          },
        ],
      }),
    expect: 400,
  },
  "another network's delegation presenting on the caller's session": {
    call: (h, w) =>
      h.put(`/api/sessions/${w.otherSession.id}/agenda`).send({
        items: [
          {
            title: 'Welcome',
            kind: 'presentation',
            minutes: 10,
            presenterDelegationIds: [w.delegation.id],
          },
        ],
      }),
    expect: 400,
  },
  "another network's member moderated in the caller's session": {
    call: (h, w) =>
      h
        .post(`/api/sessions/${w.otherSession.id}/moderation`)
        .send({ action: 'remove', userId: w.users.member.id }),
    expect: 404,
  },
  "another network's session, read and changed directly": {
    call: async (h, w) => {
      const read = await h.get(`/api/sessions/${w.session.id}`);
      const changed = await h.patch(`/api/sessions/${w.session.id}`).send({ title: 'Taken over' });
      return { status: read.status === changed.status ? read.status : -1 };
    },
    expect: 404,
  },
  "another network's members-only proceedings": {
    call: async (h, w, t) => h.get(`/api/proceedings/${await membersOnlyProceedings(w, t)}`),
    expect: 404,
  },
  "another network's proceedings published from the caller's URL": {
    call: (h, w) =>
      h.post(`/api/sessions/${w.session.id}/proceedings`).send({ visibility: 'public' }),
    expect: 404,
  },
};

// ————— Realtime: socket.io /live and the notes on /collab —————

/** `allowed` = the event was authorised (it succeeded, or failed on the session's state, not on who asked). */
export type LiveOutcome =
  'allowed' | 'forbidden' | 'not_in_session' | 'not_found' | 'unauthenticated';
type LiveExpectation = Record<Caller, LiveOutcome>;

export const DENIALS = new Set(['forbidden', 'not_in_session', 'not_found', 'unauthenticated']);

const participants: LiveExpectation = {
  admin: 'allowed',
  convener: 'allowed',
  member: 'allowed',
  observer: 'allowed',
  outsider: 'not_found',
  removed: 'not_found',
  anonymous: 'unauthenticated',
};
const moderators: LiveExpectation = { ...participants, member: 'forbidden', observer: 'forbidden' };

export interface LiveFixtures {
  sessionId: string;
  questionId: string;
  /** A fresh chat message or question (so a second moderator does not find it already deleted). */
  newMessage(): Promise<string>;
  newQuestion(): Promise<string>;
}

/** Every socket event × every kind of caller; payloads are valid, so only authorisation decides. */
const EVENTS: Record<
  string,
  { payload: (f: LiveFixtures) => object | Promise<object>; expect: LiveExpectation }
> = {
  'session:join': {
    payload: (f) => ({ sessionId: f.sessionId }),
    expect: participants,
  },
  'hand:raise': { payload: (f) => ({ sessionId: f.sessionId }), expect: participants },
  'hand:lower': { payload: (f) => ({ sessionId: f.sessionId }), expect: participants },
  'chat:send': {
    payload: (f) => ({ sessionId: f.sessionId, text: 'Hello' }),
    expect: participants,
  },
  'question:ask': {
    payload: (f) => ({ sessionId: f.sessionId, text: 'A question?' }),
    expect: participants,
  },
  'question:upvote': {
    payload: (f) => ({ sessionId: f.sessionId, questionId: f.questionId }),
    expect: participants,
  },
  'reaction:send': {
    payload: (f) => ({ sessionId: f.sessionId, emoji: '👏' }),
    expect: participants,
  },
  'question:answer': {
    payload: (f) => ({ sessionId: f.sessionId, questionId: f.questionId, answered: true }),
    expect: moderators,
  },
  'agenda:start': { payload: (f) => ({ sessionId: f.sessionId }), expect: moderators },
  'agenda:advance': { payload: (f) => ({ sessionId: f.sessionId }), expect: moderators },
  'agenda:back': { payload: (f) => ({ sessionId: f.sessionId }), expect: moderators },
  'session:status': {
    payload: (f) => ({ sessionId: f.sessionId, status: 'live' }),
    expect: moderators,
  },
  'chat:delete': {
    payload: async (f) => ({ sessionId: f.sessionId, messageId: await f.newMessage() }),
    expect: moderators,
  },
  'question:delete': {
    payload: async (f) => ({ sessionId: f.sessionId, questionId: await f.newQuestion() }),
    expect: moderators,
  },
  'session:leave': { payload: (f) => ({ sessionId: f.sessionId }), expect: participants },
};

/** The notes of the session on `/collab`: who writes, who reads, who is refused. */
const NOTES: Record<Caller, 'write' | 'read' | 'refused'> = {
  admin: 'write',
  convener: 'write',
  member: 'write',
  observer: 'read',
  outsider: 'refused',
  removed: 'refused',
  anonymous: 'refused',
};

export const AUTHORIZATION_TABLE = {
  rest: MATRIX,
  identifierSwaps: SWAPS,
  liveEvents: EVENTS,
  notes: NOTES,
};
