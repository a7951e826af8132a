import {
  type ClientToServerEvents,
  LIVE_NAMESPACE,
  type LiveAck,
  type LiveEventName,
  type LivePayload,
  type ServerToClientEvents,
} from '@praxis/contracts';
import { io, type Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket.io connection to /live on this origin, authenticated by the session cookie. */
export function openLiveSocket(): LiveSocket {
  return io(LIVE_NAMESPACE, {
    path: '/socket.io',
    transports: ['websocket', 'polling'],
    withCredentials: true,
    reconnectionDelayMax: 10_000,
  });
}

const ACK_TIMEOUT_MS = 10_000;

/** Sends an event and resolves with its acknowledgement (or a timeout error ack). */
export function sendLive<E extends LiveEventName, T = void>(socket: LiveSocket, event: E, payload: LivePayload<E>): Promise<LiveAck<T>> {
  return new Promise((resolve) => {
    const emitter = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emit(name: string, body: unknown, ack: (error: Error | null, result: LiveAck<T>) => void): void;
    };
    emitter.emit(event, payload, (error, result) => {
      resolve(error ? { ok: false, code: 'network_error', message: error.message } : result);
    });
  });
}
