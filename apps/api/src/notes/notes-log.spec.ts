import type { DataSource } from 'typeorm';
import type { PreparedStatements } from '../database/prepared-statements';
import { COMMIT_WINDOW_MS, NotesLog } from './notes-log';
import { decodeUpdateBatch } from './update-batch';

const SESSION = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

/** A stand-in for the database that records each INSERT and answers when the test says so. */
function fakeDatabase({ autoCommit = false } = {}) {
  const inserts: { sessionIds: string[]; batches: Buffer[]; settle: (error?: Error) => void }[] =
    [];
  const database = {
    query: (_statement: unknown, [sessionIds, batches]: [string[], Buffer[]]) =>
      new Promise<void>((resolve, reject) => {
        inserts.push({
          sessionIds,
          batches,
          settle: (error) => (error ? reject(error) : resolve()),
        });
        if (autoCommit) resolve();
      }),
  };
  return {
    statements: database as unknown as PreparedStatements,
    dataSource: database as unknown as DataSource,
    inserts,
  };
}

const update = (byte: number) => new Uint8Array([byte]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('NotesLog', () => {
  it('writes the updates of a typing burst as one group, in order, a row per session', async () => {
    const { statements, dataSource, inserts } = fakeDatabase({ autoCommit: true });
    const log = new NotesLog(statements, dataSource);
    log.append(SESSION, update(1));
    await sleep(2);
    log.append(OTHER, update(9));
    await sleep(2);
    log.append(SESSION, update(2));

    await sleep(COMMIT_WINDOW_MS + 20);
    expect(inserts).toHaveLength(1);
    const [insert] = inserts;
    expect(insert!.sessionIds).toEqual([SESSION, OTHER]);
    expect(decodeUpdateBatch(insert!.batches[0]!)).toEqual([update(1), update(2)]);
    expect(decodeUpdateBatch(insert!.batches[1]!)).toEqual([update(9)]);
  });

  it('says "saved" only once the group holding the update is committed', async () => {
    const { statements, dataSource, inserts } = fakeDatabase();
    const log = new NotesLog(statements, dataSource);
    const released: number[] = [];
    log.append(SESSION, update(1));
    log.afterCommit(() => released.push(1));
    await sleep(COMMIT_WINDOW_MS + 20);
    log.append(SESSION, update(2)); // arrives while the first group is being written
    log.afterCommit(() => released.push(2));

    expect(released).toEqual([]);
    inserts[0]!.settle();
    await sleep(0);
    expect(released).toEqual([1]);
    expect(log.pending).toBe(1);

    await sleep(COMMIT_WINDOW_MS + 20);
    expect(inserts).toHaveLength(2);
    inserts[1]!.settle();
    await log.flushed();
    expect(released).toEqual([1, 2]);
    expect(log.pending).toBe(0);
  });

  it('keeps a failed group and writes it again with what arrived meanwhile, acknowledging nothing before', async () => {
    const { statements, dataSource, inserts } = fakeDatabase();
    const log = new NotesLog(statements, dataSource);
    let saved = false;
    log.append(SESSION, update(1));
    log.afterCommit(() => (saved = true));
    await sleep(COMMIT_WINDOW_MS + 20);
    log.append(SESSION, update(2));
    inserts[0]!.settle(new Error('connection terminated'));

    await sleep(150); // the first retry comes after 100 ms
    expect(saved).toBe(false);
    expect(inserts).toHaveLength(2);
    expect(decodeUpdateBatch(inserts[1]!.batches[0]!)).toEqual([update(1), update(2)]);
    inserts[1]!.settle();
    await log.flushed();
    expect(saved).toBe(true);
  });
});
