import { ApiError, json } from '../http.js';
import { nodeId } from '../ids.js';
import type { RequestContext, Route } from '../router.js';
import type { Artifact } from '../state/artifacts.js';
import type { EmulatorState } from '../state/index.js';
import { docs, intParam, repoApiUrl, repoName, timestamp } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'actions/artifacts';

export function artifactRoutes(state: EmulatorState): Route[] {
  const artifactJson = (ctx: RequestContext, artifact: Artifact): Record<string, unknown> => {
    const url = `${repoApiUrl(ctx, artifact.repo)}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      node_id: nodeId('Artifact', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.sizeInBytes,
      url,
      archive_download_url: `${url}/zip`,
      expired: state.artifacts.isExpired(artifact),
      created_at: timestamp(artifact.createdAt),
      expires_at: timestamp(artifact.expiresAt),
      updated_at: timestamp(artifact.createdAt),
      digest: artifact.digest,
      workflow_run: {
        id: artifact.run.id,
        repository_id: artifact.repo.id,
        head_repository_id: artifact.repo.id,
        head_branch: artifact.run.headBranch,
        head_sha: artifact.run.headSha,
      },
    };
  };
  const list = (path: string, anchor: string, runScoped: boolean): Route => ({
    method: 'GET',
    path,
    permission: 'actions:read',
    docs: docs(PAGE, anchor),
    handle(ctx) {
      const runId = runScoped ? state.runs.run(repoName(ctx), intParam(ctx, 'run_id')).id : undefined;
      const artifacts = state.artifacts.list(repoName(ctx), { runId, name: ctx.query.get('name') ?? undefined });
      const page = paginate(ctx, artifacts);
      return json(200, { total_count: artifacts.length, artifacts: page.items.map((a) => artifactJson(ctx, a)) }, page.headers);
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
      handle: (ctx) => json(200, artifactJson(ctx, state.artifacts.get(repoName(ctx), intParam(ctx, 'artifact_id')))),
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
