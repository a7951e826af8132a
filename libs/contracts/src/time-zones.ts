import { z } from 'zod';

let zones: Set<string> | undefined;

/** An IANA time zone the runtime's time-zone database knows (plus UTC). */
export function isTimeZone(value: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  if (zones.has(value)) return true;
  // Aliases such as Asia/Calcutta; never fixed offsets like "+02:00", which know nothing of DST.
  if (!/^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, {
    message: 'is not a known IANA time zone',
    params: { code: 'unknown_time_zone' },
  });
