import { z } from 'zod';
import { ROLES } from './auth';

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  /** Present only for conveners and admins. */
  email: z.string().optional(),
  role: z.enum(ROLES),
  delegationId: z.uuid().nullable(),
  countryCode: z.string().nullable(),
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

/** Members grouped by their delegation's country (null: not in a delegation), countries in code order. */
export const memberListSchema = z.object({
  groups: z.array(z.object({ countryCode: z.string().nullable(), members: z.array(memberSchema) })),
  total: z.number().int(),
});
export type MemberList = z.infer<typeof memberListSchema>;

export const updateMemberSchema = z
  .strictObject({ role: z.enum(ROLES).optional(), delegationId: z.uuid().nullable().optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'names nothing to change' });
export type UpdateMemberRequest = z.infer<typeof updateMemberSchema>;
