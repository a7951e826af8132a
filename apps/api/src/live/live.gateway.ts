import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  type ClientToServerEvents,
  countByCountry,
  ErrorCode,
  LIVE_NAMESPACE,
  type LiveAck,
  type LiveEventName,
  liveEventSchemas,
  type LiveSnapshot,
  type Participant,
  type Permission,
  type ServerToClientEvents,
} from '@praxis/contracts';
import type { Namespace, Socket } from 'socket.io';
import type { z } from 'zod';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { sessionTokenFromHeader } from '../auth/session-cookie';
import type { User } from '../auth/entities/user.entity';
import { isAllowedOrigin } from '../common/origin-check.middleware';
import { AppConfig } from '../config/app-config';
import { AttendanceService } from './attendance.service';
import { LiveAccess, type LiveStanding } from './live-access';
import { LiveError } from './live-error';
import { LiveStateService } from './live-state.service';
import { LiveVideoService } from './live-video.service';
import { PresenceBatcher } from './presence-batcher';

interface SocketData {
  /** The sign-in token's hash, as stored: the socket's later checks need neither the token nor hashing. */
  tokenHash: string;
  userId: string;
  /** The sessions this socket joined, with the participant shown to others. */
  sessions: Record<string, Participant>;
}
type LiveSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
type Handler<E extends LiveEventName, T> = (
  payload: z.output<(typeof liveEventSchemas)[E]>,
  live: LiveStanding,
  user: User,
  socket: LiveSocket,
) => Promise<T>;

const room = (sessionId: string) => `session:${sessionId}`;

/** Who is here: each person once, however many tabs they have open, counted by country. */
function presenceOf(seen: Participant[]) {
  const people = new Map(seen.map((p) => [p.userId, p]));
  const participants = [...people.values()].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
  return { participants, byCountry: countByCountry(participants) };
}
const REVOCATION_SWEEP_MS = 2000;
const ACCESS_CACHE_MS = 60_000;
const CLUSTER_ANSWER_MS = 1500;

