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

/** Which entry: every entry has one home file, found from its (tag, run_id). */
export interface EntryRef {
  readonly tag: string;
  readonly run_id: number;
}

/** Applies one pure event to the stored manifest without losing concurrent updates. */
export interface ManifestStore {
  apply(event: ManifestEvent): Promise<StoreResult>;
  /** The manifest file that is the entry's home (whether or not the entry is in it yet). */
  read(of: EntryRef): Promise<Manifest>;
  /** The entry's home, for messages and links. */
  locate(of: EntryRef): Promise<string>;
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
