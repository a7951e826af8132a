import { z } from 'zod';
import { countryCodeSchema } from './countries';

export const DELEGATION_LIMITS = { organizationMax: 200 } as const;

export const delegationSchema = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  countryCode: z.string(),
  organization: z.string(),
  retiredAt: z.string().nullable(),
  memberCount: z.number().int(),
});
export type Delegation = z.infer<typeof delegationSchema>;

export const delegationListSchema = z.object({
  items: z.array(delegationSchema),
  total: z.number().int(),
});
export type DelegationList = z.infer<typeof delegationListSchema>;

const organization = z.string().trim().min(2).max(DELEGATION_LIMITS.organizationMax);

export const createDelegationSchema = z.strictObject({
  countryCode: countryCodeSchema,
  organization,
});
export type CreateDelegationRequest = z.input<typeof createDelegationSchema>;

/** Rename, change country, retire (`retired: true`) or bring back (`retired: false`). */
export const updateDelegationSchema = z
  .strictObject({
    countryCode: countryCodeSchema.optional(),
    organization: organization.optional(),
    retired: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'names nothing to change' });
export type UpdateDelegationRequest = z.input<typeof updateDelegationSchema>;
