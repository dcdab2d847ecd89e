import { requiredString } from '../body.js';
import { runApiUrl, runHtmlUrl, viewOf } from '../builders/index.js';
import { json, notSupplied } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { tokenOf } from './events.js';
import { docs, repoName } from './links.js';

export function dispatchRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      permission: 'actions:write',
      docs: docs('actions/workflows', 'create-a-workflow-dispatch-event'),
      handle(ctx) {
        const inputs = ctx.body.inputs ?? {};
        if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
          throw notSupplied('inputs');
        const run = state.runs.dispatch(
          repoName(ctx),
          ctx.param('workflow_id'),
          requiredString(ctx.body, 'ref'),
          inputs as Record<string, unknown>,
        );
        const branch = state.git.ref(run.repo.fullName, `refs/heads/${run.headBranch}`);
        state.events.record({
          kind: 'workflow_dispatch',
          repo: run.repo.fullName,
          workflow: run.workflow.path,
          ref: `refs/${branch ? 'heads' : 'tags'}/${run.headBranch}`,
          inputs: run.inputs,
          runId: run.id,
          token: tokenOf(ctx),
        });
        if (ctx.body.return_run_details !== true) return json(204);
        return json(200, {
          workflow_run_id: run.id,
          run_url: runApiUrl(viewOf(ctx, state), run),
          html_url: runHtmlUrl(run),
        });
      },
    },
  ];
}
