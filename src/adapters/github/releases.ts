import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { defaultDownloadTiming, type DownloadTiming } from '../artifact/download.js';
import { idleTimeout, isTimeout } from '../retry/index.js';
import type { RepositoryRef } from './repository.js';
import { pagesWithRetries, type GitHubRetryTiming } from './retry.js';

/**
 * Bounds on what a release may make us read: far beyond real releases, small enough to stop a hostile one.
 */
export interface ReleaseLimits {
  readonly maxAssets: number;
  readonly maxAssetBytes: number;
  readonly maxTotalBytes: number;
  readonly maxPages: number;
}

export const defaultReleaseLimits: ReleaseLimits = {
  maxAssets: 1000,
  maxAssetBytes: 2 * 1024 ** 3,
  maxTotalBytes: 8 * 1024 ** 3,
  maxPages: 20,
};

export interface ReleaseInfo {
  readonly id: number;
  readonly tag: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly htmlUrl: string;
}

export interface ReleaseAssetInfo {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  /** `sha256:<hex>` as GitHub recorded it at upload; null for assets uploaded before GitHub kept digests. */
  readonly digest: string | null;
}

export interface DownloadedAsset extends ReleaseAssetInfo {
  readonly path: string;
}

/** The API to reach for bytes: Octokit for the JSON, plain fetch for the redirect to storage. */
export interface ReleaseClient {
  readonly octokit: Octokit;
  readonly apiUrl: string;
  readonly token: string;
  /** The retry policy's timing for the listings; its defaults when absent. */
  readonly timing?: GitHubRetryTiming;
}

/**
 * The release of the tag, read from the list, drafts included (the list shows them to a token with push
 * access; `getReleaseByTag` never does): the published one, even when drafts carry the same tag (anyone
 * drafting a release must not shadow what users download); a draft only when nothing with that tag is
 * published.
 */
export async function findRelease(
  client: ReleaseClient,
  repository: RepositoryRef,
  tag: string,
  limits = defaultReleaseLimits,
): Promise<ReleaseInfo> {
  let read = 0;
  let draft: ReleaseInfo | null = null;
  const pages = pagesWithRetries(
    client.octokit.paginate.iterator(client.octokit.rest.repos.listReleases, {
      ...repository,
      per_page: 100,
    }),
    client.timing,
    `the releases of ${repository.owner}/${repository.repo}`,
  );
  for await (const page of pages) {
    for (const release of page.data.filter((candidate) => candidate.tag_name === tag)) {
      const found = {
        id: release.id,
        tag,
        draft: release.draft,
        prerelease: release.prerelease,
        htmlUrl: release.html_url,
      };
      if (!release.draft) return found;
      draft ??= found;
    }
    if (++read >= limits.maxPages) break;
  }
  if (draft) return draft;
  throw new GuardError(
    'artifact_missing',
    `${repository.owner}/${repository.repo} has no release for tag ${tag}`,
  );
}

export async function listReleaseAssets(
  client: ReleaseClient,
  repository: RepositoryRef,
  releaseId: number,
  limits = defaultReleaseLimits,
): Promise<ReleaseAssetInfo[]> {
  const assets: ReleaseAssetInfo[] = [];
  const pages = pagesWithRetries(
    client.octokit.paginate.iterator(client.octokit.rest.repos.listReleaseAssets, {
      ...repository,
      release_id: releaseId,
      per_page: 100,
    }),
    client.timing,
    `the assets of release ${releaseId} of ${repository.owner}/${repository.repo}`,
  );
  for await (const page of pages) {
    assets.push(
      ...page.data.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null })),
    );
    if (assets.length > limits.maxAssets)
      throw new GuardError('artifact_missing', `the release has more than ${limits.maxAssets} assets`);
  }
  const names = new Set<string>();
  for (const asset of assets) {
    assertSafeName(asset.name);
    if (names.has(asset.name))
      throw new GuardError('artifact_missing', `the release lists asset ${JSON.stringify(asset.name)} twice`);
    names.add(asset.name);
  }
  const total = assets.reduce((sum, a) => sum + a.size, 0);
  if (total > limits.maxTotalBytes)
    throw new GuardError(
      'artifact_missing',
      `the release's assets hold ${total} bytes, more than ${limits.maxTotalBytes}`,
    );
  return assets;
}

