import { ApiError, notFound } from '../http.js';
import { sha256Hex, type Sequence } from '../ids.js';
import type { BlobStore } from './blobs.js';
import type { Clock } from './clock.js';
import type { GitStore } from './git.js';
import { PerRepo } from './per-repo.js';
import type { Repo, RepoStore } from './repos.js';

export interface ReleaseAsset {
  id: number;
  name: string;
  contentType: string;
  size: number;
  /** `sha256:<hex>` of the bytes, as GitHub records it at upload. */
  digest: string;
  createdAt: Date;
  /** Server-relative path of the download (the pre-signed storage URL). */
  downloadPath: string;
}

export interface Release {
  id: number;
  repo: Repo;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  assets: ReleaseAsset[];
}

export interface NewRelease {
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  assets?: readonly { name: string; bytes: Buffer; contentType?: string }[];
}

/** Releases and their assets; the asset bytes live in the blob store, as on GitHub's storage. */
export class ReleaseStore {
  private readonly releases: PerRepo<Release[]>;

  constructor(
    private readonly repos: RepoStore,
    private readonly git: GitStore,
    private readonly blobs: BlobStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {
    this.releases = new PerRepo(repos, () => []);
  }

  create(repoName: string, input: NewRelease): Release {
    const repo = this.repos.get(repoName);
    const createdAt = this.clock();
    const release: Release = {
      id: this.ids.next(),
      repo,
      tagName: input.tag,
      targetCommitish: this.git.resolve(repoName, input.tag)?.sha ?? repo.defaultBranch,
      name: input.name ?? input.tag,
      body: input.body ?? null,
      draft: input.draft ?? false,
      prerelease: input.prerelease ?? false,
      createdAt,
      publishedAt: input.draft ? null : createdAt,
      assets: [],
    };
    this.releases.of(repoName).unshift(release);
    for (const asset of input.assets ?? [])
      this.upload(repoName, release.id, asset.name, asset.bytes, asset.contentType);
    return release;
  }

  /** Newest first, drafts included (the emulator does not tell push access apart from read access). */
  list(repoName: string): Release[] {
    return [...this.releases.of(repoName)];
  }

  get(repoName: string, releaseId: number): Release {
    const release = this.releases.of(repoName).find((candidate) => candidate.id === releaseId);
    if (!release) throw notFound();
    return release;
  }

  /** A draft has no published tag yet: GitHub does not find it by tag. */
  byTag(repoName: string, tag: string): Release {
    const release = this.releases
      .of(repoName)
      .find((candidate) => candidate.tagName === tag && !candidate.draft);
    if (!release) throw notFound();
    return release;
  }

  delete(repoName: string, releaseId: number): void {
    const releases = this.releases.of(repoName);
    releases.splice(releases.indexOf(this.get(repoName, releaseId)), 1);
  }

  upload(
    repoName: string,
    releaseId: number,
    name: string,
    bytes: Buffer,
    contentType = 'application/octet-stream',
  ): ReleaseAsset {
    const release = this.get(repoName, releaseId);
    if (release.assets.some((asset) => asset.name === name)) {
      throw new ApiError(422, 'Validation Failed', [
        { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
      ]);
    }
    const asset: ReleaseAsset = {
      id: this.ids.next(),
      name,
      contentType,
      size: bytes.length,
      digest: `sha256:${sha256Hex(bytes)}`,
      createdAt: this.clock(),
      downloadPath: this.blobs.put(bytes, contentType),
    };
    release.assets.push(asset);
    return asset;
  }

  deleteAsset(repoName: string, releaseId: number, name: string): void {
    const release = this.get(repoName, releaseId);
    const index = release.assets.findIndex((asset) => asset.name === name);
    if (index < 0) throw notFound();
    release.assets.splice(index, 1);
  }

  asset(repoName: string, assetId: number): { release: Release; asset: ReleaseAsset } {
    for (const release of this.releases.of(repoName)) {
      const asset = release.assets.find((candidate) => candidate.id === assetId);
      if (asset) return { release, asset };
    }
    throw notFound();
  }
}
