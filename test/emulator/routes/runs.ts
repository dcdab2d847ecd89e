import { runJson, viewOf } from '../builders/index.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { tokenOf } from './events.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'actions/workflow-runs';

export function runRoutes(state: EmulatorState): Route[] {
  const runPath = '/repos/{owner}/{repo}/actions/runs/{run_id}';
  const rerun = (suffix: string, anchor: string, failedJobsOnly: boolean): Route => ({
    method: 'POST',
    path: `${runPath}/${suffix}`,
    permission: 'actions:write',
    docs: docs(PAGE, anchor),
    handle(ctx) {
      const run = state.runs.rerun(repoName(ctx), intParam(ctx, 'run_id'));
      state.events.record({
        kind: 'rerun',
        repo: run.repo.fullName,
        runId: run.id,
        attempt: run.runAttempt,
        failedJobsOnly,
        token: tokenOf(ctx),
      });
      return json(201, {});
    },
  });
  return [
    {
      method: 'GET',
      path: runPath,
      permission: 'actions:read',
      docs: docs(PAGE, 'get-a-workflow-run'),
      handle: (ctx) =>
        json(200, runJson(viewOf(ctx, state), state.runs.run(repoName(ctx), intParam(ctx, 'run_id')))),
    },
    {
      method: 'GET',
      path: `${runPath}/attempts/{attempt_number}`,
      permission: 'actions:read',
      docs: docs(PAGE, 'get-a-workflow-run-attempt'),
      handle(ctx) {
        const run = state.runs.run(repoName(ctx), intParam(ctx, 'run_id'));
        const attempt = state.runs.attempt(repoName(ctx), run.id, intParam(ctx, 'attempt_number'));
        return json(200, runJson(viewOf(ctx, state), run, attempt));
      },
    },
    rerun('rerun', 're-run-a-workflow', false),
    rerun('rerun-failed-jobs', 're-run-failed-jobs-from-a-workflow-run', true),
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
          .filter(
            (run) =>
              (event === null || run.event === event) && (branch === null || run.headBranch === branch),
          );
        const page = paginate(ctx, runs);
        const view = viewOf(ctx, state);
        return json(
          200,
          { total_count: runs.length, workflow_runs: page.items.map((run) => runJson(view, run)) },
          page.headers,
        );
      },
    },
  ];
}
