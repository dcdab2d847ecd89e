import { collaboratorJson, viewOf } from '../builders/index.js';
import { json, notFound } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';

export function collaboratorRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      permission: 'metadata:read',
      docs: docs('collaborators/collaborators', 'get-repository-permissions-for-a-user'),
      handle(ctx) {
        const login = ctx.param('username');
        const found = state.collaborators.permission(repoName(ctx), login);
        if (!found) throw notFound();
        return json(200, {
          permission: found.permission,
          role_name: found.roleName,
          user: collaboratorJson(viewOf(ctx, state), login, found),
        });
      },
    },
  ];
}
