import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Hocuspocus,
  type beforeHandleAwarenessPayload,
  type beforeHandleMessagePayload,
  type onAuthenticatePayload,
  MessageType,
  type onLoadDocumentPayload,
} from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import {
  can,
  NOTES_CLOSE,
  NOTES_LIMITS,
  NOTES_PATH,
  notesDocumentName,
  sessionIdOfNotes,
} from '@praxis/contracts';
import * as decoding from 'lib0/decoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { sessionTokenFromHeader } from '../auth/session-cookie';
import { AppConfig } from '../config/app-config';
import { LiveAccess } from '../live/live-access';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { HeldAckSocket } from './held-acks';
import { NotesAccess, type NotesReader, type NotesViewer } from './notes-access';
import { NotesLog } from './notes-log';
import { NotesOutline } from './notes-outline.service';
import { applyAll, NotesStore } from './notes-store.service';

/** Every editor's right to the notes is checked again this often (one batched query for all of them). */
const ACCESS_SWEEP_MS = 2_000;
/** Fold the log into the snapshot once this many updates have been logged since the last time. */
const COMPACT_AFTER_UPDATES = 5_000;
/**
 * Hocuspocus merges the updates that arrive within this window into one broadcast frame per editor
 * (its default, 0, merges one event-loop turn). Sending a frame to every editor is most of the server's
 * work, so updates arriving within a millisecond of each other cost one frame instead of two, for at
 * most about a millisecond more latency.
 */
const BROADCAST_WINDOW_MS = 1;
/**
 * Yjs' merge grows faster than linearly, so a bulk sender would make one window's merge take seconds.
 * Capping a merge at 8 KB keeps 200 typists batched (a window of theirs is far smaller) and a
 * 50,000-update bulk send linear.
 */
const FLUSH_MAX_BYTES = 8 * 1024;
const LOAD_ORIGIN = 'praxis-load';
/** How long a shutdown waits for the notes log to commit what it holds. */
const SHUTDOWN_FLUSH_MS = 5_000;
/** How long a shutdown waits for the closed documents to be stored, compacted and unloaded. */
const SHUTDOWN_UNLOAD_MS = 3_000;
/**
 * A socket's viewer, looked up at its upgrade, answers the authentication of documents opened this soon
 * after it (a provider authenticates at once); a document opened on the same socket later asks again.
 */
const UPGRADE_VIEWER_MS = 10_000;

/** Asked as soon as the socket is upgraded, while the provider opens it and sends its first message. */
interface UpgradeViewer {
  viewer: Promise<NotesViewer | undefined>;
  askedAt: number;
}

type Context = NotesReader & { upgrade?: UpgradeViewer };

const PERMISSION_DENIED = { code: 4403, reason: 'permission-denied' };

interface OpenNotes {
  networkId: string;
  bytes: number;
  sinceCompaction: number;
}

/** The notes server: Hocuspocus on `/collab` of the API's own HTTP server, stored through the notes log. */
@Injectable()
export class NotesServer implements BeforeApplicationShutdown {
  private readonly logger = new Logger(NotesServer.name);
  readonly hocuspocus: Hocuspocus<Context>;
  private readonly sockets = new WebSocketServer({
    noServer: true,
    // Hard cap for the socket; a message over NOTES_LIMITS.messageBytes gets its own close reason first.
    maxPayload: NOTES_LIMITS.messageBytes * 2,
  });
  private readonly open = new Map<string, OpenNotes>();
  private closing = false;
  /** Documents whose unload hook (compaction) is running. */
  private unloading = 0;
  private sweeping = false;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly access: NotesAccess,
    private readonly log: NotesLog,
    private readonly store: NotesStore,
    private readonly outline: NotesOutline,
    private readonly liveAccess: LiveAccess,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {
    this.hocuspocus = new Hocuspocus<Context>({
      // With Redis, every instance serving a document relays its updates to the others (each logs what
      // it applies, so a crash of the instance that first received an update cannot lose it).
      extensions: redis ? [this.redisExtension(redis)] : [],
      name: 'praxis-notes',
      quiet: true,
      timeout: 30_000,
      debounce: 5_000,
      maxDebounce: 30_000,
      flushDelay: BROADCAST_WINDOW_MS,
      flushMaxBytes: FLUSH_MAX_BYTES,
      // Before authentication a connection may queue little: one message of the largest allowed size
      // (refused with its own reason once authenticated) and a few small ones.
      maxUnauthenticatedQueueSize: NOTES_LIMITS.messageBytes * 2,
      maxUnauthenticatedQueueMessages: 100,
      onAuthenticate: (data) => this.authenticate(data),
      onLoadDocument: (data) => this.load(data),
      beforeHandleMessage: (data) => this.checkMessage(data),
      beforeHandleAwareness: (data) => this.stampAwareness(data),
      onStoreDocument: async ({ documentName }) => this.compactIfLong(documentName),
      afterUnloadDocument: async ({ documentName }) => this.closed(documentName),
    });
  }

