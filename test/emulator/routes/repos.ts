import { fullRepoJson, viewOf } from '../builders/index.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';

export function repoRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      permission: 'metadata:read',
      docs: docs('repos/repos', 'get-a-repository'),
      handle(ctx) {
        return json(200, fullRepoJson(viewOf(ctx, state), state.repos.get(repoName(ctx))));
      },
    },
  ];
}
