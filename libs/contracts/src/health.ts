import { z } from 'zod';

export const PART_STATES = ['up', 'down', 'not configured'] as const;
export type PartState = (typeof PART_STATES)[number];

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  parts: z.object({
    database: z.enum(PART_STATES),
    redis: z.enum(PART_STATES),
    livekit: z.enum(PART_STATES),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
