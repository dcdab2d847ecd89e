import { json } from '../http.js';
import { nodeId } from '../ids.js';
import type { RequestContext, Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { RunAttempt, WorkflowRun } from '../state/runs.js';
import { docs, intParam, repoApiUrl, repoHtmlUrl, repoJson, repoName, timestamp, userJson } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'actions/workflow-runs';

export const runApiUrl = (ctx: RequestContext, run: WorkflowRun): string =>
  `${repoApiUrl(ctx, run.repo)}/actions/runs/${run.id}`;

export const runHtmlUrl = (run: WorkflowRun): string => `${repoHtmlUrl(run.repo)}/actions/runs/${run.id}`;

/** The run as GitHub shows it, at the given attempt (the latest by default). */
function runJson(ctx: RequestContext, run: WorkflowRun, attempt: RunAttempt = run): Record<string, unknown> {
  const url = runApiUrl(ctx, run);
  return {
    id: run.id,
    name: run.workflow.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    display_title: run.workflow.name,
    run_number: run.runNumber,
    event: run.event,
    status: attempt.status,
    conclusion: attempt.conclusion,
    workflow_id: run.workflow.id,
    url,
    html_url: runHtmlUrl(run),
    created_at: timestamp(run.createdAt),
    updated_at: timestamp(attempt.updatedAt),
    run_attempt: attempt.runAttempt,
    run_started_at: timestamp(attempt.runStartedAt),
    previous_attempt_url: attempt.runAttempt > 1 ? `${url}/attempts/${attempt.runAttempt - 1}` : null,
    actor: userJson(ctx, run.actor),
    triggering_actor: userJson(ctx, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    workflow_url: `${repoApiUrl(ctx, run.repo)}/actions/workflows/${run.workflow.id}`,
    repository: repoJson(ctx, run.repo),
    head_repository: repoJson(ctx, run.repo),
  };
}

export function runRoutes(state: EmulatorState): Route[] {
  const runPath = '/repos/{owner}/{repo}/actions/runs/{run_id}';
  const rerun = (suffix: string, anchor: string): Route => ({
    method: 'POST',
    path: `${runPath}/${suffix}`,
    permission: 'actions:write',
    docs: docs(PAGE, anchor),
    handle(ctx) {
      state.runs.rerun(repoName(ctx), intParam(ctx, 'run_id'));
      return json(201, {});
    },
  });
  return [
    {
      method: 'GET',
      path: runPath,
      permission: 'actions:read',
      docs: docs(PAGE, 'get-a-workflow-run'),
      handle: (ctx) => json(200, runJson(ctx, state.runs.run(repoName(ctx), intParam(ctx, 'run_id')))),
    },
    {
      method: 'GET',
      path: `${runPath}/attempts/{attempt_number}`,
      permission: 'actions:read',
      docs: docs(PAGE, 'get-a-workflow-run-attempt'),
      handle(ctx) {
        const run = state.runs.run(repoName(ctx), intParam(ctx, 'run_id'));
        const attempt = state.runs.attempt(repoName(ctx), run.id, intParam(ctx, 'attempt_number'));
        return json(200, runJson(ctx, run, attempt));
      },
    },
    rerun('rerun', 're-run-a-workflow'),
    rerun('rerun-failed-jobs', 're-run-failed-jobs-from-a-workflow-run'),
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      permission: 'actions:read',
      docs: docs(PAGE, 'list-workflow-runs-for-a-workflow'),
      handle(ctx) {
        const workflow = state.workflows.get(repoName(ctx), ctx.param('workflow_id'));
        const event = ctx.query.get('event');
        const branch = ctx.query.get('branch');
        const runs = state.runs
          .runsOf(repoName(ctx), workflow.id)
          .filter((run) => (event === null || run.event === event) && (branch === null || run.headBranch === branch));
        const page = paginate(ctx, runs);
        return json(200, { total_count: runs.length, workflow_runs: page.items.map((run) => runJson(ctx, run)) }, page.headers);
      },
    },
  ];
}
