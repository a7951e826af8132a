import 'reflect-metadata';
import { liveEventSchemas, type LiveAck } from '@praxis/contracts';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { LiveGateway } from '../src/live/live.gateway';
import {
  AUTHORIZATION_TABLE,
  DENIALS,
  type LiveFixtures,
  type LiveOutcome,
} from './authorization/table';
import { connected, liveClient, type LiveClient } from './support/live-client';
import { notesClient } from './support/notes-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, CALLERS, type Caller, type World } from './support/world';

const { liveEvents, notes } = AUTHORIZATION_TABLE;

function send(
  client: LiveClient,
  event: string,
  payload: unknown,
): Promise<LiveAck<{ id: string }>> {
  return new Promise((resolve) =>
    (
      client as unknown as {
        emit(e: string, p: unknown, ack: (r: LiveAck<{ id: string }>) => void): void;
      }
    ).emit(event, payload, resolve),
  );
}

describe('authorization matrix (realtime: socket.io /live and the notes on /collab)', () => {
  let t: TestApp;
  let w: World;
  let fixtures: LiveFixtures;
  const sockets = new Map<Caller, LiveClient | 'unauthenticated'>();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    await t.dataSource.query('UPDATE sessions SET starts_at = now() WHERE id = $1', [w.session.id]);
    for (const caller of CALLERS) {
      const client = liveClient(t, w.cookies[caller]);
      try {
        await connected(client);
        sockets.set(caller, client);
      } catch {
        client.disconnect();
        sockets.set(caller, 'unauthenticated');
      }
    }
    await t.http
      .put(`/api/sessions/${w.session.id}/agenda`)
      .set('Cookie', w.cookies.convener!)
      .send({
        items: ['Opening', 'Walkthrough', 'Questions'].map((title) => ({
          title,
          kind: 'presentation',
          minutes: 10,
          presenterIds: [],
          presenterDelegationIds: [],
          notes: '',
        })),
      })
      .expect(200);
    const member = sockets.get('member') as LiveClient;
    await send(member, 'session:join', { sessionId: w.session.id });
    const idOf = (ack: LiveAck<{ id: string }>) => {
      if (!ack.ok) throw new Error(`could not prepare the matrix: ${ack.code}`);
      return ack.data.id;
    };
    const newMessage = async () =>
      idOf(await send(member, 'chat:send', { sessionId: w.session.id, text: 'To delete' }));
    const newQuestion = async () =>
      idOf(await send(member, 'question:ask', { sessionId: w.session.id, text: 'To vote?' }));
    fixtures = {
      sessionId: w.session.id,
      questionId: await newQuestion(),
      newMessage,
      newQuestion,
    };
  });
  afterAll(async () => {
    for (const socket of sockets.values()) if (socket !== 'unauthenticated') socket.disconnect();
    await t.close();
  });

  it('lists every event the gateway handles', () => {
    const prototype = LiveGateway.prototype as unknown as Record<string, unknown>;
    const handled = Object.getOwnPropertyNames(prototype)
      .map((name) => Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown)
      .filter((method): method is object => typeof method === 'function')
      .map((method) => Reflect.getMetadata(MESSAGE_METADATA, method) as unknown)
      .filter((event): event is string => typeof event === 'string')
      .sort();
    expect(handled).toEqual(Object.keys(liveEvents).sort());
    expect(Object.keys(liveEventSchemas).sort()).toEqual(Object.keys(liveEvents).sort());
  });

  for (const [event, { payload, expect: expected }] of Object.entries(liveEvents)) {
    it(`${event}: ${CALLERS.map((c) => `${c} ${expected[c]}`).join(', ')}`, async () => {
      const actual = {} as Record<Caller, LiveOutcome>;
      for (const caller of CALLERS) {
        const socket = sockets.get(caller)!;
        if (socket === 'unauthenticated') {
          actual[caller] = 'unauthenticated';
          continue;
        }
        if (event !== 'session:join')
          await send(socket, 'session:join', { sessionId: fixtures.sessionId });
        const ack = await send(socket, event, await payload(fixtures));
        actual[caller] = ack.ok || !DENIALS.has(ack.code) ? 'allowed' : (ack.code as LiveOutcome);
      }
      expect(actual).toEqual(expected);
    });
  }

  it(`/collab notes: ${CALLERS.map((c) => `${c} ${notes[c]}`).join(', ')}`, async () => {
    const address = t.app.getHttpServer().address() as { port: number };
    const actual = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const client = notesClient(
        `http://127.0.0.1:${address.port}`,
        w.session.id,
        w.cookies[caller],
      );
      try {
        actual[caller] = (await client.ready).readOnly ? 'read' : 'write';
      } catch {
        actual[caller] = 'refused';
      } finally {
        client.close();
      }
    }
    expect(actual).toEqual(notes);
  });
});
