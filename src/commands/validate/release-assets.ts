import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GuardError } from '../../core/errors/index.js';
import { parseProvenanceCandidates } from '../../core/provenance/index.js';
import { isProvenanceFile } from '../../core/policy-file/index.js';
import type { PinnedResource } from '../../core/vsa/index.js';
import { decodeAttestations } from '../verify/index.js';
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

/** A bundle asset left out of the release's provenance, and why. */
export interface IgnoredProvenance {
  readonly name: string;
  readonly why: string;
}

/**
 * Verifies one bundle asset on its own against the release assets it attests (their paths): null when it
 * passes, else why it does not.
 */
export type BundleScreen = (
  bundle: { readonly name: string; readonly path: string },
  attested: readonly string[],
) => Promise<string | null>;

/**
 * A downloaded release: its files, the provenance it carries (one JSON-lines file) and each bundle's digest
 * for the VSA.
 */
export interface FetchedRelease {
  readonly info: ReleaseInfo;
  readonly underCheck: ReleaseUnderCheck;
  readonly artifactPaths: readonly string[];
  /** Null when the release carries no provenance or bundle file (none that passed the screen, with one). */
  readonly provenancePath: string | null;
  readonly provenanceSources: readonly PinnedResource[];
  /** Bundle assets the screen left out: never provenance, named so the summary can warn about them. */
  readonly ignoredProvenance: readonly IgnoredProvenance[];
}

export interface FetchReleaseRequest {
  readonly tag: string;
  /** A `release-` directory is made inside it for the downloads. */
  readonly workDir: string;
  /**
   * With a screen, anyone who can upload an asset cannot block the release with one named like a bundle:
   * a bundle asset that is not readable provenance, attests none of the other assets, or fails the screen
   * is left out and named in `ignoredProvenance`. Without one every bundle asset is provenance, and one
   * that cannot be read rejects the release.
   */
  readonly screen?: BundleScreen;
}

/**
 * Lists the tag's release and its assets (paged), streams every asset to disk within the size caps, and
 * checks each against the digest GitHub recorded at upload: storage that serves other bytes is not the
 * release.
 */
export async function fetchRelease(
  client: ReleaseClient,
  repository: RepositoryRef,
  { tag, workDir, screen }: FetchReleaseRequest,
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
  const named = assets.filter((a) => isProvenanceFile(a.name) && !a.name.endsWith('.vsa.sigstore.json'));
  const others = assets.filter((a) => !isProvenanceFile(a.name));
  const { bundles, ignored } = screen
    ? await screenBundles(named, others, screen)
    : { bundles: named, ignored: [] };
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
    ignoredProvenance: ignored,
  };
}

interface DownloadedAsset {
  readonly name: string;
  readonly path: string;
}

/**
 * Each bundle asset on its own: readable provenance, attesting at least one other asset of the release (by
 * its sha256 or sha512), and passing the screen. The others are left out, with why; a release whose real
 * provenance was left out still fails, for its assets are then unattested.
 */
async function screenBundles<T extends DownloadedAsset>(
  bundles: readonly T[],
  others: readonly DownloadedAsset[],
  screen: BundleScreen,
): Promise<{ bundles: T[]; ignored: IgnoredProvenance[] }> {
  const ignored: IgnoredProvenance[] = [];
  const readable: { bundle: T; digests: [algorithm: string, hex: string][] }[] = [];
  for (const bundle of bundles) {
    try {
      const subjects = decodeAttestations(await readFile(bundle.path, 'utf8')).flatMap((a) =>
        a.ok ? a.statement.subject : [],
      );
      const digests = subjects.flatMap((s) =>
        Object.entries(s.digest).map(([algorithm, hex]): [string, string] => [algorithm, hex.toLowerCase()]),
      );
      readable.push({ bundle, digests });
    } catch (error) {
      if (!(error instanceof GuardError)) throw error;
      ignored.push({ name: bundle.name, why: `not readable provenance: ${error.message}` });
    }
  }
  // The other assets by digest, in the algorithms the subjects use.
  const pathsOf = new Map<string, string[]>();
  const algorithms = new Set(readable.flatMap((r) => r.digests.map(([algorithm]) => algorithm)));
  for (const algorithm of (['sha256', 'sha512'] as const).filter((a) => algorithms.has(a))) {
    const hashed = await hashArtifacts(
      others.map((a) => a.path),
      algorithm,
    );
    hashed.forEach((digest, i) => {
      const key = `${algorithm}:${digest.hex}`;
      pathsOf.set(key, [...(pathsOf.get(key) ?? []), others[i]!.path]);
    });
  }
  const kept: T[] = [];
  for (const { bundle, digests } of readable) {
    const attested = [...new Set(digests.flatMap(([a, hex]) => pathsOf.get(`${a}:${hex}`) ?? []))];
    const why =
      attested.length === 0 ? 'attests none of the other release assets' : await screen(bundle, attested);
    if (why === null) kept.push(bundle);
    else ignored.push({ name: bundle.name, why });
  }
  const order = (name: string) => bundles.findIndex((b) => b.name === name);
  return { bundles: kept, ignored: ignored.sort((a, b) => order(a.name) - order(b.name)) };
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
