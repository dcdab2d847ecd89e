import { nodeId } from '../ids.js';
import type { RunAttempt, WorkflowRun } from '../state/runs.js';
import { simpleCommitJson } from './git.js';
import { minimalRepoJson } from './repos.js';
import { userJson } from './users.js';
import { repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

/** Check suite ids are derived from the run's, so that seeding a run takes one id as before. */
const CHECK_SUITE_OFFSET = 50_000_000;

export const runApiUrl = (view: View, run: WorkflowRun): string =>
  `${repoApiUrl(view, run.repo)}/actions/runs/${run.id}`;

export const runHtmlUrl = (run: WorkflowRun): string => `${repoHtmlUrl(run.repo)}/actions/runs/${run.id}`;

/** workflow-run, at the given attempt (the latest by default). */
export function runJson(view: View, run: WorkflowRun, attempt: RunAttempt = run): Record<string, unknown> {
  const url = runApiUrl(view, run);
  const api = repoApiUrl(view, run.repo);
  const checkSuiteId = CHECK_SUITE_OFFSET + run.id;
  const head = view.state.git.resolve(run.repo.fullName, run.headSha);
  const headCommit = head ? simpleCommitJson(view, run.repo, head) : null;
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    // GitHub titles a dispatched run after its workflow and a pushed one after its head commit.
    display_title:
      run.displayTitle ??
      (run.event === 'workflow_dispatch' || !head ? run.workflow.name : head.message.split('\n')[0]),
    run_number: run.runNumber,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflow.id,
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
    url,
    html_url: runHtmlUrl(run),
    pull_requests: [],
    created_at: timestamp(run.createdAt),
    updated_at: timestamp(attempt.updatedAt),
    actor: userJson(view, run.actor),
    run_attempt: attempt.runAttempt,
    referenced_workflows: [],
    run_started_at: timestamp(attempt.runStartedAt),
    triggering_actor: userJson(view, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${api}/check-suites/${checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: attempt.runAttempt > 1 ? `${url}/attempts/${attempt.runAttempt - 1}` : null,
    workflow_url: `${api}/actions/workflows/${run.workflow.id}`,
    head_commit: headCommit,
    repository: minimalRepoJson(view, run.repo),
    head_repository: minimalRepoJson(view, run.repo),
  };
}
