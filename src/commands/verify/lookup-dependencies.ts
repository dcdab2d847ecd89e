import type { CallTiming } from '../../adapters/retry/index.js';

/** What looking attestations up by digest reads from outside: every field has a default. */
export interface LookupDependencies {
  /** `GH_TOKEN` / `GITHUB_TOKEN` (public repositories need neither) and `GITHUB_API_URL`; the process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The fetch under every GitHub and registry call; the global one. */
  readonly fetch?: typeof fetch;
  /** The retry policy's timing (three tries, backoff). */
  readonly timing?: CallTiming;
  /** How long one try may take. */
  readonly timeoutMs?: number;
}
