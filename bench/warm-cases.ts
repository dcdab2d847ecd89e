import { GH, NPM } from '../test/support/fixtures.js';

/** A real bundle, the artifact it attests, and the signer it must carry. */
export interface WarmCase {
  readonly provenancePath: string;
  readonly artifactPath: string;
  readonly san: string;
  readonly issuer: string;
  /** Pinned when the signer is a reusable workflow of another repository than the one built. */
  readonly sourceRepository?: string;
}

const GITHUB_ACTIONS = 'https://token.actions.githubusercontent.com';
const SIGSTORE_JS_RELEASE =
  'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';

const npm = (name: string, san: string, bundle = `${name}.provenance.sigstore.json`): WarmCase => ({
  provenancePath: NPM(bundle),
  artifactPath: NPM(`${name}.tgz`),
  san,
  issuer: GITHUB_ACTIONS,
});

/**
 * Every npm SLSA v1 bundle and every public-good GitHub attestation with its artifact that is
 * meant to verify (the wrong-signer bundle is a rejection case, the GitHub-instance ones need
 * another root).
 */
export const WARM_CASES: readonly WarmCase[] = [
  npm(
    'playwright-cli-0.1.1',
    'https://github.com/microsoft/playwright-cli/.github/workflows/publish.yml@refs/tags/v0.1.1',
  ),
  npm('sigstore-2.0.0', SIGSTORE_JS_RELEASE),
  npm('sigstore-2.1.0', SIGSTORE_JS_RELEASE),
  npm('sigstore-2.1.0', SIGSTORE_JS_RELEASE, 'sigstore-2.1.0.provenance.v0.1.sigstore.json'),
  npm('sigstore-2.3.1', SIGSTORE_JS_RELEASE),
  {
    provenancePath: GH('reusable-workflow/github_provenance_demo-0.0.0-py3-none-any.whl.sigstore.json'),
    artifactPath: GH('reusable-workflow/github_provenance_demo-0.0.0-py3-none-any.whl'),
    san: 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
    issuer: GITHUB_ACTIONS,
    sourceRepository: 'malancas/attest-demo',
  },
  {
    provenancePath: GH('custom-issuer/artifact.sigstore.json'),
    artifactPath: GH('custom-issuer/artifact'),
    san: 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
    issuer: `${GITHUB_ACTIONS}/hammer-time`,
  },
  {
    provenancePath: GH('bcr-module/MODULE.bazel.intoto.jsonl'),
    artifactPath: GH('bcr-module/MODULE.bazel'),
    san: 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
    issuer: GITHUB_ACTIONS,
    sourceRepository: 'aspect-build/rules_lint',
  },
];

/** Each call applies `work` to the next item, cycling. */
export function roundRobin<Item, Result>(items: readonly Item[], work: (item: Item) => Result): () => Result {
  let next = 0;
  return () => work(items[next++ % items.length] as Item);
}