/**
 * A name becomes a file name: nothing that climbs out of the directory, hides, or carries control characters.
 */
function assertSafeName(name: string): void {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    // eslint-disable-next-line no-control-regex
    /[/\\\u0000-\u001f\u007f]/.test(name) ||
    name.length > 255
  ) {
    throw new GuardError(
      'artifact_missing',
      `release asset name ${JSON.stringify(name)} is not a safe file name`,
    );
  }
}

export interface ReleaseDownloadRequest {
  readonly assets: readonly ReleaseAssetInfo[];
  readonly dir: string;
  readonly timing?: DownloadTiming;
  readonly limits?: ReleaseLimits;
}

/**
 * Each asset streamed to `dir`, at most `maxTries` tries each, never more bytes than the listing declared;
 * a try that receives nothing for the retry policy's timeout (30 s) fails and is retried.
 */
export async function downloadReleaseAssets(
  client: ReleaseClient,
  repository: RepositoryRef,
  { assets, dir, timing = defaultDownloadTiming, limits = defaultReleaseLimits }: ReleaseDownloadRequest,
): Promise<DownloadedAsset[]> {
  await mkdir(dir, { recursive: true });
  const downloaded: DownloadedAsset[] = [];
  for (const asset of assets) {
    if (asset.size > limits.maxAssetBytes)
      throw new GuardError(
        'artifact_missing',
        `release asset ${asset.name} is ${asset.size} bytes, more than ${limits.maxAssetBytes}`,
      );
    const path = join(dir, asset.name);
    await withTries(timing, asset.name, () => downloadOne(client, repository, asset, path));
    downloaded.push({ ...asset, path });
  }
  return downloaded;
}

class Retryable extends Error {}

async function withTries(timing: DownloadTiming, name: string, call: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof Retryable) && !(error instanceof TypeError) && !isTimeout(error)) throw error;
      if (attempt >= timing.maxTries) {
        throw new GuardError(
          'artifact_missing',
          `release asset ${name} could not be downloaded after ${attempt} tries: ${(error as Error).message}`,
          { cause: error },
        );
      }
      await timing.sleep(timing.delayMs(attempt));
    }
  }
}

/** GitHub answers 302 to pre-signed storage; the token goes to GitHub only, never to the storage host. */
async function downloadOne(
  client: ReleaseClient,
  repository: RepositoryRef,
  asset: ReleaseAssetInfo,
  path: string,
): Promise<void> {
  const url = `${client.apiUrl.replace(/\/$/, '')}/repos/${repository.owner}/${repository.repo}/releases/assets/${asset.id}`;
  const headers: Record<string, string> = {
    accept: 'application/octet-stream',
    'user-agent': 'provenance-guard',
  };
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  const idle = idleTimeout();
  try {
    let response = await fetch(url, { headers, redirect: 'manual', signal: idle.signal });
    idle.alive();
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location)
      response = await fetch(new URL(location, url), {
        headers: { accept: 'application/octet-stream' },
        signal: idle.signal,
      });
    idle.alive();
    await writeBody(response, asset, path, idle.alive);
  } finally {
    idle.stop();
  }
}

async function writeBody(
  response: Response,
  asset: ReleaseAssetInfo,
  path: string,
  alive: () => void,
): Promise<void> {
  if (response.status === 429 || response.status >= 500) throw new Retryable(`HTTP ${response.status}`);
  if (!response.ok || response.body === null)
    throw new GuardError('artifact_missing', `release asset ${asset.name}: HTTP ${response.status}`);
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      alive();
      bytes += chunk.length;
      done(
        bytes > asset.size
          ? new GuardError(
              'artifact_missing',
              `release asset ${asset.name} is larger than the ${asset.size} bytes listed`,
            )
          : null,
        chunk,
      );
    },
  });
  try {
    // `wx`: a file planted beforehand is never overwritten or followed.
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      cap,
      createWriteStream(path, { flags: 'wx' }),
    );
    if (bytes !== asset.size)
      throw new Retryable(`release asset ${asset.name}: ${bytes} of ${asset.size} bytes arrived`);
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
