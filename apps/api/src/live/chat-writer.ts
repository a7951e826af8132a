import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type PreparedStatement, PreparedStatements } from '../database/prepared-statements';

/**
 * How long a batch of chat lines stays open once its first line arrives. A busy room sends many lines
 * per second: one INSERT for all of them costs what one line used to, and each line is still stored
 * before it is broadcast or acknowledged.
 */
export const CHAT_COMMIT_WINDOW_MS = 10;

const INSERT_LINES: PreparedStatement = {
  name: 'chat-insert',
  text: `INSERT INTO chat_messages (id, session_id, user_id, text, sent_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::timestamptz[])`,
};

interface Pending {
  row: { id: string; sessionId: string; userId: string; text: string; sentAt: Date };
  stored: { resolve: () => void; reject: (error: unknown) => void };
}

/** Stores chat lines in group commits: many lines per INSERT, each caller waiting for its own line. */
@Injectable()
export class ChatWriter {
  private queued: Pending[] = [];
  private scheduled = false;

  constructor(private readonly statements: PreparedStatements) {}

  /** Resolves with the stored line's id and time once it is committed; rejects if it could not be stored. */
  write(sessionId: string, userId: string, text: string): Promise<{ id: string; sentAt: Date }> {
    const row = { id: randomUUID(), sessionId, userId, text, sentAt: new Date() };
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ row, stored: { resolve, reject } });
      this.schedule();
    }).then(() => ({ id: row.id, sentAt: row.sentAt }));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const batch = this.queued;
      this.queued = [];
      void this.insert(batch);
    }, CHAT_COMMIT_WINDOW_MS);
  }

  private async insert(batch: Pending[]): Promise<void> {
    const rows = batch.map(({ row }) => row);
    try {
      await this.statements.query(INSERT_LINES, [
        rows.map((r) => r.id),
        rows.map((r) => r.sessionId),
        rows.map((r) => r.userId),
        rows.map((r) => r.text),
        rows.map((r) => r.sentAt.toISOString()),
      ]);
      for (const { stored } of batch) stored.resolve();
    } catch (error) {
      // One bad line (a session deleted meanwhile, say) must not lose the others: store them one by one.
      if (batch.length > 1) await Promise.all(batch.map((pending) => this.insert([pending])));
      else batch[0]!.stored.reject(error);
    }
  }
}
