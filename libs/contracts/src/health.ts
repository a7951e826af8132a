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

/** What one API instance holds open right now (administrators only): for load tests and operators. */
export const serverLoadSchema = z.object({
  /** socket.io connections on the live-room namespace. */
  liveConnections: z.number().int(),
  /** Notes connections (one per open document per browser tab) and documents held in memory. */
  notesConnections: z.number().int(),
  notesDocuments: z.number().int(),
  rssBytes: z.number().int(),
  heapUsedBytes: z.number().int(),
});
export type ServerLoad = z.infer<typeof serverLoadSchema>;
