import type { LiveAck } from '@praxis/contracts';
import request from 'supertest';
import { AuthSessionsService } from '../src/auth/auth-sessions.service';
import { Session } from '../src/sessions/entities/session.entity';
import { connected, liveClient, nextEvent, type LiveClient } from './support/live-client';
import { notesClient, type NotesClient } from './support/notes-client';
import { startRoomServiceStandIn } from './support/room-service-stand-in';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';

const REVOCATION_LIMIT_MS = 5_000;

function send(client: LiveClient, event: string, payload: unknown): Promise<LiveAck<unknown>> {
  return new Promise((resolve) =>
    (
      client as unknown as { emit(e: string, p: unknown, ack: (r: LiveAck<unknown>) => void): void }
    ).emit(event, payload, resolve),
  );
}

describe('a member removed during a live session (room service via a local stand-in for LiveKit)', () => {
  let t: TestApp;
  let w: World;
  let standIn: Awaited<ReturnType<typeof startRoomServiceStandIn>>;
  const live: LiveClient[] = [];
  const notes: NotesClient[] = [];

  beforeAll(async () => {
    standIn = await startRoomServiceStandIn();
    t = await startTestApp({
      LIVEKIT_URL: 'ws://127.0.0.1:7880',
      LIVEKIT_API_URL: standIn.url,
      LIVEKIT_API_KEY: 'praxis-test-key',
      LIVEKIT_API_SECRET: 'praxis-test-secret-that-is-long-enough',
    });
    w = await buildWorld(t);
    await t.dataSource
      .getRepository(Session)
      .update({ id: w.session.id }, { status: 'live', startsAt: new Date(Date.now() - 60_000) });
  });
  afterAll(async () => {
    for (const client of live) client.disconnect();
    for (const client of notes) client.close();
    await t.close();
    await standIn.close();
  });

  it('loses REST, live room, notes and video within 5 seconds, and gets no new video token', async () => {
    const target = await w.newMember();
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(target.id)}`;
    const server = t.app.getHttpServer();
    const address = server.address() as { port: number };
    const sessionUrl = `/api/sessions/${w.session.id}`;

    // In the session every way there is: the page, the video, the live room and the notes.
    await request(server).get(sessionUrl).set('Cookie', cookie).expect(200);
    const { body: video } = await request(server)
      .post(`${sessionUrl}/join`)
      .set('Cookie', cookie)
      .expect(200);
    const socket = liveClient(t, cookie);
    live.push(socket);
    await connected(socket);
    expect(await send(socket, 'session:join', { sessionId: w.session.id })).toMatchObject({
      ok: true,
    });
    const editor = notesClient(`http://127.0.0.1:${address.port}`, w.session.id, cookie);
    notes.push(editor);
    expect(await editor.ready).toEqual({ readOnly: false });

    const revoked = nextEvent(socket, 'session:revoked', () => true, REVOCATION_LIMIT_MS);
    const notesClosed = new Promise<string>((resolve) =>
      editor.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    const removedFromVideo = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (standIn.calls.some((c) => c.method === 'RemoveParticipant')) {
          clearInterval(poll);
          resolve();
        }
      }, 25);
    });

    const removedAt = Date.now();
    await request(server)
      .delete(`/api/networks/${w.network.id}/members/${target.id}`)
      .set('Cookie', w.cookies.convener!)
      .expect(204);

    await request(server).get(sessionUrl).set('Cookie', cookie).expect(404);
    expect(await revoked).toMatchObject({ sessionId: w.session.id, code: 'forbidden' });
    expect(await notesClosed).toBe('permission-denied');
    await Promise.race([
      removedFromVideo,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error('RemoveParticipant was not called')),
          REVOCATION_LIMIT_MS,
        ),
      ),
    ]);
    expect(standIn.calls.find((c) => c.method === 'RemoveParticipant')!.body).toMatchObject({
      room: `session-${w.session.id}`,
      identity: video.identity,
    });
    expect(Date.now() - removedAt).toBeLessThan(REVOCATION_LIMIT_MS);

    await request(server).post(`${sessionUrl}/join`).set('Cookie', cookie).expect(404);
    expect(await send(socket, 'session:join', { sessionId: w.session.id })).toMatchObject({
      ok: false,
    });
  });

  /** A new member holding only a video token: no session page, live room or notes to notice anything. */
  async function memberWithOnlyVideo(): Promise<{ userId: string; identity: string }> {
    const target = await w.newMember();
    const cookie = `praxis_session=${await t.app.get(AuthSessionsService).start(target.id)}`;
    const { body: video } = await request(t.app.getHttpServer())
      .post(`/api/sessions/${w.session.id}/join`)
      .set('Cookie', cookie)
      .expect(200);
    return { userId: target.id, identity: (video as { identity: string }).identity };
  }

  const removalsOf = (identity: string) =>
    standIn.calls.filter((c) => c.method === 'RemoveParticipant' && c.body.identity === identity);

  async function firstRemovalOf(identity: string, since: number) {
    while (removalsOf(identity).length === 0 && Date.now() - since < REVOCATION_LIMIT_MS)
      await new Promise((r) => setTimeout(r, 25));
    return removalsOf(identity)[0];
  }

  it('is taken out of the video within 5 seconds even without the live room open (a hand-made client)', async () => {
    const { userId, identity } = await memberWithOnlyVideo();
    await new Promise((r) => setTimeout(r, 2_500));
    expect(removalsOf(identity)).toHaveLength(0); // a member in good standing stays

    const removedAt = Date.now();
    await request(t.app.getHttpServer())
      .delete(`/api/networks/${w.network.id}/members/${userId}`)
      .set('Cookie', w.cookies.convener!)
      .expect(204);
    expect((await firstRemovalOf(identity, removedAt))?.body).toMatchObject({
      room: `session-${w.session.id}`,
      identity,
    });
    // Once: later sweeps do not ask again.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(removalsOf(identity)).toHaveLength(1);
  });

  it('is taken out of the video when every sign-in ends (a password reset), live room open or not', async () => {
    const { userId, identity } = await memberWithOnlyVideo();
    const endedAt = Date.now();
    await t.app.get(AuthSessionsService).endAllFor(userId);
    expect(await firstRemovalOf(identity, endedAt)).toBeDefined();
  });
});
