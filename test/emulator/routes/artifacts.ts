import { artifactJson, viewOf } from '../builders/index.js';
import { ApiError, json } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'actions/artifacts';

export function artifactRoutes(state: EmulatorState): Route[] {
  const list = (path: string, anchor: string, runScoped: boolean): Route => ({
    method: 'GET',
    path,
    permission: 'actions:read',
    docs: docs(PAGE, anchor),
    handle(ctx) {
      const runId = runScoped ? state.runs.run(repoName(ctx), intParam(ctx, 'run_id')).id : undefined;
      const artifacts = state.artifacts.list(repoName(ctx), {
        runId,
        name: ctx.query.get('name') ?? undefined,
      });
      const page = paginate(ctx, artifacts);
      const view = viewOf(ctx, state);
      return json(
        200,
        { total_count: artifacts.length, artifacts: page.items.map((a) => artifactJson(view, a)) },
        page.headers,
      );
    },
  });
  return [
    list('/repos/{owner}/{repo}/actions/artifacts', 'list-artifacts-for-a-repository', false),
    list('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'list-workflow-run-artifacts', true),
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
      permission: 'actions:read',
      docs: docs(PAGE, 'get-an-artifact'),
      handle: (ctx) =>
        json(
          200,
          artifactJson(viewOf(ctx, state), state.artifacts.get(repoName(ctx), intParam(ctx, 'artifact_id'))),
        ),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip',
      permission: 'actions:read',
      docs: docs(PAGE, 'download-an-artifact'),
      handle(ctx) {
        const artifact = state.artifacts.get(repoName(ctx), intParam(ctx, 'artifact_id'));
        if (state.artifacts.isExpired(artifact)) throw new ApiError(410, 'Artifact has expired');
        return json(302, undefined, { location: `${ctx.baseUrl}${artifact.downloadPath}` });
      },
    },
  ];
}