  /** Serves `/collab` upgrades of the API's HTTP server (socket.io keeps its own path). */
  attach(server: Server): void {
    this.sweep = setInterval(() => void this.sweepAccess(), ACCESS_SWEEP_MS);
    this.sweep.unref();
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (pathOf(request) !== NOTES_PATH) return;
      if (this.closing) {
        socket.end(
          'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
        );
        return;
      }
      const origin = request.headers.origin;
      if (origin !== undefined && !this.config.server.allowedOrigins.has(origin)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      // Without a session cookie nobody can open notes: no socket is kept for them.
      const token = sessionTokenFromHeader(request.headers.cookie, this.config);
      if (!token) {
        this.logger.warn(
          {
            event: 'notes_refused',
            reason: 'no-session-cookie',
            address: request.socket.remoteAddress,
          },
          'Refused a notes connection',
        );
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.sockets.handleUpgrade(request, socket, head, (ws) => this.accept(ws, request, token));
    });
  }

  /** Adds the sections of new agenda items to notes that are open right now (closed ones get them on load). */
  async agendaChanged(sessionId: string): Promise<void> {
    const document = this.hocuspocus.documents.get(notesDocumentName(sessionId));
    if (document && !document.isLoading) await this.outline.apply(document, sessionId, 'en');
  }

  /**
   * On SIGTERM, before the HTTP server closes: refuse new editors, close the open ones (their providers
   * keep unsaved changes and resend them to the next server), let their documents unload (compacted, and
   * unsubscribed from Redis while it is still connected), then commit everything received.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweep);
    const closed = [...this.sockets.clients].map(
      (client) =>
        new Promise<void>((resolve) => {
          client.once('close', () => resolve());
          client.close(1001, 'server-shutdown');
          setTimeout(() => {
            client.terminate();
            resolve();
          }, 1_000).unref();
        }),
    );
    await Promise.all(closed);
    await this.unloaded(Date.now() + SHUTDOWN_UNLOAD_MS);
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus }).catch(() => undefined);
    await Promise.race([this.log.flushed(), sleep(SHUTDOWN_FLUSH_MS)]);
  }

  /** Until every document is unloaded and its unload hook has finished, or the deadline. */
  private async unloaded(deadline: number): Promise<void> {
    while (this.hocuspocus.documents.size + this.unloading > 0 && Date.now() < deadline) {
      await sleep(20);
    }
  }

  private redisExtension(redis: NonNullable<RedisClient>): RedisExtension {
    return new RedisExtension({
      prefix: 'praxis:notes',
      createClient: () => {
        const client = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
        client.on('error', () => undefined);
        return client;
      },
    });
  }

  private accept(ws: WebSocket, request: IncomingMessage, token: string): void {
    const upgrade: UpgradeViewer = { viewer: this.viewerOf(token), askedAt: Date.now() };
    const connection = this.hocuspocus.handleConnection(
      new HeldAckSocket(ws, this.log),
      toWebRequest(request),
      // The reader's fields are added by onAuthenticate, before any hook that reads them runs.
      { upgrade } as Context,
    );
    ws.on('message', (data: RawData) => connection.handleMessage(toBytes(data)));
    ws.on('close', (code: number, reason: Buffer) =>
      connection.handleClose({ code, reason: reason.toString() }),
    );
    ws.on('error', () => ws.terminate());
  }

  private async authenticate(data: onAuthenticatePayload): Promise<Context> {
    const sessionId = sessionIdOfNotes(data.documentName);
    const reader = sessionId ? await this.readerOf(data, sessionId) : undefined;
    if (!reader) {
      this.logger.warn({ event: 'notes_refused', sessionId }, 'Refused a notes connection');
      throw closeWith(PERMISSION_DENIED);
    }
    data.connectionConfig.readOnly = reader.readOnly;
    return reader;
  }

  private async readerOf(
    data: onAuthenticatePayload,
    sessionId: string,
  ): Promise<NotesReader | undefined> {
    const [viewer, networkId] = await Promise.all([
      this.viewerFor(data),
      // A session never moves to another network; one that is deleted while its notes are open is
      // closed by the access sweep.
      this.open.get(data.documentName)?.networkId ??
        this.access.networkOf(sessionId).catch(this.lookupFailed),
    ]);
    return viewer && networkId ? this.access.reader(viewer, sessionId, networkId) : undefined;
  }

  /** The viewer looked up at the socket's upgrade if that was recent, else looked up again now. */
  private viewerFor(data: onAuthenticatePayload): Promise<NotesViewer | undefined> | undefined {
    const upgrade = (data.context as Context).upgrade;
    if (upgrade && Date.now() - upgrade.askedAt < UPGRADE_VIEWER_MS) return upgrade.viewer;
    const token = sessionTokenFromHeader(data.requestHeaders.get('cookie'), this.config);
    return token ? this.viewerOf(token) : undefined;
  }

  /** The viewer behind a cookie (asked at the upgrade, so it must never reject unobserved). */
  private viewerOf(token: string): Promise<NotesViewer | undefined> {
    return this.access.viewer(token).catch(this.lookupFailed);
  }

