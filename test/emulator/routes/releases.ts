import { releaseAssetJson, releaseJson, viewOf } from '../builders/index.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const PAGE = 'releases';

export function releaseRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases',
      permission: 'contents:read',
      docs: docs(`${PAGE}/releases`, 'list-releases'),
      handle(ctx) {
        const page = paginate(ctx, state.releases.list(repoName(ctx)));
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((release) => releaseJson(view, release)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases/tags/{tag}',
      permission: 'contents:read',
      docs: docs(`${PAGE}/releases`, 'get-a-release-by-tag-name'),
      handle: (ctx) =>
        json(200, releaseJson(viewOf(ctx, state), state.releases.byTag(repoName(ctx), ctx.param('tag')))),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
      permission: 'contents:read',
      docs: docs(`${PAGE}/assets`, 'list-release-assets'),
      handle(ctx) {
        const release = state.releases.get(repoName(ctx), intParam(ctx, 'release_id'));
        const page = paginate(ctx, release.assets);
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((asset) => releaseAssetJson(view, release, asset)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
      permission: 'contents:read',
      docs: docs(`${PAGE}/assets`, 'get-a-release-asset'),
      handle(ctx) {
        const { release, asset } = state.releases.asset(repoName(ctx), intParam(ctx, 'asset_id'));
        // `application/octet-stream` asks for the bytes: GitHub redirects to a pre-signed storage URL.
        if (ctx.accept.includes('application/octet-stream'))
          return json(302, undefined, { location: `${ctx.baseUrl}${asset.downloadPath}` });
        return json(200, releaseAssetJson(viewOf(ctx, state), release, asset));
      },
    },
  ];
}
