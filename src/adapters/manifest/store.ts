import type { Manifest, ManifestEvent } from '../../core/manifest/index.js';

export interface StoreResult {
  readonly outcome: 'applied' | 'unchanged' | 'refused';
  readonly message: string;
  readonly manifest: Manifest;
  /** Writes tried, the successful one included. */
  readonly attempts: number;
  /** From the first read to the successful write: the `metrics.lock_wait_seconds` KPI. */
  readonly lockWaitSeconds: number;
}

/** Applies one pure event to the stored manifest without losing concurrent updates. */
export interface ManifestStore {
  apply(event: ManifestEvent): Promise<StoreResult>;
  read(): Promise<Manifest>;
}

export interface RetryTiming {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly now: () => number;
}

export const defaultRetryTiming: RetryTiming = {
  maxAttempts: 8,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: () => Date.now(),
};

/** Full-jitter exponential backoff: spreads colliding writers apart. */
export function backoffDelay(attempt: number, timing: RetryTiming): number {
  const ceiling = Math.min(timing.maxDelayMs, timing.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(timing.random() * ceiling);
}

export function commitMessage(event: ManifestEvent): string {
  return `provenance-guard: ${event.event} ${event.tag} (run ${event.run_id}, attempt ${event.run_attempt})`;
}
