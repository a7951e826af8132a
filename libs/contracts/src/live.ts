import { z } from 'zod';
import { ROLES } from './auth';

/** Limits both ends agree on. */
export const LIVE_LIMITS = {
  chatMax: 1000,
  questionMax: 500,
  chatHistory: 200,
  chatPerTenSeconds: 8,
} as const;

export const REACTIONS = ['👏', '👍', '❤️', '😂', '🎉', '🙏'] as const;

// ---- REST: joining the video room ----

export const joinResponseSchema = z.object({
  serverUrl: z.string(),
  token: z.string(),
  identity: z.string(),
  room: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const JOIN_WINDOW_MINUTES_BEFORE = 15;

export const moderationActionSchema = z.strictObject({
  action: z.enum(['mute', 'remove', 'allowPresenting', 'stopPresenting']),
  userId: z.uuid(),
});
export type ModerationAction = z.infer<typeof moderationActionSchema>;

// ---- Socket.io namespace /live ----

export const sessionRef = z.strictObject({ sessionId: z.uuid() });

export const liveEventSchemas = {
  'session:join': sessionRef,
  'session:leave': sessionRef,
  'session:status': z.strictObject({ sessionId: z.uuid(), status: z.enum(['live', 'ended']) }),
  'hand:raise': sessionRef,
  'hand:lower': z.strictObject({ sessionId: z.uuid(), userId: z.uuid().optional() }),
  'chat:send': z.strictObject({
    sessionId: z.uuid(),
    text: z.string().trim().min(1).max(LIVE_LIMITS.chatMax),
  }),
  'chat:delete': z.strictObject({ sessionId: z.uuid(), messageId: z.uuid() }),
  'question:ask': z.strictObject({
    sessionId: z.uuid(),
    text: z.string().trim().min(1).max(LIVE_LIMITS.questionMax),
  }),
  'question:upvote': z.strictObject({ sessionId: z.uuid(), questionId: z.uuid() }),
  'question:answer': z.strictObject({
    sessionId: z.uuid(),
    questionId: z.uuid(),
    answered: z.boolean(),
  }),
  'question:delete': z.strictObject({ sessionId: z.uuid(), questionId: z.uuid() }),
  'reaction:send': z.strictObject({ sessionId: z.uuid(), emoji: z.enum(REACTIONS) }),
  'agenda:start': sessionRef,
  'agenda:advance': sessionRef,
  'agenda:back': sessionRef,
} as const;
export type LiveEventName = keyof typeof liveEventSchemas;
export type LivePayload<E extends LiveEventName> = z.input<(typeof liveEventSchemas)[E]>;

export const participantSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  role: z.enum([...ROLES, 'admin']),
  countryCode: z.string().nullable(),
  delegationId: z.uuid().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Counts per country, in first-seen order: derived from the participants on both ends. */
export function countByCountry(
  participants: readonly Participant[],
): { countryCode: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const p of participants) counts.set(p.countryCode, (counts.get(p.countryCode) ?? 0) + 1);
  return [...counts.entries()].map(([countryCode, count]) => ({ countryCode, count }));
}

export const presenceSchema = z.object({
  participants: z.array(participantSchema),
  byCountry: z.array(z.object({ countryCode: z.string().nullable(), count: z.number().int() })),
});
export type Presence = z.infer<typeof presenceSchema>;

export const handSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  countryCode: z.string().nullable(),
  raisedAt: z.string(),
});
export type Hand = z.infer<typeof handSchema>;

export const chatMessageSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  countryCode: z.string().nullable(),
  text: z.string(),
  sentAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const questionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  countryCode: z.string().nullable(),
  text: z.string(),
  askedAt: z.string(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
  answered: z.boolean(),
});
export type Question = z.infer<typeof questionSchema>;

export const agendaStateSchema = z.object({
  /** The agenda item live now, or null before the convener starts it (and after the last). */
  currentItemId: z.uuid().nullable(),
  currentIndex: z.number().int().nullable(),
  /** When the current item started: every client runs the same timer from it. */
  itemStartedAt: z.string().nullable(),
  /** True once the convener has moved past the last item (currentItemId is then null). */
  finished: z.boolean(),
});
export type AgendaState = z.infer<typeof agendaStateSchema>;

