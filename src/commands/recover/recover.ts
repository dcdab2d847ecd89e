import { applyToEntry, type EntryResult } from '../../adapters/manifest/index.js';
import { GuardError } from '../../core/errors/index.js';
import { kpiEvent, type KpiEvent } from '../../core/kpi/index.js';
import {
  rerunClaimOf,
  takesOver,
  type ManifestEntry,
  type ManifestEvent,
} from '../../core/manifest/index.js';
import type { AuditEvent } from '../../core/operations/index.js';
import { decideRecovery, type RecoveryPlan } from '../../core/recovery/index.js';
import {
  authorizeOperation,
  OperationDenied,
  operationContext,
  parseOperationInput,
  runAudited,
  type OperationDependencies,
  type Outcome,
} from '../operations/index.js';
import { recoveryStarted } from '../../adapters/github/index.js';
import { bindToEntry } from './binding.js';
import { performOrCompensate, type Performed } from './effects.js';
import type { RecoverRequest } from './request.js';
import { settleRerun, type RecordEvent } from './settle.js';

/** A recovery that takes over its own step's claim and finds the effect done: it settles, it does not act. */
interface Resume {
  readonly kind: 'resume';
  readonly performed: Performed;
  readonly why: string;
}

export interface RecoverResult {
  readonly plan: RecoveryPlan | Resume;
  readonly performed: Performed | null;
  readonly finalStatus: ManifestEntry['status'] | null;
  readonly audit: AuditEvent;
}

type Value = Omit<RecoverResult, 'audit'>;

/**
 * `slsa-provenance-recover`, a saga on the manifest entry: validate the inputs once, authorise through
 * GitHub, bind to the entry and its release run, claim (`rerun_started` with the request id as claim id:
 * applied, or found applied as its own, or nothing happens), act, compensate a failed act
 * (`rerun_not_started`); exactly one audit event whatever the outcome.
 */
export function recoverRun(request: RecoverRequest, deps: OperationDependencies): Promise<RecoverResult> {
  const operation = request.operation === 'auto' ? 'rerun' : request.operation;
  const context = operationContext(operation, request);
  return runAudited(context, deps, async (): Promise<Outcome<Value>> => {
    const input = parseOperationInput(operation, {
      run_id: request.runId,
      tag: request.tag,
      reason: request.reason,
      incident: request.incident,
    });
    const normalised: RecoverRequest = {
      ...request,
      runId: input.run_id,
      tag: input.tag,
      reason: input.reason,
      incident: input.incident,
    };
    await authorizeOperation(context, deps);
    const { entry, run } = await bindToEntry(
      { tag: input.tag, run_id: input.run_id },
      request.releaseWorkflow,
      deps,
    );
    const record: RecordEvent = (event, runAttempt = run.runAttempt) =>
      recordEvent(deps, {
        tag: input.tag,
        run_id: input.run_id,
        run_attempt: runAttempt,
        actor: request.actor,
        at: deps.now().toISOString(),
        reason:
          `${operation} (request ${request.requestId}, incident #${input.incident}): ${input.reason}`.slice(
            0,
            300,
          ),
        ...event,
      } as ManifestEvent);
    // A rerun of this very step finds the claim its earlier attempt left: it takes it over, and first reads
    // back whether that attempt's effect happened (a later run attempt, a dispatched run, the -retry tag).
    const inherited = takesOver(rerunClaimOf(entry), request.requestId) ? inheritedClaim(entry) : null;
    const done =
      inherited &&
      (await recoveryStarted(deps.github, {
        run: { id: run.id, runAttempt: inherited.runAttempt },
        workflow: request.releaseWorkflow,
        tag: input.tag,
        sinceMs: inherited.at,
      }));
    const decided = decideRecovery({
      entry: inherited ? { ...entry, rerun_in_progress: false, status: 'requeued' } : entry,
      run,
      tag: input.tag,
      now: deps.now(),
      dispatchAvailable: request.releaseWorkflow !== null,
      failedJobsOnly: operation === 'rerun_failed_jobs',
    });
    const plan = inherited && done ? resumed(inherited, done) : forcedPlan(request, decided);
    if (plan.kind === 'refused') throw new OperationDenied('input_invalid', plan.why);
    if (plan.kind === 'noop') return noop(plan, entry.status);
    // Another recovery may have requeued it a moment ago: the claim below decides.
    if (entry.status === 'failure') await record({ event: 'requeued' });
    const claimedAt = deps.now().getTime();
    const claim = await record({ event: 'rerun_started', claim_id: request.requestId });
    if (!isOwnClaim(claim, request.requestId)) {
      if (claim.outcome === 'unchanged')
        return noop({ kind: 'noop', why: claim.message }, claim.entry?.status ?? null);
      throw new OperationDenied(
        'input_invalid',
        `the rerun_started claim was ${claim.outcome}: ${claim.message}; nothing was done`,
      );
    }
    const effect =
      plan.kind === 'resume'
        ? { performed: plan.performed, detail: plan.why }
        : await performOrCompensate({ plan, run, request: normalised }, deps.github, record, claimedAt);
    // A resumed rerun was counted by the attempt that started it.
    if (plan.kind !== 'resume')
      await emit(deps, normalised, run.runAttempt, [
        ['security_ci.re_run_count', 1, {}],
        ['rerun.automated_vs_manual', 1, { trigger: request.trigger, path: effect.performed }],
      ]);
    const finalStatus =
      effect.performed.startsWith('rerun') && request.awaitRerun
        ? await settleRerun(normalised, deps, claim.entry ?? entry, {
            record,
            emit: (attempt, metrics) =>
              emit(
                deps,
                normalised,
                attempt,
                metrics.map(([m, v]) => [m, v, {}] as const),
              ),
          })
        : (claim.entry?.status ?? null);
    return {
      result: 'succeeded',
      detail: `${plan.why}; ${effect.detail}`,
      value: { plan, performed: effect.performed, finalStatus },
    };
  });
}

