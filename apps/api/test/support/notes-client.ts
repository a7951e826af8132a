import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { notesDocumentName } from '@praxis/contracts';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface NotesClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the server said whether this client may write (or rejects when refused). */
  ready: Promise<{ readOnly: boolean }>;
  /** Resolves when the server has acknowledged every change made so far as saved. */
  saved(): Promise<void>;
  close(): void;
}

/** A real `@hocuspocus/provider` on `/collab` of a running API, sending the given session cookie. */
export function notesClient(
  baseUrl: string,
  sessionId: string,
  cookie: string | undefined,
  options: { origin?: string; reconnect?: boolean } = {},
): NotesClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: CookieWebSocket,
    ...(options.reconnect ? { delay: 200, minDelay: 100, maxDelay: 1000 } : { maxAttempts: 1 }),
  });
  let settle!: { resolve(value: { readOnly: boolean }): void; reject(error: Error): void };
  const ready = new Promise<{ readOnly: boolean }>(
    (resolve, reject) => (settle = { resolve, reject }),
  );
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: notesDocumentName(sessionId),
    document: doc,
    token: 'cookie',
    onAuthenticated: ({ scope }) => settle.resolve({ readOnly: scope === 'readonly' }),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(`refused: ${reason}`)),
  });
  provider.attach();
  if (!options.reconnect) socket.on('close', () => settle.reject(new Error('closed')));
  return {
    doc,
    provider,
    socket,
    ready,
    saved: () =>
      new Promise((resolve) => {
        const check = () => {
          if (provider.synced && !provider.hasUnsyncedChanges) {
            provider.off('unsyncedChanges', check);
            provider.off('synced', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
        provider.on('synced', check);
        check();
      }),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `predicate` holds, checking on every change of `doc`. */
export function until(doc: Y.Doc, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('timed out waiting for the notes'));
    }, timeoutMs);
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

export const notesText = (doc: Y.Doc): string => doc.getXmlFragment('default').toString();