/** Everything a client needs on joining (or reconnecting) to a session's live room. */
export const liveSnapshotSchema = z.object({
  sessionId: z.uuid(),
  status: z.enum(['scheduled', 'live', 'ended', 'cancelled']),
  you: participantSchema.extend({ canModerate: z.boolean(), canWrite: z.boolean() }),
  presence: presenceSchema,
  hands: z.array(handSchema),
  chat: z.array(chatMessageSchema),
  questions: z.array(questionSchema),
  agenda: agendaStateSchema,
});
export type LiveSnapshot = z.infer<typeof liveSnapshotSchema>;

export type LiveAck<T = void> =
  { ok: true; data: T } | { ok: false; code: string; message: string };

/** Events the browser sends; each answers through its acknowledgement callback. */
export interface ClientToServerEvents {
  'session:join': (
    payload: LivePayload<'session:join'>,
    ack: (result: LiveAck<LiveSnapshot>) => void,
  ) => void;
  'session:leave': (payload: LivePayload<'session:leave'>, ack: (result: LiveAck) => void) => void;
  'session:status': (
    payload: LivePayload<'session:status'>,
    ack: (result: LiveAck) => void,
  ) => void;
  'hand:raise': (payload: LivePayload<'hand:raise'>, ack: (result: LiveAck) => void) => void;
  'hand:lower': (payload: LivePayload<'hand:lower'>, ack: (result: LiveAck) => void) => void;
  'chat:send': (
    payload: LivePayload<'chat:send'>,
    ack: (result: LiveAck<ChatMessage>) => void,
  ) => void;
  'chat:delete': (payload: LivePayload<'chat:delete'>, ack: (result: LiveAck) => void) => void;
  'question:ask': (
    payload: LivePayload<'question:ask'>,
    ack: (result: LiveAck<Question>) => void,
  ) => void;
  'question:upvote': (
    payload: LivePayload<'question:upvote'>,
    ack: (result: LiveAck) => void,
  ) => void;
  'question:answer': (
    payload: LivePayload<'question:answer'>,
    ack: (result: LiveAck) => void,
  ) => void;
  'question:delete': (
    payload: LivePayload<'question:delete'>,
    ack: (result: LiveAck) => void,
  ) => void;
  'reaction:send': (payload: LivePayload<'reaction:send'>, ack: (result: LiveAck) => void) => void;
  'agenda:start': (
    payload: LivePayload<'agenda:start'>,
    ack: (result: LiveAck<AgendaState>) => void,
  ) => void;
  'agenda:advance': (
    payload: LivePayload<'agenda:advance'>,
    ack: (result: LiveAck<AgendaState>) => void,
  ) => void;
  'agenda:back': (
    payload: LivePayload<'agenda:back'>,
    ack: (result: LiveAck<AgendaState>) => void,
  ) => void;
}

/** Events the server broadcasts to a session's room. Every payload carries its sessionId. */
export interface ServerToClientEvents {
  /**
   * Who arrived (first tab) and who left (last tab) since the last change sent; the full list comes once,
   * in the join snapshot. Changes are gathered for up to a quarter of a second, so a thousand people arriving
   * at the start time cost each client a few dozen of these, not a thousand. `joined` and `left` never
   * name the same person: apply `left`, then `joined`.
   */
  'presence:changed': (payload: {
    sessionId: string;
    joined: Participant[];
    left: string[];
  }) => void;
  'hands:update': (payload: { sessionId: string; hands: Hand[] }) => void;
  'chat:message': (payload: { sessionId: string; message: ChatMessage }) => void;
  'chat:deleted': (payload: { sessionId: string; messageId: string }) => void;
  /** A question changed; `votedByMe` is false here: clients keep their own vote flags. */
  'question:update': (payload: { sessionId: string; question: Question }) => void;
  'question:deleted': (payload: { sessionId: string; questionId: string }) => void;
  'reaction:sent': (payload: { sessionId: string; userId: string; emoji: string }) => void;
  'agenda:update': (payload: { sessionId: string } & AgendaState) => void;
  'session:status': (payload: {
    sessionId: string;
    status: 'scheduled' | 'live' | 'ended' | 'cancelled';
  }) => void;
  /** Sent before the server removes someone whose access ended (removed, disabled, role changed). */
  'session:revoked': (payload: { sessionId: string; code: string }) => void;
}

export const LIVE_NAMESPACE = '/live';
