import type { AgendaState, ChatMessage, LiveAck, LiveEventName, LivePayload, Question, ServerToClientEvents } from '@praxis/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyLiveEvent, type LiveEvent, type LiveState, markVoted } from './liveState';
import { openLiveSocket, sendLive, type LiveSocket } from './liveSocket';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'revoked' | 'failed';

const SERVER_EVENTS: (keyof ServerToClientEvents)[] = [
  'presence:changed',
  'hands:update',
  'chat:message',
  'chat:deleted',
  'question:update',
  'question:deleted',
  'reaction:sent',
  'agenda:update',
  'session:status',
  'session:revoked',
];

/**
 * The live state of one session over socket.io: joins on connect (and again after every reconnect, so
 * a returning client gets the same agenda item and timer), applies server events, and exposes the
 * actions, each resolving with the server's acknowledgement.
 */
export function useLiveSession(sessionId: string) {
  const [state, setState] = useState<LiveState | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [joinError, setJoinError] = useState<{ code: string; message: string } | null>(null);
  const [reactions, setReactions] = useState<{ userId: string; emoji: string; at: number }[]>([]);
  const socketRef = useRef<LiveSocket | null>(null);

  useEffect(() => {
    const socket = openLiveSocket();
    socketRef.current = socket;
    const join = async () => {
      const ack = await sendLive<'session:join', LiveState>(socket, 'session:join', { sessionId });
      if (ack.ok) {
        setState(ack.data);
        setJoinError(null);
        setConnection('connected');
      } else {
        setJoinError({ code: ack.code, message: ack.message });
        setConnection('failed');
      }
    };
    socket.on('connect', () => void join());
    socket.on('disconnect', () => setConnection((c) => (c === 'revoked' ? c : 'reconnecting')));
    socket.on('connect_error', (error) => {
      setConnection('failed');
      setJoinError({ code: error.message, message: error.message });
    });
    for (const type of SERVER_EVENTS) {
      (socket as unknown as { on(e: string, l: (p: unknown) => void): void }).on(type, (payload) => {
        const event = { type, payload } as LiveEvent;
        if (event.type === 'session:revoked' && event.payload.sessionId === sessionId) setConnection('revoked');
        if (event.type === 'reaction:sent' && event.payload.sessionId === sessionId) {
          setReactions((list) => [...list.slice(-20), { userId: event.payload.userId, emoji: event.payload.emoji, at: Date.now() }]);
        }
        setState((current) => (current ? applyLiveEvent(current, event) : current));
      });
    }
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId]);

  const send = useCallback(
    async <E extends LiveEventName, T = void>(event: E, payload: Omit<LivePayload<E>, 'sessionId'>): Promise<LiveAck<T>> => {
      const socket = socketRef.current;
      if (!socket) return { ok: false, code: 'network_error', message: 'Not connected.' };
      return sendLive<E, T>(socket, event, { ...payload, sessionId } as LivePayload<E>);
    },
    [sessionId],
  );

  const actions = {
    sendChat: (text: string) => send<'chat:send', ChatMessage>('chat:send', { text }),
    deleteChat: (messageId: string) => send('chat:delete', { messageId }),
    ask: (text: string) => send<'question:ask', Question>('question:ask', { text }),
    upvote: async (questionId: string) => {
      const ack = await send('question:upvote', { questionId });
      if (ack.ok) setState((current) => (current ? markVoted(current, questionId) : current));
      return ack;
    },
    markAnswered: (questionId: string, answered: boolean) => send('question:answer', { questionId, answered }),
    deleteQuestion: (questionId: string) => send('question:delete', { questionId }),
    raiseHand: () => send('hand:raise', {}),
    lowerHand: (userId?: string) => send('hand:lower', userId ? { userId } : {}),
    react: (emoji: LivePayload<'reaction:send'>['emoji']) => send('reaction:send', { emoji }),
    startAgenda: () => send<'agenda:start', AgendaState>('agenda:start', {}),
    advanceAgenda: () => send<'agenda:advance', AgendaState>('agenda:advance', {}),
    backAgenda: () => send<'agenda:back', AgendaState>('agenda:back', {}),
    setStatus: (status: 'live' | 'ended') => send('session:status', { status }),
  };

  return { state, connection, joinError, reactions, actions };
}
