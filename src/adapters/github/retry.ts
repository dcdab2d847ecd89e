import { statusOf } from './status.js';

export interface GitHubRetryTiming {
  readonly maxTries: number;
  readonly maxWaitMs: number;
  readonly backoffMs: (attempt: number) => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

export const defaultGitHubRetryTiming: GitHubRetryTiming = {
  maxTries: 3,
  maxWaitMs: 60_000,
  backoffMs: (attempt) => 1_000 * 2 ** (attempt - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/**
 * How long to wait before trying a failed GitHub call again, or null when it must not be retried:
 * rate limits wait `Retry-After` (or the reset time), server and transport errors back off,
 * everything else (4xx) is final. Waits longer than `maxWaitMs` are not waited.
 */
export function retryDelay(error: unknown, attempt: number, timing: GitHubRetryTiming): number | null {
  const status = statusOf(error);
  const headers =
    (error as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ??
    {};
  const retryAfter = headers['retry-after'];
  const secondary = status === 403 && /secondary rate limit/i.test((error as Error)?.message ?? '');
  const primary = (status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0';
  let wait: number | null = null;
  if (status === 429 || secondary || primary) {
    if (retryAfter !== undefined) wait = Number(retryAfter) * 1000;
    else if (headers['x-ratelimit-reset'] !== undefined)
      wait = Number(headers['x-ratelimit-reset']) * 1000 - timing.now() + 1000;
    else wait = 60_000;
  } else if (status === undefined || status >= 500) {
    wait = timing.backoffMs(attempt);
  }
  return wait !== null && Number.isFinite(wait) && wait <= timing.maxWaitMs ? Math.max(wait, 0) : null;
}

/** A GitHub call with at most `maxTries` tries, waiting as `retryDelay` says; nothing to read back. */
export function withGitHubRetries<T>(
  call: () => Promise<T>,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<T> {
  return withReadBack(call, async () => null, timing);
}

/**
 * An effect whose answer can be lost after it landed (a 5xx or a dropped connection after GitHub acted):
 * it is never repeated blindly. Before each new try `readBack` looks for it (a marker, an id); found, it
 * is the answer. At most `maxTries` tries, waiting as `retryDelay` says.
 */
export async function withReadBack<T>(
  effect: () => Promise<T>,
  readBack: () => Promise<T | null>,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await effect();
    } catch (error) {
      const wait = attempt < timing.maxTries ? retryDelay(error, attempt, timing) : null;
      if (wait === null) throw error;
      await timing.sleep(wait);
      const landed = await readBack();
      if (landed !== null) return landed;
    }
  }
}
