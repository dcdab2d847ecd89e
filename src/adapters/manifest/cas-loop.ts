import { GuardError } from '../../core/errors/index.js';
import { applyEvent, type Manifest, type ManifestEvent } from '../../core/manifest/index.js';
import { backoffDelay, type RetryTiming, type StoreResult } from './store.js';

export interface Versioned {
  readonly manifest: Manifest;
  /** Opaque version the write must still match (a blob sha, a content hash). */
  readonly version: string | null;
}

export type WriteOutcome =
  | { readonly kind: 'written' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'wait'; readonly ms: number };

/**
 * Read → apply the pure event → write if the version still matches. On a conflict the event is
 * applied again to what is there now, after a jittered pause; bounded (`maxAttempts`), then `lock_timeout`.
 * A conflict is not a failed call: the HTTP calls themselves follow the retry policy inside `io`, and a
 * write that failed transiently (`wait`) is read back by the next attempt's read before it is written again.
 */
export async function applyWithCompareAndSwap(
  event: ManifestEvent,
  io: { read(): Promise<Versioned>; write(next: Manifest, version: string | null): Promise<WriteOutcome> },
  timing: RetryTiming,
): Promise<StoreResult> {
  const started = timing.now();
  for (let attempt = 1; attempt <= timing.maxAttempts; attempt++) {
    const current = await io.read();
    const result = applyEvent(current.manifest, event);
    const finished = (outcome: StoreResult['outcome'], message: string, manifest: Manifest): StoreResult => ({
      outcome,
      message,
      manifest,
      attempts: attempt,
      lockWaitSeconds: (timing.now() - started) / 1000,
    });
    if (!result.ok) return finished('refused', result.reason, current.manifest);
    if (!result.changed) return finished('unchanged', result.message, current.manifest);
    const written = await io.write(result.manifest, current.version);
    if (written.kind === 'written') return finished('applied', result.message, result.manifest);
    if (attempt < timing.maxAttempts)
      await timing.sleep(written.kind === 'wait' ? written.ms : backoffDelay(attempt, timing));
  }
  throw new GuardError(
    'lock_timeout',
    `the manifest changed under every one of ${timing.maxAttempts} attempts to record ${event.event} for tag ${event.tag} run ${event.run_id}`,
  );
}
