import { Octokit } from '@octokit/rest';
import { fetchWithTimeout, RETRY_POLICY } from '../retry/index.js';

export interface GitHubClientOptions {
  /** Absent or empty: unauthenticated (public reads only). */
  readonly token?: string;
  /** The REST API root; `GITHUB_API_URL` on a runner. */
  readonly baseUrl?: string;
  /** Every request (its answer's body included) ends after this long, as a transport error. */
  readonly timeoutMs?: number;
  /** The fetch under the timeout; the global one, looked up per request, when absent. */
  readonly fetch?: typeof fetch;
}

/**
 * The one way the project builds an Octokit: every request times out (30 s by default), so a hung GitHub
 * call ends as a transport error that the retry policy backs off from and, after the last try, reports as
 * `github_unavailable` — never a step that hangs until the job's own timeout.
 */
export function githubClient({
  token,
  baseUrl = 'https://api.github.com',
  timeoutMs = RETRY_POLICY.timeoutMs,
  fetch: base,
}: GitHubClientOptions = {}): Octokit {
  return new Octokit({
    baseUrl,
    ...(token ? { auth: token } : {}),
    request: { fetch: fetchWithTimeout(timeoutMs, () => base ?? globalThis.fetch) },
  });
}
