export type Clock = () => Date;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** GitHub's timestamp format: ISO 8601 in UTC without milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