interface Inherited {
  readonly claimId: string;
  /** The release run's attempt when the claim was made. */
  readonly runAttempt: number;
  readonly at: number;
}

/** The rerun claim an earlier attempt of this step left: who, on which run attempt, and when. */
function inheritedClaim(entry: ManifestEntry): Inherited {
  const claimed = entry.history.findLast((step) => step.event === 'rerun_started')!;
  return { claimId: claimed.claim_id!, runAttempt: claimed.run_attempt, at: Date.parse(claimed.at) };
}

/** The earlier attempt's effect is there: it is settled, never started again. */
function resumed(inherited: Inherited, performed: Performed): Resume {
  return {
    kind: 'resume',
    performed,
    why: `the ${performed} claimed by ${inherited.claimId} started already: not started again`,
  };
}

/**
 * The claim is this recovery's when it applied now, or when the entry's rerun is held by this recovery's
 * claim id: its write landed but the answer was lost, and the retry found it applied.
 */
function isOwnClaim(claim: EntryResult, claimId: string): boolean {
  return claim.outcome === 'applied' || (claim.entry !== null && rerunClaimOf(claim.entry) === claimId);
}

function noop(
  plan: Extract<RecoveryPlan, { kind: 'noop' }>,
  finalStatus: ManifestEntry['status'] | null,
): Outcome<Value> {
  return { result: 'noop', detail: plan.why, value: { plan, performed: null, finalStatus } };
}

/** An explicit operation overrides the automatic choice, but never a guard's no-op or refusal. */
function forcedPlan(request: RecoverRequest, decided: RecoveryPlan): RecoveryPlan {
  if (decided.kind === 'noop' || decided.kind === 'refused' || request.operation === 'auto') return decided;
  if (request.operation === 'dispatch_release') return { kind: 'dispatch_release', why: 'requested' };
  if (request.operation === 'retry_tag')
    return { kind: 'retry_tag', tag: `${request.tag}-retry`, why: 'requested' };
  if (decided.kind !== 'rerun')
    throw new GuardError('rerun_limit_reached', `${request.operation} is not possible: ${decided.why}`);
  return decided;
}

async function recordEvent(deps: OperationDependencies, event: ManifestEvent): Promise<EntryResult> {
  const result = await applyToEntry(deps.store, event);
  if (result.outcome === 'refused')
    deps.log('manifest_refused', { event: event.event, reason: result.message });
  return result;
}

async function emit(
  deps: OperationDependencies,
  request: RecoverRequest,
  attempt: number,
  metrics: readonly (readonly [KpiEvent['metric'], number, Record<string, string>])[],
): Promise<void> {
  const context = {
    repository: `${deps.github.repository.owner}/${deps.github.repository.repo}`,
    tag: request.tag,
    run_id: request.runId,
    run_attempt: attempt,
    occurred_at: deps.now().toISOString(),
  };
  await deps.kpi.emit(
    metrics.map(([metric, value, labels]) =>
      kpiEvent(context, { metric, value, labels, event: `recover-${request.requestId}` }),
    ),
  );
}
