import { GITHUB_ACTIONS_ISSUER, type MintIdentity } from './identity-token.js';
import { githubAttestationStatement } from './statement.js';

/** A release of o/r at v1.2.3, signed by its own release workflow. */
export const releaseIdentity: MintIdentity = {
  san: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
  sourceRepositoryUri: 'https://github.com/o/r',
  sourceRepositoryDigest: 'a'.repeat(40),
  sourceRepositoryRef: 'refs/tags/v1.2.3',
  buildSignerUri: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
  sourceRepositoryIdentifier: '123456',
  sourceRepositoryOwnerIdentifier: '7890',
};

export const releasePolicy = {
  subjectAlternativeName: releaseIdentity.san,
  extensions: { issuer: GITHUB_ACTIONS_ISSUER },
};

export const releaseStatement = githubAttestationStatement({
  subjects: [{ name: 'app.tgz', digest: { sha256: 'b'.repeat(64) } }],
  repository: 'o/r',
  ref: 'refs/tags/v1.2.3',
  commit: 'a'.repeat(40),
  workflowPath: '.github/workflows/release.yml',
});

/** Verifier options for the GitHub instance, which has neither Rekor nor CT log. */
export const NO_LOGS = { tlogThreshold: 0, ctlogThreshold: 0 };
