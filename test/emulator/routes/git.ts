import { requiredString } from '../body.js';
import { gitTagJson, refJson, viewOf } from '../builders/index.js';
import { json, notFound } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoName } from './links.js';

export function gitRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/ref/{ref+}',
      permission: 'contents:read',
      docs: docs('git/refs', 'get-a-reference'),
      handle(ctx) {
        const ref = `refs/${ctx.param('ref')}`;
        const target = state.git.ref(repoName(ctx), ref);
        if (!target) throw notFound();
        return json(200, refJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), ref, target));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/matching-refs/{ref+}',
      permission: 'contents:read',
      docs: docs('git/refs', 'list-matching-references'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const refs = state.git.refs(repo.fullName, `refs/${ctx.param('ref')}`);
        return json(
          200,
          refs.map(([ref, target]) => refJson(viewOf(ctx, state), repo, ref, target)),
        );
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/git/refs',
      permission: 'contents:write',
      docs: docs('git/refs', 'create-a-reference'),
      handle(ctx) {
        const ref = requiredString(ctx.body, 'ref');
        const target = state.git.createRef(repoName(ctx), ref, requiredString(ctx.body, 'sha'));
        const body = refJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), ref, target);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
      permission: 'contents:read',
      docs: docs('git/tags', 'get-a-tag'),
      handle(ctx) {
        const tag = state.git.tag(repoName(ctx), ctx.param('tag_sha'));
        if (!tag) throw notFound();
        return json(200, gitTagJson(viewOf(ctx, state), state.repos.get(repoName(ctx)), tag));
      },
    },
  ];
}
