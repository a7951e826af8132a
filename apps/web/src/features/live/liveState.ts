import { type ChatMessage, countByCountry, type Hand, type LiveSnapshot, type Participant, type Question, type ServerToClientEvents } from '@praxis/contracts';

/** What the live room shows; built from the join snapshot and then kept current by server events. */
export type LiveState = LiveSnapshot;

export type LiveEvent = {
  [E in keyof ServerToClientEvents]: { type: E; payload: Parameters<ServerToClientEvents[E]>[0] };
}[keyof ServerToClientEvents];

const byVotes = (a: Question, b: Question) => b.votes - a.votes || a.askedAt.localeCompare(b.askedAt);

/** Applies one server event to the state; events for other sessions are ignored. */
export function applyLiveEvent(state: LiveState, event: LiveEvent): LiveState {
  if (event.payload.sessionId !== state.sessionId) return state;
  switch (event.type) {
    case 'presence:changed': {
      const gone = new Set([...event.payload.left, ...event.payload.joined.map((p) => p.userId)]);
      const staying = state.presence.participants.filter((p) => !gone.has(p.userId));
      return withParticipants(state, [...staying, ...event.payload.joined]);
    }
    case 'hands:update':
      return { ...state, hands: event.payload.hands satisfies Hand[] };
    case 'chat:message':
      if (state.chat.some((m) => m.id === event.payload.message.id)) return state;
      return { ...state, chat: [...state.chat, event.payload.message satisfies ChatMessage] };
    case 'chat:deleted':
      return { ...state, chat: state.chat.filter((m) => m.id !== event.payload.messageId) };
    case 'question:update': {
      const incoming = event.payload.question;
      const mine = state.questions.find((q) => q.id === incoming.id)?.votedByMe ?? false;
      const merged = { ...incoming, votedByMe: mine || incoming.votedByMe };
      const others = state.questions.filter((q) => q.id !== incoming.id);
      return { ...state, questions: [...others, merged].sort(byVotes) };
    }
    case 'question:deleted':
      return { ...state, questions: state.questions.filter((q) => q.id !== event.payload.questionId) };
    case 'agenda:update':
      return {
        ...state,
        agenda: {
          currentItemId: event.payload.currentItemId,
          currentIndex: event.payload.currentIndex,
          itemStartedAt: event.payload.itemStartedAt,
          finished: event.payload.finished,
        },
      };
    case 'session:status':
      return { ...state, status: event.payload.status };
    case 'reaction:sent':
    case 'session:revoked':
      return state;
  }
}

function withParticipants(state: LiveState, list: Participant[]): LiveState {
  const participants = [...list].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { ...state, presence: { participants, byCountry: countByCountry(participants) } };
}

/** Marks a question as voted by the viewer after their up-vote was accepted. */
export function markVoted(state: LiveState, questionId: string): LiveState {
  return { ...state, questions: state.questions.map((q) => (q.id === questionId ? { ...q, votedByMe: true } : q)) };
}
