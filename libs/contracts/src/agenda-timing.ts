/** Planned start of each item (ISO instants) and the overrun, from the session's start and duration. */
export function planAgenda(
  startsAt: string | Date,
  durationMinutes: number,
  minutes: readonly number[],
): { plannedStarts: string[]; totalMinutes: number; overrunMinutes: number } {
  const start = new Date(startsAt).getTime();
  let elapsed = 0;
  const plannedStarts = minutes.map((m) => {
    const at = new Date(start + elapsed * 60_000).toISOString();
    elapsed += m;
    return at;
  });
  return {
    plannedStarts,
    totalMinutes: elapsed,
    overrunMinutes: Math.max(0, elapsed - durationMinutes),
  };
}
