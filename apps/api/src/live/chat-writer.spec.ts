import type { PreparedStatements } from '../database/prepared-statements';
import { ChatWriter } from './chat-writer';

const SESSION = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-000000000002';

/** A stand-in for the database: records each INSERT's lines and refuses any line saying "refuse". */
function fakeDatabase() {
  const inserts: string[][] = [];
  const statements = {
    query: async (_statement: unknown, params: unknown[][]) => {
      const texts = params[3] as string[];
      inserts.push(texts);
      if (texts.includes('refuse')) throw new Error('violates a constraint');
    },
  } as unknown as PreparedStatements;
  return { statements, inserts };
}

describe('ChatWriter', () => {
  it('stores the lines of a busy moment in one INSERT, each caller getting its own id', async () => {
    const { statements, inserts } = fakeDatabase();
    const writer = new ChatWriter(statements);
    const stored = await Promise.all(
      ['one', 'two', 'three'].map((text) => writer.write(SESSION, USER, text)),
    );
    expect(inserts).toEqual([['one', 'two', 'three']]);
    expect(new Set(stored.map((line) => line.id)).size).toBe(3);
  });

  it('does not lose the other lines of a batch when one cannot be stored', async () => {
    const { statements, inserts } = fakeDatabase();
    const writer = new ChatWriter(statements);
    const results = await Promise.allSettled(
      ['kept', 'refuse', 'also kept'].map((text) => writer.write(SESSION, USER, text)),
    );
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(inserts.slice(1).sort()).toEqual([['also kept'], ['kept'], ['refuse']]);
  });
});
