import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { NotesLog } from './notes-log';
import { decodeUpdateBatch } from './update-batch';

export interface StoredNotes {
  /** The snapshot first, then every logged update in order. */
  updates: Uint8Array[];
  /** Bytes stored for the document (snapshot and log). */
  bytes: number;
  /** Log rows not yet folded into the snapshot. */
  logRows: number;
}

/** Reads and compacts the stored notes: snapshot + update log, always from PostgreSQL. */
@Injectable()
export class NotesStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: NotesLog,
  ) {}

  /** Everything stored for a session's notes. Throws when the database cannot answer. */
  async load(
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredNotes & { logIds: string[] }> {
    const snapshot: { state: Buffer }[] = await manager.query(
      'SELECT state FROM notes_snapshots WHERE session_id = $1',
      [sessionId],
    );
    const rows: { id: string; updates: Buffer }[] = await manager.query(
      'SELECT id, updates FROM notes_updates WHERE session_id = $1 ORDER BY id',
      [sessionId],
    );
    const updates: Uint8Array[] = snapshot[0] ? [new Uint8Array(snapshot[0].state)] : [];
    let bytes = snapshot[0]?.state.length ?? 0;
    for (const row of rows) {
      updates.push(...decodeUpdateBatch(new Uint8Array(row.updates)));
      bytes += row.updates.length;
    }
    return { updates, bytes, logRows: rows.length, logIds: rows.map((row) => row.id) };
  }

  /** The stored notes as a fresh Y.Doc, after waiting for updates still being written. */
  async document(sessionId: string): Promise<Y.Doc> {
    await this.log.flushed();
    const doc = new Y.Doc();
    applyAll(doc, (await this.load(sessionId)).updates);
    return doc;
  }

  /**
   * Folds the log into the snapshot. Built from what PostgreSQL holds (never from a document in memory,
   * which could be empty after a failed load), and deletes exactly the log rows it read.
   */
  async compact(sessionId: string): Promise<{ bytes: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`notes:${sessionId}`]);
      const stored = await this.load(sessionId, manager);
      if (stored.logIds.length === 0) return { bytes: stored.bytes };
      const doc = new Y.Doc();
      applyAll(doc, stored.updates);
      const state = Buffer.from(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      await manager.query(
        `INSERT INTO notes_snapshots (session_id, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (session_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [sessionId, state],
      );
      await manager.query('DELETE FROM notes_updates WHERE id = ANY($1::bigint[])', [
        stored.logIds,
      ]);
      return { bytes: state.length };
    });
  }
}

/** Applies many updates in one transaction (one by one they would each pay for a transaction). */
export function applyAll(doc: Y.Doc, updates: Uint8Array[], origin?: unknown): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  }, origin);
}