  /** A lookup the database could not answer: logged, and the connection refused. */
  private readonly lookupFailed = (error: unknown): undefined => {
    this.logger.warn(`Could not check a notes connection's access: ${String(error)}`);
    return undefined;
  };

  private async load(data: onLoadDocumentPayload<Context>): Promise<void> {
    const sessionId = sessionIdOfNotes(data.documentName)!;
    // A failed read throws here: Hocuspocus then closes the connections and keeps no (empty) document.
    const stored = await this.store.load(sessionId);
    const document = data.document;
    applyAll(document, stored.updates, LOAD_ORIGIN);
    const state: OpenNotes = {
      networkId: data.context.networkId,
      bytes: stored.bytes,
      sinceCompaction: stored.logRows > 0 ? COMPACT_AFTER_UPDATES : 0,
    };
    this.open.set(data.documentName, state);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return;
      this.log.append(sessionId, update);
      state.bytes += update.length;
      state.sinceCompaction += 1;
    });
    await this.outline.apply(document, sessionId, data.context.locale);
  }

  private async checkMessage(data: beforeHandleMessagePayload<Context>): Promise<void> {
    if (data.update.length > NOTES_LIMITS.messageBytes) throw closeWith(NOTES_CLOSE.tooLarge);
    const content = contentOf(data.update);
    if (content === null || data.connection.readOnly) return;
    const state = this.open.get(data.documentName);
    if (state && state.bytes + content.length > NOTES_LIMITS.documentBytes) {
      throw closeWith(NOTES_CLOSE.documentFull);
    }
    // Yjs would log a broken update and carry on; the sender is closed instead.
    if (!isYjsUpdate(content)) throw closeWith(NOTES_CLOSE.malformed);
  }

  /**
   * Removed, disabled, signed out or demoted since they connected: one batched check for every editor
   * of this instance, every ACCESS_SWEEP_MS (sweeps never overlap).
   */
  private async sweepAccess(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const connections = [...this.hocuspocus.documents.values()].flatMap((document) =>
        document.getConnections(),
      );
      if (connections.length === 0) return;
      const verdicts = await this.liveAccess.stillAllowed(
        connections.map(({ context }) => ({
          tokenHash: context.tokenHash,
          sessionId: context.sessionId,
        })),
        'notes.read',
      );
      for (const connection of connections) {
        const { tokenHash, sessionId } = connection.context;
        const verdict = verdicts.get(`${tokenHash}|${sessionId}`);
        if (verdict === 'signedOut' || verdict === 'forbidden') connection.close(PERMISSION_DENIED);
        else if (verdict) connection.readOnly = !can(verdict.standing, 'notes.write');
      }
    } catch (error) {
      this.logger.warn(`The notes access sweep failed: ${String(error)}`);
    } finally {
      this.sweeping = false;
    }
  }

  /** The `user` of every awareness state is the server's, and nobody may speak for another connection. */
  private async stampAwareness(data: beforeHandleAwarenessPayload<Context>): Promise<void> {
    const connection = data.connection;
    if (!connection) return;
    const own = data.document.getClients(connection);
    for (const [clientId, state] of data.states) {
      if (!own.has(clientId) && this.belongsToAnother(data, clientId)) {
        data.states.delete(clientId);
      } else if (state && Object.keys(state).length > 0) {
        state.user = { ...connection.context.cursor };
      }
    }
  }

  private belongsToAnother(data: beforeHandleAwarenessPayload<Context>, clientId: number): boolean {
    for (const connection of data.document.getConnections()) {
      if (connection !== data.connection && data.document.getClients(connection).has(clientId))
        return true;
    }
    return false;
  }

  private async compactIfLong(documentName: string): Promise<void> {
    const state = this.open.get(documentName);
    if (!state || state.sinceCompaction < COMPACT_AFTER_UPDATES) return;
    await this.compact(documentName, state);
  }

  private async closed(documentName: string): Promise<void> {
    const state = this.open.get(documentName);
    this.open.delete(documentName);
    if (!state || state.sinceCompaction === 0) return;
    this.unloading += 1;
    try {
      await this.compact(documentName, state);
    } finally {
      this.unloading -= 1;
    }
  }

  private async compact(documentName: string, state: OpenNotes): Promise<void> {
    const sessionId = sessionIdOfNotes(documentName)!;
    try {
      await this.log.flushed();
      const counted = state.sinceCompaction;
      const { bytes } = await this.store.compact(sessionId);
      state.sinceCompaction -= counted;
      state.bytes = bytes;
    } catch (error) {
      this.logger.warn(`Could not compact the notes of session ${sessionId}: ${String(error)}`);
    }
  }
}

function closeWith(close: { code: number; reason: string }): Error {
  return Object.assign(new Error(close.reason), close);
}

/**
 * The Yjs update a message carries (sync step 2 or update), or null for messages without content (sync
 * step 1, awareness, auth, …). A message too short for what it announces counts as broken content.
 */
function contentOf(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== messageYjsSyncStep2 && step !== messageYjsUpdate) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return new Uint8Array([0xff]);
  }
}

function isYjsUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function toWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new Request(`http://localhost${request.url ?? '/'}`, { headers });
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
