import type { OperationRequest } from '../operations/index.js';

export type RecoverOperation = 'auto' | 'rerun' | 'rerun_failed_jobs' | 'dispatch_release' | 'retry_tag';

export interface RecoverRequest extends OperationRequest {
  readonly operation: RecoverOperation;
  /** The release workflow file to dispatch when a rerun is not possible. */
  readonly releaseWorkflow: string | null;
  readonly trigger: 'manual' | 'automated';
  /** Wait for a rerun to finish and record how it ended; null returns once it is started. */
  readonly awaitRerun: { readonly timeoutMs: number; readonly intervalMs: number } | null;
  /** The ops summary channel told when a rerun fails again, with how the ops team is tagged there. */
  readonly escalation: { readonly url: string; readonly mention: string } | null;
}
