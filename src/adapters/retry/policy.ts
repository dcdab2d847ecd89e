/**
 * The one retry policy of every outbound call (GitHub, Slack, Supabase): at most `maxTries` tries, each
 * bounded by `timeoutMs`; a rate limit waits what the answer asks (`Retry-After`, or GitHub's reset time)
 * up to `maxWaitMs` — a longer wait is final, and the caller falls back; server errors (5xx) and
 * transport errors (refused, reset, timed out) back off exponentially; any other answer is final.
 * Delays are deterministic (no jitter), so tests that inject `sleep` and `now` see exact waits.
 */
export const RETRY_POLICY = {
  maxTries: 3,
  timeoutMs: 30_000,
  maxWaitMs: 60_000,
  backoffBaseMs: 1_000,
  /** What GitHub documents for a rate limit that names no time to wait. */
  unnamedRateLimitWaitMs: 60_000,
} as const;

/** The policy's numbers and clock, injectable so tests wait for nothing and see every wait. */
export interface CallTiming {
  readonly maxTries: number;
  readonly maxWaitMs: number;
  readonly backoffMs: (attempt: number) => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

/** 1 s after the first failed try, 2 s after the second. */
export function backoffMs(attempt: number): number {
  return RETRY_POLICY.backoffBaseMs * 2 ** (attempt - 1);
}

export const defaultCallTiming: CallTiming = {
  maxTries: RETRY_POLICY.maxTries,
  maxWaitMs: RETRY_POLICY.maxWaitMs,
  backoffMs,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** What a failed try tells the policy: an HTTP answer, or none at all. */
export interface CallFailure {
  /** The HTTP status; absent when no answer came. */
  readonly status?: number;
  /** No answer came: the connection was refused or dropped, or the try timed out. */
  readonly transportError?: boolean;
  /** The `Retry-After` header: seconds, or an HTTP date. */
  readonly retryAfter?: string | null;
  /** GitHub's `x-ratelimit-remaining`: `'0'` when the primary rate limit is spent. */
  readonly rateLimitRemaining?: string | null;
  /** GitHub's `x-ratelimit-reset`: when the primary rate limit resets, in epoch seconds. */
  readonly rateLimitReset?: string | null;
  /** The answer's message: GitHub says "secondary rate limit" in a 403. */
  readonly message?: string;
}

function noAnswer(failure: CallFailure): boolean {
  return failure.transportError === true || failure.status === undefined;
}

/**
 * Rate limited: a 429 (GitHub, Slack, Supabase), or GitHub's 403 forms — the primary limit spent
 * (`x-ratelimit-remaining: 0`), a secondary limit (its message, or a `Retry-After`).
 */
export function isRateLimited(failure: CallFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return (
    failure.rateLimitRemaining === '0' ||
    hasValue(failure.retryAfter) ||
    /secondary rate limit/i.test(failure.message ?? '')
  );
}

/** A failure that says nothing about the request itself: trying later may succeed. */
export function isTransient(failure: CallFailure): boolean {
  return noAnswer(failure) || (failure.status ?? 0) >= 500 || isRateLimited(failure);
}

/**
 * How long to wait before try `attempt + 1` after try `attempt` failed so; null when that try must not
 * be made: the tries are spent, the answer is final (4xx), or the wait asked for is longer than
 * `maxWaitMs`.
 */
export function delayFor(
  failure: CallFailure,
  attempt: number,
  timing: CallTiming = defaultCallTiming,
): number | null {
  if (attempt >= timing.maxTries || !isTransient(failure)) return null;
  const asked = isRateLimited(failure)
    ? rateLimitWaitMs(failure, timing.now())
    : (retryAfterMs(failure.retryAfter, timing.now()) ?? timing.backoffMs(attempt));
  return Number.isFinite(asked) && asked <= timing.maxWaitMs ? Math.max(asked, 0) : null;
}

/** `Retry-After` when sent, else until GitHub's primary limit resets (a second late), else a minute. */
function rateLimitWaitMs(failure: CallFailure, nowMs: number): number {
  const retryAfter = retryAfterMs(failure.retryAfter, nowMs);
  if (retryAfter !== null) return retryAfter;
  if (hasValue(failure.rateLimitReset)) {
    const resetMs = Number(failure.rateLimitReset) * 1000 - nowMs;
    return Number.isFinite(resetMs) ? resetMs + 1000 : Number.POSITIVE_INFINITY;
  }
  return RETRY_POLICY.unnamedRateLimitWaitMs;
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(value: string | null | undefined, nowMs: number): number | null {
  if (!hasValue(value)) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? date - nowMs : null;
}

function hasValue(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
