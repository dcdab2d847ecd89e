import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GuardError } from '../../core/errors/index.js';
import { parseProvenanceCandidates } from '../../core/provenance/index.js';
import { isProvenanceFile } from '../../core/policy-file/index.js';
import type { PinnedResource } from '../../core/vsa/index.js';
import {
  downloadReleaseAssets,
  findRelease,
  listReleaseAssets,
  type ReleaseClient,
  type ReleaseInfo,
  type RepositoryRef,
} from '../../adapters/github/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import type { ReleaseUnderCheck } from '../verify/index.js';

/**
 * A downloaded release: its files, the provenance it carries (one JSON-lines file) and each bundle's digest
 * for the VSA.
 */
export interface FetchedRelease {
  readonly info: ReleaseInfo;
  readonly underCheck: ReleaseUnderCheck;
  readonly artifactPaths: readonly string[];
  /** Null when the release carries no provenance or bundle file. */
  readonly provenancePath: string | null;
  readonly provenanceSources: readonly PinnedResource[];
}

export interface FetchReleaseRequest {
  readonly tag: string;
  /** A `release-` directory is made inside it for the downloads. */
  readonly workDir: string;
}

/**
 * Lists the tag's release and its assets (paged), streams every asset to disk within the size caps, and
 * checks each against the digest GitHub recorded at upload: storage that serves other bytes is not the
 * release.
 */
export async function fetchRelease(
  client: ReleaseClient,
  repository: RepositoryRef,
  { tag, workDir }: FetchReleaseRequest,
): Promise<FetchedRelease> {
  const info = await findRelease(client, repository, tag);
  const listed = await listReleaseAssets(client, repository, info.id);
  const dir = await mkdtemp(join(workDir, 'release-'));
  const assets = await downloadReleaseAssets(client, repository, {
    assets: listed,
    dir: join(dir, 'assets'),
  });
  const digests = await hashArtifacts(
    assets.map((a) => a.path),
    'sha256',
  );
  assets.forEach((asset, i) => {
    const hex = digests[i]?.hex;
    if (asset.digest !== null && asset.digest !== `sha256:${hex}`) {
      throw new GuardError(
        'artifact_missing',
        `release asset ${asset.name} downloaded as sha256:${hex}, but GitHub recorded ${asset.digest}`,
      );
    }
  });
  // A signed VSA beside the release is a verdict about it, not its provenance.
  const bundles = assets.filter((a) => isProvenanceFile(a.name) && !a.name.endsWith('.vsa.sigstore.json'));
  const provenanceSources = bundles.map((b) => ({
    uri: assetUri(info, b.name),
    sha256: digests[assets.indexOf(b)]?.hex ?? '',
  }));
  const provenancePath = bundles.length === 0 ? null : join(dir, 'release-provenance.jsonl');
  if (provenancePath) await writeFile(provenancePath, await joinedProvenance(bundles.map((b) => b.path)));
  return {
    info,
    underCheck: {
      state: { tag, draft: info.draft, prerelease: info.prerelease },
      assets: assets.map((a) => ({ name: a.name, path: a.path, size: a.size })),
    },
    artifactPaths: assets.map((a) => a.path),
    provenancePath,
    provenanceSources,
  };
}

/** The URI of a published asset, as users download it. */
export const assetUri = (release: ReleaseInfo, name: string): string =>
  `${release.htmlUrl.replace(/\/releases\/tag\/[^/]+$/, '')}/releases/download/${encodeURIComponent(release.tag)}/${encodeURIComponent(name)}`;

/** Every bundle of every provenance asset, one per line, so the verifier reads them as one file. */
async function joinedProvenance(paths: readonly string[]): Promise<string> {
  const lines: string[] = [];
  for (const path of paths) {
    try {
      lines.push(
        ...parseProvenanceCandidates(await readFile(path, 'utf8')).map((candidate) =>
          JSON.stringify(candidate),
        ),
      );
    } catch (error) {
      if (!(error instanceof GuardError)) throw error;
      throw new GuardError(
        error.code,
        `release provenance ${path.slice(path.lastIndexOf('/') + 1)}: ${error.message}`,
        { cause: error },
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The SHA-256 of a provenance file, for the VSA's inputAttestations. */
export async function fileResource(path: string, uri: string): Promise<PinnedResource> {
  return {
    uri,
    sha256: createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  };
}
