import type { Participant } from '@praxis/contracts';
import { PresenceBatcher, type PresenceChange } from './presence-batcher';

const SESSION = 'session-1';
const person = (n: number): Participant => ({
  userId: `user-${n}`,
  displayName: `Person ${n}`,
  role: 'member',
  countryCode: 'RW',
  delegationId: null,
});

describe('PresenceBatcher', () => {
  let sent: { sessionId: string; change: PresenceChange }[];
  let batcher: PresenceBatcher;

  beforeEach(() => {
    jest.useFakeTimers();
    sent = [];
    batcher = new PresenceBatcher((sessionId, change) => sent.push({ sessionId, change }), 250);
  });
  afterEach(() => {
    batcher.dispose();
    jest.useRealTimers();
  });

  it('sends the first change after a quiet spell at once', () => {
    batcher.joined(SESSION, person(1));
    expect(sent).toEqual([{ sessionId: SESSION, change: { joined: [person(1)], left: [] } }]);
  });

  it('gathers a burst of arrivals into one change per window', () => {
    for (let n = 1; n <= 1000; n += 1) {
      batcher.joined(SESSION, person(n));
      if (n % 100 === 0) jest.advanceTimersByTime(100);
    }
    jest.advanceTimersByTime(250);
    // 1,000 arrivals over one second: the first at once, then one change per 250 ms.
    expect(sent.length).toBeLessThanOrEqual(6);
    const everyone = sent.flatMap((s) => s.change.joined.map((p) => p.userId));
    expect(new Set(everyone).size).toBe(1000);
    expect(everyone).toHaveLength(1000);
  });

  it('keeps only the latest word on each person: arrived then left is "left", left then back is "joined"', () => {
    batcher.joined(SESSION, person(0)); // opens the window
    batcher.joined(SESSION, person(1));
    batcher.left(SESSION, 'user-1');
    batcher.left(SESSION, 'user-2');
    batcher.joined(SESSION, person(2));
    jest.advanceTimersByTime(250);
    expect(sent[1]?.change).toEqual({ joined: [person(2)], left: ['user-1'] });
  });

  it('keeps sessions apart and forgets a session once it has been quiet for a window', () => {
    batcher.joined('a', person(1));
    batcher.joined('b', person(2));
    expect(sent.map((s) => s.sessionId)).toEqual(['a', 'b']);
    jest.advanceTimersByTime(250);
    expect(sent).toHaveLength(2);
    expect(jest.getTimerCount()).toBe(0);
    batcher.left('a', 'user-1');
    expect(sent[2]).toEqual({ sessionId: 'a', change: { joined: [], left: ['user-1'] } });
  });
});
