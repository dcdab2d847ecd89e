import {
  createTagRef,
  dispatchWorkflow,
  recoveryStarted,
  rerunRun,
  type GitHubApi,
  type RunInfo,
} from '../../adapters/github/index.js';
import type { EntryResult } from '../../adapters/manifest/index.js';
import { GuardError } from '../../core/errors/index.js';
import type { EventPayload } from '../../core/manifest/index.js';
import type { RecoveryPlan } from '../../core/recovery/index.js';
import { toCodedError } from '../operations/index.js';

export type Performed = 'rerun' | 'rerun_failed_jobs' | 'dispatch_release' | 'retry_tag';

export interface EffectResult {
  readonly performed: Performed;
  readonly detail: string;
}

export interface EffectRequest {
  readonly runId: number;
  readonly tag: string;
  readonly reason: string;
  readonly incident: number;
  readonly releaseWorkflow: string | null;
}

type ActionablePlan = Exclude<RecoveryPlan, { kind: 'noop' | 'refused' }>;

/** A recovery whose `rerun_started` claim was applied: the plan, the release run, and the request. */
interface ClaimedRecovery {
  readonly plan: ActionablePlan;
  readonly run: RunInfo;
  readonly request: EffectRequest;
}

/**
 * The saga step after the `rerun_started` claim: carry the plan out, and when GitHub cannot (a refusal, or
 * no answer after bounded retries), read back whether it started anyway; only what GitHub shows did not
 * start is compensated with `rerun_not_started`, so the entry is `requeued` again and the recovery can be
 * retried. When even the read-back gets no answer, the claim stays: a rerun of this step takes it over and
 * reads back again. The error leaves coded.
 */
export async function performOrCompensate(
  { plan, run, request }: ClaimedRecovery,
  github: GitHubApi,
  record: (event: EventPayload) => Promise<EntryResult>,
  claimedAt: number,
): Promise<EffectResult> {
  try {
    return await performRecovery(plan, run, request, github);
  } catch (error) {
    const coded = toCodedError(error, 'rerun_denied');
    const found = await recoveryStarted(github, {
      run,
      workflow: request.releaseWorkflow,
      tag: request.tag,
      sinceMs: claimedAt,
    }).catch(() => 'unknown' as const);
    if (found === 'unknown')
      throw new GuardError(
        coded.code,
        `${plan.kind} of ${request.tag} run ${request.runId} may have started (${coded.message}), and GitHub did not answer whether it did; the entry stays rerun_in_progress under this step's claim: rerun this step, which reads back what happened`,
        { cause: error },
      );
    if (found !== null)
      return { performed: found, detail: `${found} started (read back after: ${coded.message})` };
    const undone = await record({
      event: 'rerun_not_started',
      reason: `${plan.kind} failed: ${coded.message}`.slice(0, 300),
    }).then(
      (r) =>
        r.outcome === 'applied'
          ? 'the entry is requeued again and recover can be retried'
          : `the compensation was ${r.outcome}: ${r.message}`,
      (e: unknown) =>
        `the compensation rerun_not_started could not be recorded (${(e as Error).message}); the entry stays rerun_in_progress: see the lock_timeout runbook`,
    );
    throw new GuardError(
      coded.code,
      `${plan.kind} of ${request.tag} run ${request.runId} was not started: ${coded.message}; ${undone}`,
      { cause: error },
    );
  }
}

/**
 * Carries the plan out, falling back as GitHub refuses: a refused rerun (too old, over the cap)
 * dispatches the release workflow; a release workflow that cannot be dispatched becomes `<tag>-retry`.
 */
async function performRecovery(
  plan: ActionablePlan,
  run: RunInfo,
  request: EffectRequest,
  github: GitHubApi,
): Promise<EffectResult> {
  const refusals: string[] = [];
  if (plan.kind === 'rerun') {
    const rerun = await rerunRun(github, run, plan.failedJobsOnly);
    if (rerun.ok)
      return {
        performed: plan.failedJobsOnly ? 'rerun_failed_jobs' : 'rerun',
        detail: `rerun of run ${request.runId} requested`,
      };
    refusals.push(`rerun refused: ${rerun.why}`);
  }
  if (plan.kind !== 'retry_tag' && request.releaseWorkflow !== null) {
    const inputs = {
      tag: request.tag,
      reason: request.reason.slice(0, 100),
      incident: String(request.incident),
    };
    const dispatched = await dispatchWorkflow(
      github,
      request.releaseWorkflow,
      `refs/tags/${request.tag}`,
      inputs,
    );
    if (dispatched.ok)
      return {
        performed: 'dispatch_release',
        detail: [...refusals, `dispatched ${request.releaseWorkflow} on ${request.tag}`].join('; '),
      };
    refusals.push(`dispatch refused: ${dispatched.why}`);
  }
  const retryTag = `${request.tag}-retry`;
  const created = await createTagRef(github, retryTag, run.headSha);
  return {
    performed: 'retry_tag',
    detail: [
      ...refusals,
      `${retryTag} ${created === 'created' ? 'created' : 'already existed'} at ${run.headSha}`,
    ].join('; '),
  };
}
