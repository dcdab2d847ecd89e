import { optionalString, requiredString } from '../body.js';
import { pullJson, pullSimpleJson, viewOf } from '../builders/index.js';
import { json, notSupplied } from '../http.js';
import type { RequestContext, Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { MergeMethod, MergeRequest } from '../state/pulls.js';
import { announcePush, tokenOf } from './events.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'pulls/pulls';

const MERGE_METHODS: readonly MergeMethod[] = ['merge', 'squash', 'rebase'];

function mergeRequest(ctx: RequestContext): MergeRequest {
  const method = optionalString(ctx.body, 'merge_method');
  if (method !== undefined && !MERGE_METHODS.includes(method as MergeMethod))
    throw notSupplied('merge_method');
  return {
    sha: optionalString(ctx.body, 'sha'),
    commitTitle: optionalString(ctx.body, 'commit_title'),
    commitMessage: optionalString(ctx.body, 'commit_message'),
    method: method as MergeMethod | undefined,
  };
}

export function pullRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      permission: 'pull_requests:write',
      docs: docs(PAGE, 'create-a-pull-request'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const pull = state.pulls.create(repo.fullName, {
          title: requiredString(ctx.body, 'title'),
          head: requiredString(ctx.body, 'head'),
          base: requiredString(ctx.body, 'base'),
          body: optionalString(ctx.body, 'body'),
          draft: ctx.body.draft === true,
        });
        state.events.record({
          kind: 'pull_request',
          repo: repo.fullName,
          action: 'opened',
          number: pull.number,
          token: tokenOf(ctx),
          merged: false,
        });
        const body = pullJson(viewOf(ctx, state), repo, pull);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls',
      permission: 'pull_requests:read',
      docs: docs(PAGE, 'list-pull-requests'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const pulls = state.pulls.list(repo.fullName, {
          state: (ctx.query.get('state') ?? 'open') as 'open' | 'closed' | 'all',
          head: ctx.query.get('head') ?? undefined,
          base: ctx.query.get('base') ?? undefined,
        });
        const page = paginate(ctx, pulls);
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((pull) => pullSimpleJson(view, repo, pull)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}',
      permission: 'pull_requests:read',
      docs: docs(PAGE, 'get-a-pull-request'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        return json(
          200,
          pullJson(viewOf(ctx, state), repo, state.pulls.get(repo.fullName, intParam(ctx, 'pull_number'))),
        );
      },
    },
    {
      method: 'PUT',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
      // Merging writes the base branch: fine-grained tokens need contents:write (docs.trunk.io, GitHub permissions).
      permission: 'contents:write',
      docs: docs(PAGE, 'merge-a-pull-request'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const { pull, commit, before } = state.pulls.merge(
          repo.fullName,
          intParam(ctx, 'pull_number'),
          mergeRequest(ctx),
        );
        announcePush(state, ctx, {
          repo: repo.fullName,
          ref: `refs/heads/${pull.base}`,
          before,
          after: commit.sha,
        });
        state.events.record({
          kind: 'pull_request',
          repo: repo.fullName,
          action: 'closed',
          number: pull.number,
          token: tokenOf(ctx),
          merged: true,
        });
        return json(200, { sha: commit.sha, merged: true, message: 'Pull Request successfully merged' });
      },
    },
  ];
}
