import { requiredString } from '../body.js';
import { json, notFound } from '../http.js';
import { nodeId } from '../ids.js';
import type { RequestContext, Route } from '../router.js';
import type { RefTarget } from '../state/git-objects.js';
import type { EmulatorState } from '../state/index.js';
import { docs, repoApiUrl, repoName } from './links.js';

function refJson(ctx: RequestContext, state: EmulatorState, ref: string, target: RefTarget): Record<string, unknown> {
  const api = repoApiUrl(ctx, state.repos.get(repoName(ctx)));
  return {
    ref,
    node_id: nodeId('Ref', ref),
    url: `${api}/git/${ref}`,
    object: { sha: target.sha, type: target.type, url: `${api}/git/${target.type}s/${target.sha}` },
  };
}

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
        return json(200, refJson(ctx, state, ref, target));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/matching-refs/{ref+}',
      permission: 'contents:read',
      docs: docs('git/refs', 'list-matching-references'),
      handle(ctx) {
        const refs = state.git.refs(repoName(ctx), `refs/${ctx.param('ref')}`);
        return json(200, refs.map(([ref, target]) => refJson(ctx, state, ref, target)));
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
        const body = refJson(ctx, state, ref, target);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/git/tags/{sha}',
      permission: 'contents:read',
      docs: docs('git/tags', 'get-a-tag'),
      handle(ctx) {
        const tag = state.git.tag(repoName(ctx), ctx.param('sha'));
        if (!tag) throw notFound();
        const api = repoApiUrl(ctx, state.repos.get(repoName(ctx)));
        return json(200, {
          node_id: nodeId('Tag', tag.sha),
          tag: tag.tag,
          sha: tag.sha,
          url: `${api}/git/tags/${tag.sha}`,
          message: tag.message,
          tagger: tag.tagger,
          object: { sha: tag.objectSha, type: 'commit', url: `${api}/git/commits/${tag.objectSha}` },
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
        });
      },
    },
  ];
}
