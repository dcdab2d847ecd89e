import { requiredString } from '../body.js';
import { json, notFound, validationFailed } from '../http.js';
import type { RequestContext, Route } from '../router.js';
import type { Commit } from '../state/git-objects.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoApiUrl, repoName } from './links.js';

function commitJson(ctx: RequestContext, state: EmulatorState, commit: Commit): Record<string, unknown> {
  const api = repoApiUrl(ctx, state.repos.get(repoName(ctx)));
  const treeSha = state.git.treeSha(repoName(ctx), commit);
  return {
    sha: commit.sha,
    url: `${api}/git/commits/${commit.sha}`,
    message: commit.message,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: treeSha, url: `${api}/git/trees/${treeSha}` },
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}` })),
  };
}

/** The git database commit routes: read a commit (and its tree sha), create one from a tree. */
export function gitCommitRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/commits/{sha}',
      permission: 'contents:read',
      docs: docs('git/commits', 'get-a-commit-object'),
      handle(ctx) {
        const commit = state.git.resolve(repoName(ctx), ctx.param('sha'));
        if (!commit || commit.sha !== ctx.param('sha')) throw notFound();
        return json(200, commitJson(ctx, state, commit));
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
        return json(201, commitJson(ctx, state, commit), { location: `${repoApiUrl(ctx, state.repos.get(repoName(ctx)))}/git/commits/${commit.sha}` });
      },
    },
  ];
}
