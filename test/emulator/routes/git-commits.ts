import { requiredString } from '../body.js';
import { gitCommitJson, viewOf } from '../builders/index.js';
import { json, notFound, validationFailed } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';

/** The git database commit routes: read a commit (and its tree sha), create one from a tree. */
export function gitCommitRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      permission: 'contents:read',
      docs: docs('git/commits', 'get-a-commit-object'),
      handle(ctx) {
        const sha = ctx.param('commit_sha');
        const commit = state.git.resolve(repoName(ctx), sha);
        if (!commit || commit.sha !== sha) throw notFound();
        return json(200, gitCommitJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), commit));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/commits',
      permission: 'contents:write',
      docs: docs('git/commits', 'create-a-commit'),
      handle(ctx) {
        const message = requiredString(ctx.body, 'message');
        const tree = requiredString(ctx.body, 'tree');
        const parents = (ctx.body as { parents?: unknown }).parents;
        if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) {
          throw validationFailed({ resource: 'Commit', code: 'invalid', field: 'parents' });
        }
        const commit = state.git.createCommit(repoName(ctx), { message, treeSha: tree, parents });
        const body = gitCommitJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), commit);
        return json(201, body, { location: String(body.url) });
      },
    },
  ];
}
