import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isForeignKeyViolation } from '../common/database-errors';
import { type PreparedStatement, PreparedStatements } from '../database/prepared-statements';
import { encodeUpdateBatch } from './update-batch';

const MAX_RETRY_DELAY_MS = 5_000;
/**
 * How long a group stays open for more updates once its first one arrives. At typing rates updates come
 * one per event-loop turn, so without a window every keystroke would be its own transaction (≈ 0.5 ms of
 * API CPU and as much of PostgreSQL's); only "saved" waits for it, never editing or broadcasting.
 */
export const COMMIT_WINDOW_MS = 50;

const INSERT_GROUP: PreparedStatement = {
  name: 'notes-log-insert',
  text: `INSERT INTO notes_updates (session_id, updates, update_count)
         SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::int[])`,
};

/**
 * The durable log of notes updates, written in group commits: updates are queued as they are applied,
 * and one INSERT writes everything that queued within the commit window or while the previous INSERT ran
 * (a row per session, holding its updates in order). Editing and broadcasting never wait on it; only the "saved" acknowledgement
 * does (`afterCommit`). A failed write keeps its updates queued and retries, so nothing acknowledged is
 * ever lost and nothing is acknowledged before it is stored.
 */
@Injectable()
export class NotesLog {
  private readonly logger = new Logger(NotesLog.name);
  private queued = new Map<string, Uint8Array[]>();
  private appended = 0;
  private committed = 0;
  private waiters: { through: number; release: () => void }[] = [];
  private writing: Promise<void> | null = null;
  private scheduled = false;
  private retryDelay = 0;

  constructor(
    private readonly statements: PreparedStatements,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  append(sessionId: string, update: Uint8Array): void {
    const list = this.queued.get(sessionId);
    if (list) list.push(update);
    else this.queued.set(sessionId, [update]);
    this.appended += 1;
    this.schedule();
  }

  /** Runs `release` once every update appended so far is committed. */
  afterCommit(release: () => void): void {
    if (this.committed >= this.appended) release();
    else this.waiters.push({ through: this.appended, release });
  }

  /** Resolves once every update appended so far is committed. */
  flushed(): Promise<void> {
    return new Promise((resolve) => this.afterCommit(resolve));
  }

  get pending(): number {
    return this.appended - this.committed;
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.writing ??= this.writeGroup().finally(() => {
        this.writing = null;
        if (this.queued.size > 0) this.schedule();
      });
    }, COMMIT_WINDOW_MS);
  }

  /** Writes what is queued as one group, retrying (with what queues meanwhile) until it is stored. */
  private async writeGroup(): Promise<void> {
    for (;;) {
      const group = this.queued;
      const through = this.appended;
      this.queued = new Map();
      try {
        await this.insert(group);
        this.committed = through;
        this.retryDelay = 0;
        this.releaseWaiters();
        return;
      } catch (error) {
        for (const [sessionId, updates] of this.queued) {
          const older = group.get(sessionId);
          if (older) older.push(...updates);
          else group.set(sessionId, updates);
        }
        this.queued = group;
        this.retryDelay = Math.min(Math.max(this.retryDelay * 2, 100), MAX_RETRY_DELAY_MS);
        this.logger.warn(
          `Could not store notes updates (${this.pending} waiting), retrying in ${this.retryDelay} ms: ${String(error)}`,
        );
        await sleep(this.retryDelay);
      }
    }
  }

  private async insert(group: Map<string, Uint8Array[]>): Promise<void> {
    const sessionIds = [...group.keys()];
    const rows = sessionIds.map((id) => Buffer.from(encodeUpdateBatch(group.get(id)!)));
    const counts = sessionIds.map((id) => group.get(id)!.length);
    try {
      await this.statements.query(INSERT_GROUP, [sessionIds, rows, counts]);
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      // A session was deleted while its notes were open: its updates have nowhere to go.
      const existing: { id: string }[] = await this.dataSource.query(
        'SELECT id FROM sessions WHERE id = ANY($1)',
        [sessionIds],
      );
      const kept = new Set(existing.map((row) => row.id));
      for (const id of sessionIds) if (!kept.has(id)) group.delete(id);
      if (group.size > 0) await this.insert(group);
    }
  }

  private releaseWaiters(): void {
    let released = 0;
    while (released < this.waiters.length && this.waiters[released]!.through <= this.committed) {
      this.waiters[released]!.release();
      released += 1;
    }
    if (released > 0) this.waiters.splice(0, released);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
