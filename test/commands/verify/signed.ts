import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { VerifyDependencies } from '../../../src/commands/verify/index.js';
import {
  startSigstoreInstance,
  type MintIdentity,
  type SigstoreTestInstance,
} from '../../support/sigstore/index.js';
import { mintedRelease, REPOSITORY, TAG, type MintedRelease } from '../../integration/minted-release.js';

export { REPOSITORY, TAG, WORKFLOW } from '../../integration/minted-release.js';

type Bundle = Record<string, unknown>;

/** A loopback Sigstore instance, a release of acme/widget signed on it, and the roots that trust it. */
export interface SignedRelease {
  readonly instance: SigstoreTestInstance;
  readonly release: MintedRelease;
  /** The release's own attestation: verifies under `release.policy()`. */
  readonly good: Bundle;
  /** The same statement signed by another workflow of the repository: identity_mismatch under a SAN pin. */
  readonly decoy: Bundle;
  /** `good` whose signature is not the payload's: signature_invalid. */
  readonly tampered: Bundle;
  /** Injected trusted roots; `calls` counts the loads. */
  readonly deps: VerifyDependencies & { readonly calls: () => number };
  readonly roots: readonly TrustedRoot[];
  readonly otherWorkflow: string;
  mint(statement: object, identity?: Partial<MintIdentity>): Promise<Bundle>;
  /** A provenance file of these bundles (one is a JSON file, several are JSONL). */
  file(bundles: readonly unknown[]): string;
}

export async function startSignedRelease(): Promise<SignedRelease> {
  const instance = await startSigstoreInstance('public-good');
  const release = await mintedRelease(instance);
  const otherWorkflow = `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/tags/${TAG}`;
  const mint = (statement: object, identity: Partial<MintIdentity> = {}) =>
    instance.mint(statement, { ...release.identity, ...identity });
  const [good, decoy] = await Promise.all([
    mint(release.statement()),
    mint(release.statement(), { san: otherWorkflow, buildSignerUri: otherWorkflow }),
  ]);
  const tampered = structuredClone(good) as { dsseEnvelope: { signatures: { sig: string }[] } };
  tampered.dsseEnvelope.signatures[0]!.sig = Buffer.from('not the signature').toString('base64');
  const roots = [TrustedRoot.fromJSON(instance.trustedRoot)];
  let calls = 0;
  let files = 0;
  return {
    instance,
    release,
    good,
    decoy,
    tampered: tampered as unknown as Bundle,
    roots,
    otherWorkflow,
    deps: {
      trustedRoots: async () => {
        calls += 1;
        return roots;
      },
      calls: () => calls,
    },
    mint,
    file: (bundles) =>
      release.write(
        `provenance-${(files += 1)}.intoto.jsonl`,
        bundles.map((bundle) => JSON.stringify(bundle)).join('\n'),
      ),
  };
}
