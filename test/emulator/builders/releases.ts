import { nodeId } from '../ids.js';
import { BOT_IDENTITY } from '../state/git-objects.js';
import type { Release, ReleaseAsset } from '../state/releases.js';
import { userJson } from './users.js';
import { repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

/** release-asset: `url` is the API download route, `browser_download_url` the public one. */
export function releaseAssetJson(view: View, release: Release, asset: ReleaseAsset): Record<string, unknown> {
  return {
    url: `${repoApiUrl(view, release.repo)}/releases/assets/${asset.id}`,
    browser_download_url: `${repoHtmlUrl(release.repo)}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: null,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.size,
    digest: asset.digest,
    download_count: 0,
    created_at: timestamp(asset.createdAt),
    updated_at: timestamp(asset.createdAt),
    uploader: userJson(view, BOT_IDENTITY.name),
  };
}

/** release, with its assets. */
export function releaseJson(view: View, release: Release): Record<string, unknown> {
  const api = `${repoApiUrl(view, release.repo)}/releases/${release.id}`;
  const html = `${repoHtmlUrl(release.repo)}/releases/tag/${encodeURIComponent(release.tagName)}`;
  return {
    url: api,
    html_url: html,
    assets_url: `${api}/assets`,
    upload_url: `https://uploads.github.com/repos/${release.repo.fullName}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${repoApiUrl(view, release.repo)}/tarball/${encodeURIComponent(release.tagName)}`,
    zipball_url: `${repoApiUrl(view, release.repo)}/zipball/${encodeURIComponent(release.tagName)}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: timestamp(release.createdAt),
    published_at: timestamp(release.publishedAt),
    updated_at: timestamp(release.createdAt),
    author: userJson(view, BOT_IDENTITY.name),
    assets: release.assets.map((asset) => releaseAssetJson(view, release, asset)),
  };
}
