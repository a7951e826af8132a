import type { ClientToServerEvents, ServerToClientEvents } from '@praxis/contracts';
import { io, type Socket } from 'socket.io-client';
import type { TestApp } from './test-app';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client on the app's /live namespace, carrying a session cookie. */
export function liveClient(
  t: TestApp,
  cookie: string | undefined,
  options: { origin?: string } = {},
): LiveClient {
  const address = t.app.getHttpServer().address() as { port: number };
  return io(`http://127.0.0.1:${address.port}/live`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(options.origin ? { Origin: options.origin } : {}),
    },
  });
}

export function connected(client: LiveClient): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('connect_error', reject);
  });
}

/** The next event of a kind that satisfies the predicate. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  client: LiveClient,
  event: E,
  predicate: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`No ${String(event)} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      (client as unknown as { off(e: string, l: unknown): void }).off(event as string, listener);
      resolve(payload);
    };
    (client as unknown as { on(e: string, l: unknown): void }).on(event as string, listener);
  });
}
