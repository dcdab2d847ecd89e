export const MAX_OVERRIDE_DAYS = 7;
/** How long an override may last, in milliseconds. */
export const MAX_OVERRIDE_MS = MAX_OVERRIDE_DAYS * 86_400_000;

/** Overrides are time-bound: they must expire after they start and within MAX_OVERRIDE_DAYS. */
export function overrideWindowProblem(start: Date, expiresAt: Date): string | null {
  const span = expiresAt.getTime() - start.getTime();
  if (Number.isNaN(span)) return 'expires_at is not a date';
  if (span <= 0) return `expires_at ${expiresAt.toISOString()} is not after ${start.toISOString()}`;
  if (span > MAX_OVERRIDE_MS)
    return `expires more than ${MAX_OVERRIDE_DAYS} days after ${start.toISOString()}: overrides are time-bound`;
  return null;
}