/**
 * Live session state over socket.io (`/live`): presence, hands, chat, Q&A, reactions, the running agenda
 * and the session's status. Authenticated at the handshake with the session cookie; every event is
 * validated against its contracts schema and access-checked again, with identity from the connection.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  @WebSocketServer() private readonly server!: Namespace<
    ClientToServerEvents,
    ServerToClientEvents,
    Record<string, never>,
    SocketData
  >;
  private readonly logger = new Logger('LiveGateway');
  private sweep: NodeJS.Timeout | undefined;
  private sweeping = false;
  private readonly accessCache = new Map<
    string,
    { user: User; live: LiveStanding; until: number }
  >();
  private readonly presence = new PresenceBatcher((sessionId, change) =>
    this.server.to(room(sessionId)).emit('presence:changed', { sessionId, ...change }),
  );

  constructor(
    private readonly config: AppConfig,
    private readonly authSessions: AuthSessionsService,
    private readonly access: LiveAccess,
    private readonly state: LiveStateService,
    private readonly attendance: AttendanceService,
    private readonly video: LiveVideoService,
  ) {}

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      this.authenticate(socket as LiveSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    this.sweep = setInterval(() => void this.revokeLostAccess(), REVOCATION_SWEEP_MS);
    this.sweep.unref();
  }

  /** socket.io connections on this instance's live-room namespace. */
  get connectionCount(): number {
    return this.server.sockets.size;
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
    this.presence.dispose();
  }

  private async authenticate(socket: LiveSocket): Promise<void> {
    if (!isAllowedOrigin(socket.handshake.headers.origin, this.config.server.allowedOrigins)) {
      this.logger.warn(
        {
          event: 'live_refused',
          reason: ErrorCode.forbiddenOrigin,
          address: socket.handshake.address,
        },
        'Refused a live-room connection',
      );
      throw Object.assign(new Error(ErrorCode.forbiddenOrigin), {
        data: { code: ErrorCode.forbiddenOrigin },
      });
    }
    const token = sessionTokenFromHeader(socket.handshake.headers.cookie, this.config);
    const viewer = token ? await this.authSessions.resolve(token) : undefined;
    if (!viewer) {
      this.logger.warn(
        {
          event: 'live_refused',
          reason: ErrorCode.unauthenticated,
          address: socket.handshake.address,
        },
        'Refused a live-room connection',
      );
      throw Object.assign(new Error(ErrorCode.unauthenticated), {
        data: { code: ErrorCode.unauthenticated },
      });
    }
    socket.data = { tokenHash: viewer.tokenHash, userId: viewer.user.id, sessions: {} };
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    try {
      for (const sessionId of Object.keys(socket.data.sessions ?? {}))
        await this.leave(socket, sessionId);
      for (const key of this.accessCache.keys())
        if (key.startsWith(`${socket.id}|`)) this.accessCache.delete(key);
    } catch (error) {
      // During shutdown the database may already be closed; attendance is closed when the session ends.
      this.logger.warn(`Could not record a departure: ${(error as Error).message}`);
    }
  }

  // ---- events ----

  @SubscribeMessage('session:join')
  join(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<LiveAck<LiveSnapshot>> {
    return this.handle(
      socket,
      'session:join',
      body,
      'live.participate',
      async ({ sessionId }, live, user) => {
        if (live.session.status === 'cancelled')
          throw new LiveError(ErrorCode.sessionOver, 'This session was cancelled.');
        // One cluster-wide look at the room serves both "first tab?" and the snapshot's presence list.
        const others = (await this.socketsIn(sessionId))
          .map((s) => s.data.sessions?.[sessionId])
          .filter((p) => p !== undefined);
        const alreadyHere = others.some((p) => p.userId === user.id);
        await socket.join(room(sessionId));
        socket.data.sessions[sessionId] = live.participant;
        if (!alreadyHere) {
          await this.attendance.joined(sessionId, live.participant, 'room', new Date());
          this.presence.joined(sessionId, live.participant);
        }
        const [presence, hands, chat, questions, agenda] = await Promise.all([
          presenceOf([...others, live.participant]),
          this.state.handQueue(sessionId),
          this.state.chatHistory(sessionId),
          this.state.questionList(sessionId, user.id),
          this.state.agendaState(sessionId),
        ]);
        return {
          sessionId,
          status: live.session.status,
          you: {
            ...live.participant,
            canModerate: this.access.allows(live.standing, 'live.moderate'),
            canWrite: this.access.allows(live.standing, 'live.publish'),
          },
          presence,
          hands,
          chat,
          questions,
          agenda,
        };
      },
    );
  }

  @SubscribeMessage('session:leave')
  leaveSession(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<LiveAck> {
    return this.handle(socket, 'session:leave', body, 'live.participate', async ({ sessionId }) => {
      await this.leave(socket, sessionId);
    });
  }

  @SubscribeMessage('session:status')
  setStatus(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'session:status',
      body,
      'live.moderate',
      async ({ sessionId, status }, _live, user) => {
        await this.state.setStatus(sessionId, status, user.id);
        if (status === 'ended') {
          await this.attendance.closeAll(sessionId, new Date());
          this.server.to(room(sessionId)).emit('hands:update', { sessionId, hands: [] });
          this.server
            .to(room(sessionId))
            .emit('agenda:update', { sessionId, ...(await this.state.agendaState(sessionId)) });
        }
        this.server.to(room(sessionId)).emit('session:status', { sessionId, status });
      },
    );
  }

  @SubscribeMessage('hand:raise')
  raiseHand(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'hand:raise',
      body,
      'live.participate',
      async ({ sessionId }, _live, user) => {
        await this.state.raiseHand(sessionId, user.id);
        await this.broadcastHands(sessionId);
      },
    );
  }

  @SubscribeMessage('hand:lower')
  lowerHand(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'hand:lower',
      body,
      'live.participate',
      async ({ sessionId, userId }, live, user) => {
        const target = userId ?? user.id;
        if (target !== user.id && !this.access.allows(live.standing, 'live.moderate')) {
          throw new LiveError(ErrorCode.forbidden, 'Only conveners can lower someone else’s hand.');
        }
        await this.state.lowerHand(sessionId, target);
        await this.broadcastHands(sessionId);
      },
    );
  }

  @SubscribeMessage('chat:send')
  sendChat(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(
      socket,
      'chat:send',
      body,
      'live.participate',
      async ({ sessionId, text }, live) => {
        const message = await this.state.sendChat(sessionId, live.participant, text);
        this.server.to(room(sessionId)).emit('chat:message', { sessionId, message });
        return message;
      },
    );
  }

  @SubscribeMessage('chat:delete')
  deleteChat(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<LiveAck> {
    return this.handle(
      socket,
      'chat:delete',
      body,
      'live.moderate',
      async ({ sessionId, messageId }) => {
        await this.state.deleteChat(sessionId, messageId);
        this.server.to(room(sessionId)).emit('chat:deleted', { sessionId, messageId });
      },
    );
  }

  @SubscribeMessage('question:ask')
  ask(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.handle(
      socket,
      'question:ask',
      body,
      'live.participate',
      async ({ sessionId, text }, live) => {
        const question = await this.state.ask(sessionId, live.participant, text);
        this.server
          .to(room(sessionId))
          .emit('question:update', { sessionId, question: { ...question, votedByMe: false } });
        return question;
      },
    );
  }

  @SubscribeMessage('question:upvote')
  upvote(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'question:upvote',
      body,
      'live.participate',
      async ({ sessionId, questionId }, _live, user) => {
        const question = await this.state.upvote(sessionId, questionId, user.id);
        this.server
          .to(room(sessionId))
          .emit('question:update', { sessionId, question: { ...question, votedByMe: false } });
      },
    );
  }

  @SubscribeMessage('question:answer')
  answer(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'question:answer',
      body,
      'live.moderate',
      async ({ sessionId, questionId, answered }) => {
        const question = await this.state.markAnswered(sessionId, questionId, answered);
        this.server.to(room(sessionId)).emit('question:update', { sessionId, question });
      },
    );
  }

  @SubscribeMessage('question:delete')
  deleteQuestion(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<LiveAck> {
    return this.handle(
      socket,
      'question:delete',
      body,
      'live.moderate',
      async ({ sessionId, questionId }) => {
        await this.state.deleteQuestion(sessionId, questionId);
        this.server.to(room(sessionId)).emit('question:deleted', { sessionId, questionId });
      },
    );
  }

  @SubscribeMessage('reaction:send')
  react(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<LiveAck> {
    return this.handle(
      socket,
      'reaction:send',
      body,
      'live.participate',
      async ({ sessionId, emoji }, _live, user) => {
        this.server
          .to(room(sessionId))
          .emit('reaction:sent', { sessionId, userId: user.id, emoji });
      },
    );
  }

  @SubscribeMessage('agenda:start')
  startAgenda(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.moveAgenda(socket, 'agenda:start', body, 'start');
  }

  @SubscribeMessage('agenda:advance')
  advanceAgenda(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.moveAgenda(socket, 'agenda:advance', body, 'advance');
  }

  @SubscribeMessage('agenda:back')
  backAgenda(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.moveAgenda(socket, 'agenda:back', body, 'back');
  }

  // ---- helpers ----

  private moveAgenda(
    socket: LiveSocket,
    event: 'agenda:start' | 'agenda:advance' | 'agenda:back',
    body: unknown,
    move: 'start' | 'advance' | 'back',
  ) {
    return this.handle(socket, event, body, 'live.moderate', async ({ sessionId }, _live, user) => {
      const { state, statusChanged } = await this.state.moveAgenda(sessionId, move, user.id);
      this.server.to(room(sessionId)).emit('agenda:update', { sessionId, ...state });
      if (statusChanged)
        this.server.to(room(sessionId)).emit('session:status', { sessionId, status: 'live' });
      void this.video.refreshGrants(sessionId);
      return state;
    });
  }

  /**
   * Validates the payload, re-checks the caller's session cookie and standing (a removed member or a
   * disabled account stops here), requires the permission, and answers through the acknowledgement.
   */
  private async handle<E extends LiveEventName, T>(
    socket: LiveSocket,
    event: E,
    body: unknown,
    permission: Permission,
    work: Handler<E, T>,
  ): Promise<LiveAck<T>> {
    try {
      const parsed = liveEventSchemas[event].safeParse(body);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'payload'} ${i.message}`)
          .join('; ');
        throw new LiveError(
          ErrorCode.validationFailed,
          `The ${event} event is not valid: ${detail}.`,
        );
      }
      const payload = parsed.data as z.output<(typeof liveEventSchemas)[E]>;
      const { user, live } = await this.accessOf(
        socket,
        payload.sessionId,
        event === 'session:join',
      );
      if (event !== 'session:join' && !socket.rooms.has(room(payload.sessionId))) {
        throw new LiveError(
          ErrorCode.notInSession,
          'Join the session before sending events to it.',
        );
      }
      if (!this.access.allows(live.standing, permission))
        throw new LiveError(ErrorCode.forbidden, 'You are not allowed to do this in this session.');
      return { ok: true, data: await work(payload, live, user, socket) };
    } catch (error) {
      if (error instanceof LiveError)
        return { ok: false, code: error.code, message: error.message };
      this.logger.error(error);
      return {
        ok: false,
        code: ErrorCode.internal,
        message: 'Something went wrong on our side. Please try again.',
      };
    }
  }

  private async leave(socket: LiveSocket, sessionId: string): Promise<void> {
    const participant = socket.data.sessions?.[sessionId];
    if (!participant) return;
    delete socket.data.sessions[sessionId];
    await socket.leave(room(sessionId));
    this.accessCache.delete(`${socket.id}|${sessionId}`);
    if (await this.isPresent(sessionId, participant.userId)) return;
    await this.attendance.left(sessionId, participant, 'room', new Date());
    this.presence.left(sessionId, participant.userId);
  }

  /** Whether the person has another tab in the session's room, on any API instance. */
  private async isPresent(sessionId: string, userId: string): Promise<boolean> {
    return (await this.socketsIn(sessionId)).some((s) => s.data.userId === userId);
  }

  /**
   * The sockets in a session's room across instances; when the other instances cannot answer in time
   * (Redis away: the adapter's request waits in the publisher's queue), this instance's own sockets.
   */
  private async socketsIn(sessionId: string) {
    const local = () => this.server.local.in(room(sessionId)).fetchSockets();
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), CLUSTER_ANSWER_MS);
    });
    try {
      const everywhere = this.server.in(room(sessionId)).fetchSockets();
      everywhere.catch(() => undefined);
      return (await Promise.race([everywhere, giveUp])) ?? (await local());
    } catch {
      return local();
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The caller and their standing for an event, read from the database on joining and then at most
   * every ACCESS_CACHE_MS per socket and session. The sweep below enforces changes in between: every
   * REVOCATION_SWEEP_MS it removes people who lost access and drops cached standings that changed.
   */
  private async accessOf(
    socket: LiveSocket,
    sessionId: string,
    fresh: boolean,
  ): Promise<{ user: User; live: LiveStanding }> {
    const key = `${socket.id}|${sessionId}`;
    const cached = this.accessCache.get(key);
    if (!fresh && cached && cached.until > Date.now()) return cached;
    const viewer = await this.authSessions.resolveHash(socket.data.tokenHash);
    if (!viewer)
      throw new LiveError(ErrorCode.unauthenticated, 'Your sign-in has ended. Sign in again.');
    const live = await this.access.resolve(viewer.user, sessionId);
    if (!live)
      throw new LiveError(
        ErrorCode.notFound,
        'That session does not exist, or you are not a member of its network.',
      );
    const entry = { user: viewer.user, live, until: Date.now() + ACCESS_CACHE_MS };
    this.accessCache.set(key, entry);
    return entry;
  }

  private async broadcastHands(sessionId: string): Promise<void> {
    this.server
      .to(room(sessionId))
      .emit('hands:update', { sessionId, hands: await this.state.handQueue(sessionId) });
  }

  /**
   * Removes, within seconds, sockets whose person lost access (removed, disabled, signed out everywhere).
   * One batched check per sweep for every joined socket of this instance; sweeps never overlap. Their
   * video is VideoAccessSweep's, which also covers people without the live room open.
   */
  private async revokeLostAccess(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const joined = [...this.server.sockets.values()].filter(
        (s) => Object.keys(s.data.sessions ?? {}).length > 0,
      );
      if (joined.length === 0) return;
      const pairs = joined.flatMap((s) =>
        Object.keys(s.data.sessions).map((sessionId) => ({
          tokenHash: s.data.tokenHash,
          sessionId,
        })),
      );
      const allowed = await this.access.stillAllowed(pairs);
      for (const socket of joined) {
        for (const sessionId of Object.keys(socket.data.sessions)) {
          const verdict = allowed.get(`${socket.data.tokenHash}|${sessionId}`);
          if (typeof verdict === 'object') {
            // A changed role (a convener made member, say) drops the cached standing at once.
            const key = `${socket.id}|${sessionId}`;
            if (this.accessCache.get(key)?.live.standing !== verdict.standing)
              this.accessCache.delete(key);
            continue;
          }
          socket.emit('session:revoked', {
            sessionId,
            code: verdict === 'signedOut' ? ErrorCode.unauthenticated : ErrorCode.forbidden,
          });
          await this.leave(socket, sessionId);
          if (verdict === 'signedOut') socket.disconnect(true);
        }
      }
    } catch (error) {
      this.logger.warn(`The access sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}
