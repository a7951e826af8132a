import { z } from 'zod';

export const NETWORK_VISIBILITIES = ['members', 'public'] as const;
export type NetworkVisibility = (typeof NETWORK_VISIBILITIES)[number];

export const networkSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  visibility: z.enum(NETWORK_VISIBILITIES),
});
export type Network = z.infer<typeof networkSchema>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const networkListSchema = listOf(networkSchema);
export type NetworkList = z.infer<typeof networkListSchema>;
