import { z } from 'zod';
import { LIMITS, ROLES } from './auth';
import { displayNameSchema, newPasswordSchema } from './account';
import { SUPPORTED_LOCALES } from './locales';
import { timeZoneSchema } from './time-zones';

export const INVITATION_TTL_DAYS = 14;
export const INVITATION_STATES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const createInvitationSchema = z.strictObject({
  email: z.email().max(LIMITS.emailMax),
  role: z.enum(ROLES),
  delegationId: z.uuid().nullable().default(null),
  /** The language of the invitation e-mail; the inviter's own by default. */
  locale: z.enum(SUPPORTED_LOCALES).optional(),
});
export type CreateInvitationRequest = z.input<typeof createInvitationSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  delegationId: z.uuid().nullable(),
  locale: z.enum(SUPPORTED_LOCALES),
  state: z.enum(INVITATION_STATES),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSentAt: z.string().nullable(),
  /** Why the last e-mail could not be sent, when it could not. */
  sendError: z.string().nullable(),
  invitedBy: z.string(),
  /** The acceptance link, returned when it was just (re)issued and no SMTP server is configured. */
  link: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.object({
  items: z.array(invitationSchema),
  total: z.number().int(),
});
export type InvitationList = z.infer<typeof invitationListSchema>;

/** What the acceptance page shows before the invitee decides (public, by token). */
export const invitationPreviewSchema = z.object({
  networkId: z.uuid(),
  networkName: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  delegation: z.object({ countryCode: z.string(), organization: z.string() }).nullable(),
  locale: z.enum(SUPPORTED_LOCALES),
  /** True when the e-mail already has an account: accepting then only adds the membership. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** All fields are needed to create an account; an existing account sends `{}`. */
export const acceptInvitationSchema = z.strictObject({
  displayName: displayNameSchema,
  password: newPasswordSchema,
  locale: z.enum(SUPPORTED_LOCALES),
  timeZone: timeZoneSchema,
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationSchema>;

export const acceptInvitationResponseSchema = z.object({
  networkId: z.uuid(),
  signedIn: z.boolean(),
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;
