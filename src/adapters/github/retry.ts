import { GuardError, isGuardError } from '../../core/errors/index.js';
import {
  defaultCallTiming,
  delayFor,
  isTimeout,
  isTransient,
  type CallFailure,
  type CallTiming,
} from '../retry/index.js';
import { statusOf } from './status.js';

/** The retry policy's timing, for GitHub calls. */
export type GitHubRetryTiming = CallTiming;

export const defaultGitHubRetryTiming: GitHubRetryTiming = defaultCallTiming;

interface OctokitErrorShape {
  readonly message?: string;
  readonly response?: { readonly headers?: Record<string, string | undefined> };
  readonly request?: { readonly method?: string; readonly url?: string };
}

/**
 * A failed Octokit call as the retry policy reads it; null for anything that is not a failed request (a
 * GuardError, a bug): those are final and leave unchanged. Octokit reports a request that got no answer
 * (refused, dropped, timed out) as a status-500 error without a response.
 */
export function failureOf(error: unknown): CallFailure | null {
  const status = statusOf(error);
  if (status === undefined || isGuardError(error)) return null;
  const { message, response } = (error ?? {}) as OctokitErrorShape;
  const headers = response?.headers ?? {};
  return {
    status,
    transportError: response === undefined,
    retryAfter: headers['retry-after'] ?? null,
    rateLimitRemaining: headers['x-ratelimit-remaining'] ?? null,
    rateLimitReset: headers['x-ratelimit-reset'] ?? null,
    message: message ?? '',
  };
}

/**
 * How long to wait before trying a failed GitHub call again, or null when it must not be retried: the
 * retry policy (`src/adapters/retry/policy.ts`) applied to an Octokit error.
 */
export function retryDelay(error: unknown, attempt: number, timing: GitHubRetryTiming): number | null {
  const failure = failureOf(error);
  return failure === null ? null : delayFor(failure, attempt, timing);
}

/**
 * The error a GitHub call ends with once no further try will be made: `github_unavailable` when the last
 * failure was transient (a 5xx, no answer, a timeout, a rate limit longer than the policy waits) — GitHub
 * decided nothing — and null otherwise (the caller keeps the error: a 4xx is an answer).
 */
export function githubUnavailable(error: unknown, what?: string): GuardError | null {
  const failure = failureOf(error);
  if (failure === null || !isTransient(failure)) return null;
  const first = (failure.message ?? '').split('\n')[0]?.slice(0, 200) ?? '';
  let answer: string;
  if (isTimeout(error)) answer = 'no answer: timed out';
  else if (failure.transportError) answer = `no answer: ${first}`;
  else answer = `HTTP ${failure.status}: ${first}`;
  return new GuardError(
    'github_unavailable',
    `GitHub did not answer ${what ?? requestOf(error)} within the retry policy (${answer}); nothing was decided: rerun the step`,
    { cause: error },
  );
}

/** `GET /repos/o/r/…` of a failed Octokit request, without the host or query. */
function requestOf(error: unknown): string {
  const { method, url } = (error as OctokitErrorShape | null)?.request ?? {};
  if (!url) return 'a request';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split('?')[0] ?? url;
  }
  return `${method ?? 'a request to'} ${path}`;
}

/**
 * A GitHub call with at most `maxTries` tries, waiting as `retryDelay` says; nothing to read back. After
 * the last try a transient failure is `github_unavailable`; `what` names the call in its message.
 */
export function withGitHubRetries<T>(
  call: () => Promise<T>,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
  what?: string,
): Promise<T> {
  return withReadBack(call, async () => null, timing, what);
}

/**
 * An effect whose answer can be lost after it landed (a 5xx or a dropped connection after GitHub acted):
 * it is never repeated blindly. Before each new try `readBack` looks for it (a marker, an id); found, it
 * is the answer. At most `maxTries` tries, waiting as `retryDelay` says; then as `withGitHubRetries`.
 */
export async function withReadBack<T>(
  effect: () => Promise<T>,
  readBack: () => Promise<T | null>,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
  what?: string,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await effect();
    } catch (error) {
      const wait = retryDelay(error, attempt, timing);
      if (wait === null) throw githubUnavailable(error, what) ?? error;
      await timing.sleep(wait);
      const landed = await readBack();
      if (landed !== null) return landed;
    }
  }
}

/**
 * The pages of an `octokit.paginate.iterator`, each page one call under the retry policy: a page that
 * failed is asked again (the iterator moves on only after a page arrived).
 */
export async function* pagesWithRetries<T>(
  pages: AsyncIterable<T>,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
  what?: string,
): AsyncGenerator<T> {
  const iterator = pages[Symbol.asyncIterator]();
  for (;;) {
    const next = await withGitHubRetries(() => iterator.next(), timing, what);
    if (next.done) return;
    yield next.value;
  }
}
