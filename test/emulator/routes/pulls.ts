import { optionalString, requiredString } from '../body.js';
import { json } from '../http.js';
import { nodeId } from '../ids.js';
import type { RequestContext, Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { PullRequest } from '../state/pulls.js';
import type { Repo } from '../state/repos.js';
import { docs, intParam, repoApiUrl, repoHtmlUrl, repoJson, repoName, timestamp, userJson } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'pulls/pulls';

function pullJson(ctx: RequestContext, repo: Repo, pull: PullRequest): Record<string, unknown> {
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(ctx, repo.owner),
    repo: repoJson(ctx, repo),
  });
  return {
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    number: pull.number,
    url: `${repoApiUrl(ctx, repo)}/pulls/${pull.number}`,
    html_url: `${repoHtmlUrl(repo)}/pull/${pull.number}`,
    issue_url: `${repoApiUrl(ctx, repo)}/issues/${pull.number}`,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(ctx, pull.user),
    draft: pull.draft,
    merged: false,
    head: branch(pull.head, pull.headSha),
    base: branch(pull.base, pull.baseSha),
    created_at: timestamp(pull.createdAt),
    updated_at: timestamp(pull.updatedAt),
    closed_at: null,
    merged_at: null,
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
        const body = pullJson(ctx, repo, pull);
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
        return json(200, page.items.map((pull) => pullJson(ctx, repo, pull)), page.headers);
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}',
      permission: 'pull_requests:read',
      docs: docs(PAGE, 'get-a-pull-request'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        return json(200, pullJson(ctx, repo, state.pulls.get(repo.fullName, intParam(ctx, 'pull_number'))));
      },
    },
  ];
}
