import { z } from 'zod';

/** Stable machine-readable error codes; the web app maps each to a sentence in the reader's language. */
export const ErrorCode = {
  validationFailed: 'validation_failed',
  malformedJson: 'malformed_json',
  notFound: 'not_found',
  unauthenticated: 'unauthenticated',
  invalidCredentials: 'invalid_credentials',
  forbidden: 'forbidden',
  forbiddenOrigin: 'forbidden_origin',
  tooManyRequests: 'too_many_requests',
  payloadTooLarge: 'payload_too_large',
  conflict: 'conflict',
  databaseUnavailable: 'database_unavailable',
  slugTaken: 'slug_taken',
  alreadyMember: 'already_member',
  invitationPending: 'invitation_pending',
  invitationExpired: 'invitation_expired',
  invitationUsed: 'invitation_used',
  invitationRevoked: 'invitation_revoked',
  invitationInvalid: 'invitation_invalid',
  resetLinkInvalid: 'reset_link_invalid',
  lastConvener: 'last_convener',
  wrongPassword: 'wrong_password',
  accountExists: 'account_exists',
  sessionCancelled: 'session_cancelled',
  invalidStatusChange: 'invalid_status_change',
  videoUnavailable: 'video_unavailable',
  joinTooEarly: 'join_too_early',
  sessionOver: 'session_over',
  notInSession: 'not_in_session',
  sessionNotStarted: 'session_not_started',
  publishInProgress: 'publish_in_progress',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Field codes the web app translates: zod's issue codes (`too_small`, `invalid_format`, …) and ours. */
export const FieldErrorCode = {
  weakPassword: 'weak_password',
  unknownCountry: 'unknown_country',
  unknownTimeZone: 'unknown_time_zone',
  unknownField: 'unrecognized_keys',
  taken: 'taken',
  notInNetwork: 'not_in_network',
  duplicate: 'duplicate',
  notInSession: 'not_in_session',
  mustBePast: 'must_be_past',
} as const;

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  /** Values the message needs, e.g. `{ minimum: 10 }`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The one JSON error shape every failing REST call answers with. */
export const errorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  code: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
