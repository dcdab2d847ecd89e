import { checkRunJson, viewOf } from '../builders/index.js';
import { json, notFound } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';
import { paginate } from './pagination.js';

export function checkRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      permission: 'checks:read',
      docs: docs('checks/runs', 'list-check-runs-for-a-git-reference'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const commit = state.git.resolve(repo.fullName, ctx.param('ref'));
        if (!commit) throw notFound();
        const name = ctx.query.get('check_name');
        const status = ctx.query.get('status');
        // Every recorded check run is completed.
        const runs = state.checks
          .list(repo.fullName, commit.sha, ctx.query.get('filter') !== 'all')
          .filter(
            (run) => (name === null || run.name === name) && (status === null || status === 'completed'),
          );
        const page = paginate(ctx, runs);
        const view = viewOf(ctx, state);
        return json(
          200,
          { total_count: runs.length, check_runs: page.items.map((run) => checkRunJson(view, repo, run)) },
          page.headers,
        );
      },
    },
  ];
}
