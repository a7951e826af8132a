import { z } from 'zod';
import { SUPPORTED_LOCALES } from './locales';

export const ROLES = ['convener', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const LIMITS = {
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  displayNameMax: 120,
} as const;

export const SESSION_COOKIE = 'praxis_session';
export const SESSION_COOKIE_SECURE = '__Host-praxis_session';

export const loginRequestSchema = z.strictObject({
  email: z.email().max(LIMITS.emailMax),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const membershipSchema = z.object({
  networkId: z.uuid(),
  networkName: z.string(),
  networkSlug: z.string(),
  role: z.enum(ROLES),
  delegationId: z.uuid().nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const meResponseSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(SUPPORTED_LOCALES),
  timeZone: z.string(),
  isAdmin: z.boolean(),
  memberships: z.array(membershipSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
