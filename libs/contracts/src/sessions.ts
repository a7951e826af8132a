import { z } from 'zod';
import { timeZoneSchema } from './time-zones';

export const SESSION_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const AGENDA_KINDS = [
  'presentation',
  'panel',
  'discussion',
  'walkthrough',
  'qa',
  'break',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const SESSION_LIMITS = {
  titleMax: 200,
  descriptionMax: 10_000,
  topicsMax: 20,
  topicMax: 60,
  durationMin: 15,
  durationMax: 480,
  agendaItemsMax: 50,
  agendaTitleMax: 200,
  agendaNotesMax: 2000,
  presentersMax: 20,
} as const;

/** Which status a convener may move a session to from each status. A cancelled session is final. */
export const SESSION_TRANSITIONS: Record<SessionStatus, readonly SessionStatus[]> = {
  scheduled: ['live', 'ended', 'cancelled'],
  live: ['ended'],
  ended: ['live'],
  cancelled: [],
};

const topic = z.string().trim().min(1).max(SESSION_LIMITS.topicMax);
const topics = z
  .array(topic)
  .max(SESSION_LIMITS.topicsMax)
  .transform((list) => [...new Map(list.map((t) => [t.toLocaleLowerCase(), t])).values()]);

export const createSessionSchema = z.strictObject({
  title: z.string().trim().min(1).max(SESSION_LIMITS.titleMax),
  description: z.string().trim().max(SESSION_LIMITS.descriptionMax).default(''),
  topics: topics.default([]),
  startsAt: z.iso.datetime({ offset: true }),
  timeZone: timeZoneSchema,
  durationMinutes: z.number().int().min(SESSION_LIMITS.durationMin).max(SESSION_LIMITS.durationMax),
  /** `ended` records a meeting held before Praxis (it must lie in the past). */
  status: z.enum(['scheduled', 'ended']).default('scheduled'),
});
export type CreateSessionRequest = z.input<typeof createSessionSchema>;

export const updateSessionSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(SESSION_LIMITS.titleMax).optional(),
    description: z.string().trim().max(SESSION_LIMITS.descriptionMax).optional(),
    topics: topics.optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    timeZone: timeZoneSchema.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(SESSION_LIMITS.durationMin)
      .max(SESSION_LIMITS.durationMax)
      .optional(),
    status: z.enum(SESSION_STATUSES).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'names nothing to change' });
export type UpdateSessionRequest = z.input<typeof updateSessionSchema>;

export const listSessionsQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  topic: z.string().trim().max(SESSION_LIMITS.topicMax).optional(),
  status: z.enum(SESSION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListSessionsQuery = z.input<typeof listSessionsQuerySchema>;

export const presenterSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('member'),
    userId: z.uuid(),
    displayName: z.string(),
    countryCode: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('delegation'),
    delegationId: z.uuid(),
    countryCode: z.string(),
    organization: z.string(),
  }),
]);
export type Presenter = z.infer<typeof presenterSchema>;

export const agendaItemInputSchema = z.strictObject({
  /** An existing item's id keeps its identity (and what the live agenda recorded for it). */
  id: z.uuid().optional(),
  title: z.string().trim().min(1).max(SESSION_LIMITS.agendaTitleMax),
  kind: z.enum(AGENDA_KINDS),
  minutes: z.number().int().min(1).max(SESSION_LIMITS.durationMax),
  presenterIds: z.array(z.uuid()).max(SESSION_LIMITS.presentersMax).default([]),
  presenterDelegationIds: z.array(z.uuid()).max(SESSION_LIMITS.presentersMax).default([]),
  notes: z.string().trim().max(SESSION_LIMITS.agendaNotesMax).default(''),
});
export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;

export const putAgendaSchema = z.strictObject({
  items: z.array(agendaItemInputSchema).max(SESSION_LIMITS.agendaItemsMax),
});
export type PutAgendaRequest = z.input<typeof putAgendaSchema>;

export const agendaItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(AGENDA_KINDS),
  minutes: z.number().int(),
  presenterIds: z.array(z.uuid()),
  presenterDelegationIds: z.array(z.uuid()),
  presenters: z.array(presenterSchema),
  notes: z.string(),
  /** When the item is planned to start, from the session start and the items before it. */
  plannedStart: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const sessionChangeSchema = z.object({
  at: z.string(),
  kind: z.enum(['rescheduled', 'cancelled', 'status']),
  by: z.string(),
  fromStartsAt: z.string().nullable(),
  toStartsAt: z.string().nullable(),
  fromDurationMinutes: z.number().nullable(),
  toDurationMinutes: z.number().nullable(),
  status: z.enum(SESSION_STATUSES).nullable(),
});
export type SessionChange = z.infer<typeof sessionChangeSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  title: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  /** Grows with every change that calendars must pick up (iCalendar SEQUENCE). */
  sequence: z.number().int(),
  agenda: z.array(agendaItemSchema),
  agendaMinutes: z.number().int(),
  /** Minutes by which the agenda exceeds the session (0 when it fits). */
  overrunMinutes: z.number().int(),
  history: z.array(sessionChangeSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionSummarySchema = sessionSchema.omit({ agenda: true, history: true });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const sessionListSchema = z.object({
  items: z.array(sessionSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export const topicSuggestionsSchema = z.object({
  items: z.array(z.object({ topic: z.string(), count: z.number().int() })),
});
export type TopicSuggestions = z.infer<typeof topicSuggestionsSchema>;

export const calendarFeedSchema = z.object({ url: z.string() });
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
