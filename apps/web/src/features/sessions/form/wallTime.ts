import { DateTime } from 'luxon';

/**
 * The instant a wall-clock date and time stand for in an IANA zone, as a UTC ISO string, by the time-zone
 * database (never a fixed offset: 09:00 in Paris is 08:00Z in winter and 07:00Z in summer).
 * Undefined while the date or time is incomplete or invalid.
 */
export function toInstant(date: string, time: string, timeZone: string): string | undefined {
  if (!date || !time) return undefined;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  if (!local.isValid) return undefined;
  return local.toUTC().toISO() ?? undefined;
}

/** The date ("2030-03-31") and time ("09:00") an instant shows on the clocks of a zone. */
export function wallTimeOf(instant: string, timeZone: string): { date: string; time: string } {
  const local = DateTime.fromISO(instant, { zone: timeZone });
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
}

/**
 * When the clocks go forward, a wall time inside the gap (02:30 in Paris on the last Sunday of March)
 * does not exist: the instant then shows a later time. Returns that time, or undefined when it exists.
 */
export function shiftedWallTime(
  date: string,
  time: string,
  timeZone: string,
  instant: string | undefined,
): string | undefined {
  if (!instant) return undefined;
  const shown = wallTimeOf(instant, timeZone);
  return shown.date === date && shown.time === time.slice(0, 5) ? undefined : shown.time;
}
