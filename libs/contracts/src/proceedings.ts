import { z } from 'zod';
import { AGENDA_KINDS } from './sessions';

export const PROCEEDINGS_VISIBILITIES = ['members', 'public'] as const;
export type ProceedingsVisibility = (typeof PROCEEDINGS_VISIBILITIES)[number];

export const publishProceedingsSchema = z.strictObject({
  visibility: z.enum(PROCEEDINGS_VISIBILITIES).default('members'),
});
export type PublishProceedingsRequest = z.input<typeof publishProceedingsSchema>;

/** An agenda item as it ran: planned minutes, and the actual times where the live agenda recorded them. */
export interface ProceedingsAgendaItem {
  title: string;
  kind: (typeof AGENDA_KINDS)[number];
  minutes: number;
  presenters: string[];
  startedAt: string | null;
  endedAt: string | null;
}

/** People present per delegation; `names` only in members-only proceedings, never in public ones. */
export interface ProceedingsAttendanceGroup {
  countryCode: string | null;
  delegationId: string | null;
  organization: string | null;
  count: number;
  names?: string[];
}

export interface ProceedingsAttendance {
  total: number;
  countries: number;
  groups: ProceedingsAttendanceGroup[];
}

export interface ProceedingsQuestion {
  text: string;
  votes: number;
  answered: boolean;
}

export const COMMITMENT_STATUSES = ['open', 'kept', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export interface ProceedingsCommitment {
  id: string;
  delegationId: string;
  countryCode: string;
  organization: string;
  text: string;
  dueDate: string | null;
  status: CommitmentStatus;
}

export interface Proceedings {
  id: string;
  sessionId: string;
  networkId: string;
  networkName: string;
  version: number;
  /** How many versions exist; the latest is `versions`. */
  versions: number;
  title: string;
  topics: string[];
  startsAt: string;
  timeZone: string;
  visibility: ProceedingsVisibility;
  publishedAt: string;
  publishedBy: string;
  /** The notes rendered on the server and sanitised: safe to insert as HTML. */
  html: string;
  agenda: ProceedingsAgendaItem[];
  attendance: ProceedingsAttendance;
  questions: ProceedingsQuestion[];
  commitments: ProceedingsCommitment[];
}

/** What the session page needs to offer publishing and link to published versions. */
export interface SessionProceedingsSummary {
  id: string;
  version: number;
  visibility: ProceedingsVisibility;
  publishedAt: string;
}

export const ARCHIVE_LIMITS = { queryMax: 200, topicMax: 60, pageMax: 500, pageSize: 20 } as const;

export const archiveQuerySchema = z.object({
  q: z.string().trim().max(ARCHIVE_LIMITS.queryMax).optional().default(''),
  networkId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional(),
  topic: z.string().trim().min(1).max(ARCHIVE_LIMITS.topicMax).optional(),
  page: z.coerce.number().int().min(1).max(ARCHIVE_LIMITS.pageMax).optional().default(1),
});
export type ArchiveQuery = z.input<typeof archiveQuerySchema>;

/** A piece of a search snippet; `match` pieces are the words that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface ArchiveItem {
  id: string;
  sessionId: string;
  networkId: string;
  networkName: string;
  title: string;
  topics: string[];
  countries: string[];
  startsAt: string;
  publishedAt: string;
  version: number;
  visibility: ProceedingsVisibility;
  snippet: SnippetPart[];
}

export interface FacetValue {
  value: string;
  label?: string;
  count: number;
}

export interface ArchiveResult {
  items: ArchiveItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: {
    years: FacetValue[];
    countries: FacetValue[];
    topics: FacetValue[];
    networks: FacetValue[];
  };
}
