const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** True when an error means "the database cannot be reached right now" rather than a bug or bad data. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as
      { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined;
    e;
  ) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Query read timeout/i.test(
        e.message,
      )
    ) {
      return true;
    }
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/** PostgreSQL's unique_violation (23505), as TypeORM wraps it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)
    ?.driverError;
  return (
    driverError?.code === '23505' &&
    (constraint === undefined || driverError.constraint === constraint)
  );
}

/** PostgreSQL's foreign_key_violation (23503), as TypeORM wraps it. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.driverError?.code === '23503' || e?.code === '23503';
}
