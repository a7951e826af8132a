import { z } from 'zod';

export const NETWORK_VISIBILITIES = ['members', 'public'] as const;
export type NetworkVisibility = (typeof NETWORK_VISIBILITIES)[number];

export const networkSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  visibility: z.enum(NETWORK_VISIBILITIES),
  /** The caller's standing here: a role, `admin`, or null (a visitor of a public network). */
  viewerRole: z.enum(['admin', 'convener', 'member', 'observer']).nullable(),
  /** When members are reminded of a session by e-mail, in minutes before its start. */
  reminderMinutesBefore: z.array(z.number().int()),
});
export type Network = z.infer<typeof networkSchema>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const networkListSchema = listOf(networkSchema);
export type NetworkList = z.infer<typeof networkListSchema>;

export const NETWORK_LIMITS = { nameMax: 160, slugMax: 64, descriptionMax: 4000 } as const;

/** Session reminders a network may set: up to five, from 5 minutes to a week before the start. */
export const REMINDER_LIMITS = { maxCount: 5, minMinutes: 5, maxMinutes: 7 * 24 * 60 } as const;

const networkName = z.string().trim().min(2).max(NETWORK_LIMITS.nameMax);
const networkDescription = z.string().trim().max(NETWORK_LIMITS.descriptionMax);

export const createNetworkSchema = z.strictObject({
  name: networkName,
  slug: z
    .string()
    .trim()
    .min(2)
    .max(NETWORK_LIMITS.slugMax)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'may hold only lower-case letters, digits and single hyphens',
    }),
  description: networkDescription.default(''),
  visibility: z.enum(NETWORK_VISIBILITIES).default('members'),
});
export type CreateNetworkRequest = z.input<typeof createNetworkSchema>;

export const updateNetworkSchema = z
  .strictObject({
    name: networkName.optional(),
    description: networkDescription.optional(),
    visibility: z.enum(NETWORK_VISIBILITIES).optional(),
    reminderMinutesBefore: z
      .array(z.number().int().min(REMINDER_LIMITS.minMinutes).max(REMINDER_LIMITS.maxMinutes))
      .max(REMINDER_LIMITS.maxCount)
      .transform((list) => [...new Set(list)].sort((a, b) => b - a))
      .optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'names nothing to change' });
export type UpdateNetworkRequest = z.infer<typeof updateNetworkSchema>;
