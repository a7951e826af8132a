import type { LiveSnapshot, Question } from '@praxis/contracts';
import { applyLiveEvent, markVoted } from './liveState';

const SESSION = '11111111-1111-4111-8111-111111111111';
const question = (id: string, votes: number, askedAt: string): Question => ({
  id,
  userId: '22222222-2222-4222-8222-222222222222',
  displayName: 'Tuyeni',
  countryCode: 'NA',
  text: `Question ${id}`,
  askedAt,
  votes,
  votedByMe: false,
  answered: false,
});

const snapshot: LiveSnapshot = {
  sessionId: SESSION,
  status: 'scheduled',
  you: { userId: '33333333-3333-4333-8333-333333333333', displayName: 'Me', role: 'member', countryCode: 'NA', delegationId: null, canModerate: false, canWrite: true },
  presence: { participants: [], byCountry: [] },
  hands: [],
  chat: [],
  questions: [question('a', 1, '2026-01-01T10:00:00Z'), question('b', 0, '2026-01-01T10:01:00Z')],
  agenda: { currentItemId: null, currentIndex: null, itemStartedAt: null, finished: false },
};

describe('applyLiveEvent', () => {
  it('re-sorts questions by votes and keeps the viewer’s own vote flag', () => {
    const voted = markVoted(snapshot, 'b');
    const next = applyLiveEvent(voted, { type: 'question:update', payload: { sessionId: SESSION, question: question('b', 2, '2026-01-01T10:01:00Z') } });
    expect(next.questions.map((q) => [q.id, q.votes, q.votedByMe])).toEqual([
      ['b', 2, true],
      ['a', 1, false],
    ]);
  });

  it('ignores events of other sessions and duplicate chat messages', () => {
    const message = { id: 'm1', userId: 'u', displayName: 'U', countryCode: null, text: 'hi', sentAt: '2026-01-01T10:00:00Z' };
    const once = applyLiveEvent(snapshot, { type: 'chat:message', payload: { sessionId: SESSION, message } });
    const twice = applyLiveEvent(once, { type: 'chat:message', payload: { sessionId: SESSION, message } });
    expect(twice.chat).toHaveLength(1);
    const other = applyLiveEvent(snapshot, { type: 'chat:message', payload: { sessionId: 'other', message } });
    expect(other).toBe(snapshot);
  });

  it('applies batches of arrivals and departures, each person once, keeping the counts by country', () => {
    const grace = { userId: '44444444-4444-4444-8444-444444444444', displayName: 'Grace', role: 'member' as const, countryCode: 'MW', delegationId: null };
    const amani = { userId: '55555555-5555-4555-8555-555555555555', displayName: 'Amani', role: 'member' as const, countryCode: 'TZ', delegationId: null };
    const change = (joined: (typeof grace)[], left: string[]) =>
      ({ type: 'presence:changed', payload: { sessionId: SESSION, joined, left } }) as const;
    const joined = applyLiveEvent(snapshot, change([grace, amani], []));
    const again = applyLiveEvent(joined, change([grace], []));
    expect(again.presence).toEqual({ participants: [amani, grace], byCountry: [{ countryCode: 'TZ', count: 1 }, { countryCode: 'MW', count: 1 }] });
    const left = applyLiveEvent(again, change([], [grace.userId]));
    expect(left.presence).toEqual({ participants: [amani], byCountry: [{ countryCode: 'TZ', count: 1 }] });
  });

  it('follows the agenda and the session status', () => {
    const moved = applyLiveEvent(snapshot, { type: 'agenda:update', payload: { sessionId: SESSION, currentItemId: 'i2', currentIndex: 1, itemStartedAt: '2026-01-01T10:05:00Z', finished: false } });
    expect(moved.agenda).toEqual({ currentItemId: 'i2', currentIndex: 1, itemStartedAt: '2026-01-01T10:05:00Z', finished: false });
    expect(applyLiveEvent(moved, { type: 'session:status', payload: { sessionId: SESSION, status: 'live' } }).status).toBe('live');
  });
});
