import type { ManifestEntry } from '../manifest/index.js';
import { counted } from '../report/plural.js';

export const RERUN_WINDOW_DAYS = 30;
export const RERUN_CAP = 50;
const DAY_MS = 86_400_000;

/** What GitHub says about the failed run. */
export interface RunFacts {
  readonly createdAt: Date;
  readonly runAttempt: number;
  readonly status: string;
  readonly conclusion: string | null;
}

export type RecoveryPlan =
  | { readonly kind: 'noop'; readonly why: string }
  | { readonly kind: 'refused'; readonly why: string }
  | { readonly kind: 'rerun'; readonly failedJobsOnly: boolean; readonly why: string }
  | { readonly kind: 'dispatch_release'; readonly why: string }
  | { readonly kind: 'retry_tag'; readonly tag: string; readonly why: string };

export interface RecoveryContext {
  /** The manifest entry of the run: recovery never acts without one. */
  readonly entry: ManifestEntry;
  readonly run: RunFacts;
  readonly tag: string;
  readonly now: Date;
  /** Whether the release workflow can be dispatched (it has a workflow_dispatch trigger). */
  readonly dispatchAvailable: boolean;
  readonly failedJobsOnly: boolean;
}

/**
 * Only a failed (or requeued) entry is recovered. Rerun within GitHub's 30-day window and under the
 * 50-rerun cap (it reuses the original commit); otherwise dispatch the release workflow for the tag;
 * otherwise a `<tag>-retry` tag at the same commit.
 */
export function decideRecovery(context: RecoveryContext): RecoveryPlan {
  const { entry, run, now, tag } = context;
  if (entry.rerun_in_progress) return { kind: 'noop', why: `a rerun of ${tag} is already in progress` };
  if (entry.status === 'success')
    return { kind: 'noop', why: `${tag} run ${entry.run_id} is already verified; nothing to recover` };
  if (entry.status === 'blocked')
    return {
      kind: 'noop',
      why: `${tag} is blocked after a second failure; it needs a person (see the rerun_limit_reached runbook)`,
    };
  if (entry.status === 'rollback')
    return {
      kind: 'refused',
      why: `${tag} run ${entry.run_id} was rolled back; a rolled-back release is not rerun: release a new tag`,
    };
  if (entry.status === 'pending')
    return {
      kind: 'refused',
      why: `${tag} run ${entry.run_id} has no verdict yet; recover a failure once validate has recorded it`,
    };
  if (run.status !== 'completed')
    return { kind: 'noop', why: `run is still ${run.status}; recover once it has finished` };
  const ageDays = (now.getTime() - run.createdAt.getTime()) / DAY_MS;
  const reruns = run.runAttempt - 1;
  if (ageDays <= RERUN_WINDOW_DAYS && reruns < RERUN_CAP) {
    return {
      kind: 'rerun',
      failedJobsOnly: context.failedJobsOnly,
      why: `run is ${counted(Math.floor(ageDays), 'day')} old with ${counted(reruns, 'rerun')}`,
    };
  }
  const why =
    ageDays > RERUN_WINDOW_DAYS
      ? `run is ${counted(Math.floor(ageDays), 'day')} old (rerun window ${counted(RERUN_WINDOW_DAYS, 'day')})`
      : `run was rerun ${counted(reruns, 'time')} (cap ${RERUN_CAP})`;
  if (context.dispatchAvailable)
    return { kind: 'dispatch_release', why: `${why}: dispatching the release workflow for ${tag}` };
  return { kind: 'retry_tag', tag: `${tag}-retry`, why: `${why}: tagging ${tag}-retry at the same commit` };
}

/**
 * What to record once the rerun's workflow run has finished. The rerun's own validate job records
 * its verdict (only it holds a verified provenance); a rerun that failed is the second failure:
 * the entry is blocked and escalated.
 */
export function eventsAfterRerun(
  status: ManifestEntry['status'] | null,
  conclusion: string | null,
): readonly ('rerun_failed' | 'blocked')[] {
  if (status === 'failure') return ['blocked'];
  if (status === 'rerun_in_progress' && conclusion !== 'success') return ['rerun_failed', 'blocked'];
  return [];
}
