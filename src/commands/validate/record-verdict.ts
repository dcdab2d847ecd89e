import { readEntry, type StoreResult } from '../../adapters/manifest/index.js';
import { GuardError, isGuardError, type FailureCode } from '../../core/errors/index.js';
import type { EventPayload, ManifestEntry, ManifestEvent } from '../../core/manifest/index.js';
import type { Verdict } from '../../core/policy/index.js';
import { redactText } from '../../core/redaction/index.js';
import type { ValidateDependencies, ValidateRequest } from './request.js';

/** What became of the verdict's record: the store's answer, an error that kept it out, or no manifest. */
export type VerdictRecord = StoreResult | { readonly error: string; readonly code: FailureCode } | null;

/**
 * Records the verdict in its entry. Which events depend on the entry as it stands when written, so it is
 * read then, and once more if the manifest refuses. A verdict the manifest does not hold is an error: the
 * step must not pass.
 */
export async function recordVerdict(
  request: ValidateRequest,
  deps: ValidateDependencies,
  verdict: Verdict,
): Promise<VerdictRecord> {
  const store = deps.store;
  if (store === null || request.readOnlyManifest) return null;
  const at = deps.now().toISOString();
  const attempt = async () => {
    const entry = await readEntry(store, { tag: request.tag, run_id: request.runId });
    const events = verdictEvents(request, verdict, entry);
    let result = await store.apply(stamped(request, at, events[0]!));
    for (const next of events.slice(1))
      if (result.outcome !== 'refused') result = await store.apply(stamped(request, at, next));
    return result;
  };
  try {
    let result = await attempt();
    if (result.outcome === 'refused') result = await attempt();
    deps.log.info('manifest_updated', {
      outcome: result.outcome,
      attempts: result.attempts,
      lock_wait_seconds: result.lockWaitSeconds,
    });
    if (result.outcome === 'refused')
      return unrecorded(
        deps,
        new GuardError('input_invalid', `the manifest refused the verdict: ${result.message}`),
      );
    return result;
  } catch (error) {
    return unrecorded(deps, error as Error);
  }
}

export function unrecorded(deps: ValidateDependencies, error: Error): { error: string; code: FailureCode } {
  const code: FailureCode = isGuardError(error) ? error.code : 'lock_timeout';
  deps.log.warn('manifest_not_updated', { code, message: error.message });
  return { error: error.message, code };
}

type Stamped = EventPayload & { readonly run_attempt?: number };

function stamped(request: ValidateRequest, at: string, event: Stamped): ManifestEvent {
  return {
    tag: request.tag,
    run_id: request.runId,
    run_attempt: request.runAttempt,
    at,
    actor: request.actor,
    ...event,
  } as ManifestEvent;
}

/**
 * The verdict of a rerun closes its entry (`rerun_succeeded`/`rerun_failed`): a rerun recover started (the
 * entry is `rerun_in_progress`), or a later attempt of a failed run someone reran on GitHub — recorded as
 * started at the failed attempt, then closed by this one. Anything else is the run's first verdict.
 */
function verdictEvents(request: ValidateRequest, verdict: Verdict, entry: ManifestEntry | null): Stamped[] {
  const rerunOnGitHub =
    entry !== null &&
    (entry.status === 'failure' || entry.status === 'requeued') &&
    request.runAttempt > entry.run_attempt;
  const rerun = rerunOnGitHub || entry?.status === 'rerun_in_progress';
  const started: Stamped[] = rerunOnGitHub
    ? [
        {
          event: 'rerun_started',
          run_attempt: entry.run_attempt,
          reason: `attempt ${request.runAttempt} of run ${request.runId} was started on GitHub`,
        },
      ]
    : [];
  if (verdict.provenance)
    return rerun
      ? [...started, { event: 'rerun_succeeded', provenance: verdict.provenance }]
      : [{ event: 'validated', provenance: verdict.provenance, artifact_url: request.artifactUrl }];
  const failureReason = verdict.failureReason ?? 'attestation_missing';
  const failedCheck = verdict.checks.find((c) => c.status === 'failed');
  // A certificate's SAN can be an e-mail address: the committed manifest carries it redacted.
  const reason = failedCheck ? redactText(failedCheck.actual, request.secrets).slice(0, 200) : null;
  return rerun
    ? [...started, { event: 'rerun_failed', failure_reason: failureReason, reason }]
    : [{ event: 'failed', failure_reason: failureReason, artifact_url: request.artifactUrl, reason }];
}
