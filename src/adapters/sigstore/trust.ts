import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { GuardError } from '../../core/errors/index.js';
import githubRoot from './roots/github.trusted_root.json' with { type: 'json' };
import publicGoodRoot from './roots/public-good.trusted_root.json' with { type: 'json' };

/**
 * Where trust comes from: online TUF (default), a trusted_root file (JSON or JSONL), or the embedded copies.
 * Both Sigstore instances GitHub signs with are trusted by `tuf` and `embedded`: public-good (public
 * repositories) and GitHub's own (private and internal ones). GitHub's root is always the embedded copy
 * (roots/README.md says why); a file holds exactly the roots it lists.
 */
export type TrustSource =
  | {
      readonly kind: 'tuf';
      readonly mirrorUrl?: string;
      readonly rootPath?: string;
      readonly cachePath?: string;
    }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'embedded' };

export async function loadTrustedRoots(source: TrustSource): Promise<TrustedRoot[]> {
  switch (source.kind) {
    case 'embedded':
      return [TrustedRoot.fromJSON(publicGoodRoot), embeddedGitHubRoot()];
    case 'file':
      return parseTrustedRoots(await readTrustFile(source.path), source.path);
    case 'tuf':
      return [await fetchTrustedRootFromTuf(source), embeddedGitHubRoot()];
  }
}

/** GitHub's own instance, from the embedded copy whatever the source (roots/README.md says why). */
function embeddedGitHubRoot(): TrustedRoot {
  return TrustedRoot.fromJSON(githubRoot);
}

async function readTrustFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new GuardError(
      'trust_root_unavailable',
      `cannot read trusted root file ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** `gh attestation trusted-root` prints one root per line; a plain trusted_root.json is one object. */
export function parseTrustedRoots(text: string, origin: string): TrustedRoot[] {
  let values: unknown[];
  try {
    const trimmed = text.trim();
    values =
      trimmed.startsWith('{') && !trimmed.includes('}\n{')
        ? [JSON.parse(trimmed)]
        : trimmed
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l));
  } catch {
    throw new GuardError('trust_root_unavailable', `${origin} is not a trusted root (JSON or JSON lines)`);
  }
  const roots = values.map((value) => TrustedRoot.fromJSON(value));
  if (roots.length === 0 || roots.some((root) => root.certificateAuthorities.length === 0)) {
    throw new GuardError(
      'trust_root_unavailable',
      `${origin} holds no certificate authority: not a Sigstore trusted root`,
    );
  }
  return roots;
}

async function fetchTrustedRootFromTuf(source: Extract<TrustSource, { kind: 'tuf' }>): Promise<TrustedRoot> {
  try {
    // Loaded only when needed: the TUF client and its HTTP stack are most of the bundle.
    const { getTrustedRoot } = await import('@sigstore/tuf');
    return await getTrustedRoot({
      mirrorURL: source.mirrorUrl,
      rootPath: source.rootPath,
      cachePath: source.cachePath,
      retry: 1,
      timeout: 5_000,
    });
  } catch (error) {
    const where = source.mirrorUrl ?? 'the Sigstore public-good TUF repository';
    throw new GuardError(
      'trust_root_unavailable',
      `cannot fetch the trusted root from ${where}: ${(error as Error).message}. Offline, give a trusted root instead (the CLI's --trusted-root FILE or --offline; the action's trust input).`,
      { cause: error },
    );
  }
}
