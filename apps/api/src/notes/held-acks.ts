import type { WebSocketLike } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type { NotesLog } from './notes-log';

const SYNC_STATUS = 8;

/**
 * The socket Hocuspocus writes to. Hocuspocus acknowledges an update ("SyncStatus") as soon as it is in
 * memory; this holds each acknowledgement back until every update applied before it is committed to the
 * notes log, so a client is told "saved" only when a crash can no longer lose the update. Everything
 * else goes out at once.
 */
export class HeldAckSocket implements WebSocketLike {
  constructor(
    private readonly socket: WebSocket,
    private readonly log: NotesLog,
  ) {}

  get readyState(): number {
    return this.socket.readyState;
  }

  send(data: Uint8Array): void {
    if (this.log.pending > 0 && isSyncStatus(data)) {
      this.log.afterCommit(() => {
        if (this.socket.readyState === this.socket.OPEN) this.socket.send(data);
      });
      return;
    }
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }
}

/** Reads only the message type after the document name: this runs for every frame to every editor. */
export function isSyncStatus(frame: Uint8Array): boolean {
  let offset = 0;
  let nameLength = 0;
  for (let shift = 0; offset < frame.length; shift += 7) {
    const byte = frame[offset++]!;
    nameLength += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return frame[offset + nameLength] === SYNC_STATUS;
}
