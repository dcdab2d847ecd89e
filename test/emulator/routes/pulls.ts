import { optionalString, requiredString } from '../body.js';
import { pullJson, pullSimpleJson, viewOf } from '../builders/index.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'pulls/pulls';

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
  ];
}
