import type { Participant } from '@praxis/contracts';

/** The longest a presence change waits to be sent with others. */
export const PRESENCE_BATCH_MS = 250;

export interface PresenceChange {
  joined: Participant[];
  left: string[];
}

interface Pending {
  joined: Map<string, Participant>;
  left: Set<string>;
  timer?: NodeJS.Timeout;
}

/**
 * Gathers who arrived and who left per session into one `presence:changed`. The first change after a quiet
 * spell goes out at once; changes within the next PRESENCE_BATCH_MS wait and go out together. A thousand
 * people arriving at the start time then cost each client a few dozen packets instead of a thousand (the
 * broadcast is what costs: N arrivals told to N people).
 */
export class PresenceBatcher {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly send: (sessionId: string, change: PresenceChange) => void,
    private readonly windowMs = PRESENCE_BATCH_MS,
  ) {}

  joined(sessionId: string, participant: Participant): void {
    this.change(sessionId, (batch) => {
      batch.left.delete(participant.userId);
      batch.joined.set(participant.userId, participant);
    });
  }

  left(sessionId: string, userId: string): void {
    this.change(sessionId, (batch) => {
      batch.joined.delete(userId);
      batch.left.add(userId);
    });
  }

  /** Drops what has not been sent (the server is stopping). */
  dispose(): void {
    for (const batch of this.pending.values()) clearTimeout(batch.timer);
    this.pending.clear();
  }

  private change(sessionId: string, apply: (batch: Pending) => void): void {
    const waiting = this.pending.get(sessionId);
    if (waiting) {
      apply(waiting);
      return;
    }
    const batch: Pending = { joined: new Map(), left: new Set() };
    this.pending.set(sessionId, batch);
    apply(batch);
    this.flush(sessionId, batch);
  }

  private flush(sessionId: string, batch: Pending): void {
    if (batch.joined.size === 0 && batch.left.size === 0) {
      this.pending.delete(sessionId);
      return;
    }
    const change = { joined: [...batch.joined.values()], left: [...batch.left] };
    batch.joined.clear();
    batch.left.clear();
    batch.timer = setTimeout(() => this.flush(sessionId, batch), this.windowMs);
    batch.timer.unref();
    this.send(sessionId, change);
  }
}
