import { optionalString, optionalStringList, requiredString } from '../body.js';
import { labelJson, viewOf } from '../builders/index.js';
import { json, notSupplied } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'issues/labels';

export function labelRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/labels',
      permission: 'issues:write',
      docs: docs(PAGE, 'create-a-label'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const label = state.labels.create(repo.fullName, {
          name: requiredString(ctx.body, 'name'),
          color: optionalString(ctx.body, 'color'),
          description: optionalString(ctx.body, 'description'),
        });
        const body = labelJson(viewOf(ctx, state), repo, label);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/labels',
      permission: 'issues:read',
      docs: docs(PAGE, 'list-labels-for-a-repository'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const page = paginate(ctx, state.labels.list(repo.fullName));
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((label) => labelJson(view, repo, label)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/labels/{name}',
      permission: 'issues:read',
      docs: docs(PAGE, 'get-a-label'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        return json(
          200,
          labelJson(viewOf(ctx, state), repo, state.labels.get(repo.fullName, ctx.param('name'))),
        );
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      permission: 'issues:write',
      docs: docs(PAGE, 'add-labels-to-an-issue'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const names = optionalStringList(ctx.body, 'labels');
        if (!names) throw notSupplied('labels');
        const labels = state.issues.addLabels(repo.fullName, intParam(ctx, 'issue_number'), names);
        const view = viewOf(ctx, state);
        return json(
          200,
          labels.map((label) => labelJson(view, repo, label)),
        );
      },
    },
  ];
}
