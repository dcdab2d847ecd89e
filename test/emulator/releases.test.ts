import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import type { Release } from './state/releases.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('releases and release assets', () => {
  let gh: GitHubEmulator;
  let published: Release;
  beforeAll(async () => {
    gh = await startWithRepo({ now: () => new Date('2026-03-01T12:00:00Z') });
    gh.state.git.createTag(REPO, 'v1.0.0');
    published = gh.state.releases.create(REPO, {
      tag: 'v1.0.0',
      assets: Array.from({ length: 3 }, (_, i) => ({
        name: `app-${i}.tgz`,
        bytes: Buffer.from(`binary ${i}`),
      })),
    });
    gh.state.releases.create(REPO, { tag: 'v1.1.0-rc.1', prerelease: true });
    gh.state.releases.create(REPO, { tag: 'v2.0.0', draft: true });
  });
  afterAll(() => gh.close());

  it('lists releases newest first, drafts included, in pages', async () => {
    const all = await client(gh).paginate(client(gh).rest.repos.listReleases, { owner, repo, per_page: 1 });
    expect(all.map((r) => [r.tag_name, r.draft, r.prerelease])).toEqual([
      ['v2.0.0', true, false],
      ['v1.1.0-rc.1', false, true],
      ['v1.0.0', false, false],
    ]);
    expect(all[0]?.published_at).toBeNull();
  });

  it('finds a published release by tag, never a draft', async () => {
    const { data } = await client(gh, 'tok-read').rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    expect(data).toMatchObject({
      id: published.id,
      target_commitish: gh.state.git.resolve(REPO, 'v1.0.0')?.sha,
      assets: [{ name: 'app-0.tgz' }, {}, {}],
    });
    await expectFailure(client(gh).rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.0.0' }), 404);
  });

  it('lists assets in pages with their digests', async () => {
    const assets = await client(gh).paginate(client(gh).rest.repos.listReleaseAssets, {
      owner,
      repo,
      release_id: published.id,
      per_page: 2,
    });
    expect(assets.map((a) => a.name)).toEqual(['app-0.tgz', 'app-1.tgz', 'app-2.tgz']);
    expect(assets[1]?.digest).toBe(`sha256:${createHash('sha256').update('binary 1').digest('hex')}`);
  });

  it('downloads an asset through a 302 to storage that needs no token', async () => {
    const [asset] = published.assets;
    const response = await fetch(`${gh.url}/repos/${REPO}/releases/assets/${asset!.id}`, {
      headers: { authorization: 'token tok-read', accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const download = await fetch(response.headers.get('location')!);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('binary 0');
    const { data } = await client(gh).rest.repos.getReleaseAsset({ owner, repo, asset_id: asset!.id });
    expect(data).toMatchObject({ name: 'app-0.tgz', size: 8, state: 'uploaded' });
    await expectFailure(client(gh).rest.repos.getReleaseAsset({ owner, repo, asset_id: 1 }), 404);
  });

  it('refuses a second asset of the same name, and replaces one by delete and upload', () => {
    expect(() => gh.state.releases.upload(REPO, published.id, 'app-0.tgz', Buffer.from('x'))).toThrow(
      'Validation Failed',
    );
    gh.state.releases.deleteAsset(REPO, published.id, 'app-0.tgz');
    const replaced = gh.state.releases.upload(REPO, published.id, 'app-0.tgz', Buffer.from('other'));
    expect(published.assets.map((a) => a.name)).toEqual(['app-1.tgz', 'app-2.tgz', 'app-0.tgz']);
    expect(replaced.digest).toBe(`sha256:${createHash('sha256').update('other').digest('hex')}`);
  });
});
