import { createTagRef, dispatchWorkflow, rerunRun, type GitHubApi, type RunInfo } from '../../adapters/github/index.js';
import type { RecoveryPlan } from '../../core/recovery/index.js';
import type { RecoverRequest } from './request.js';

export type Performed = 'rerun' | 'rerun_failed_jobs' | 'dispatch_release' | 'retry_tag';

export interface EffectResult {
  readonly performed: Performed;
  readonly detail: string;
}

/**
 * Carries the plan out, falling back as GitHub refuses: a refused rerun (too old, over the cap)
 * dispatches the release workflow; a release workflow that cannot be dispatched becomes `<tag>-retry`.
 */
export async function performRecovery(plan: Exclude<RecoveryPlan, { kind: 'noop' }>, run: RunInfo, request: RecoverRequest, github: GitHubApi): Promise<EffectResult> {
  const refusals: string[] = [];
  if (plan.kind === 'rerun') {
    const rerun = await rerunRun(github, request.runId, plan.failedJobsOnly);
    if (rerun.ok) return { performed: plan.failedJobsOnly ? 'rerun_failed_jobs' : 'rerun', detail: `rerun of run ${request.runId} requested` };
    refusals.push(`rerun refused: ${rerun.why}`);
  }
  if (plan.kind !== 'retry_tag' && request.releaseWorkflow !== null) {
    const inputs = { tag: request.tag, reason: request.reason.slice(0, 100), incident: String(request.incident) };
    const dispatched = await dispatchWorkflow(github, request.releaseWorkflow, `refs/tags/${request.tag}`, inputs);
    if (dispatched.ok) return { performed: 'dispatch_release', detail: [...refusals, `dispatched ${request.releaseWorkflow} on ${request.tag}`].join('; ') };
    refusals.push(`dispatch refused: ${dispatched.why}`);
  }
  const retryTag = `${request.tag}-retry`;
  const created = await createTagRef(github, retryTag, run.headSha);
  return { performed: 'retry_tag', detail: [...refusals, `${retryTag} ${created === 'created' ? 'created' : 'already existed'} at ${run.headSha}`].join('; ') };
}
