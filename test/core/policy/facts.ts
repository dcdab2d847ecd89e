import type { SignerFacts } from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';

/** Shared facts of the policy tests: a tagged release of `o/r` signed by its own `release.yml`. */
export const COMMIT = 'a'.repeat(40);
export const OTHER_COMMIT = 'b'.repeat(40);
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const RELEASE = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3';
export const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';
export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';

export function predicateFacts(change: Partial<PredicateFacts> = {}): PredicateFacts {
  return {
    predicateType: SLSA_V1,
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    builderId: RELEASE,
    sourceRepository: 'o/r',
    sourceHost: 'github.com',
    sourceRef: 'refs/tags/v1.2.3',
    sourceCommits: [COMMIT],
    workflow: { repository: 'o/r', path: '.github/workflows/release.yml', ref: 'refs/tags/v1.2.3' },
    repositoryId: '42',
    repositoryOwnerId: '7',
    ...change,
  };
}

export function signerFacts(change: Partial<SignerFacts> = {}): SignerFacts {
  return {
    subjectAlternativeName: RELEASE,
    issuer: GITHUB_ISSUER,
    buildSignerUri: RELEASE,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryUri: 'https://github.com/o/r',
    sourceRepositoryDigest: COMMIT,
    sourceRepositoryRef: 'refs/tags/v1.2.3',
    sourceRepositoryIdentifier: '42',
    sourceRepositoryOwnerIdentifier: '7',
    ...change,
  };
}

/** A signer whose Build Signer URI and SAN are both `workflow`. */
export function signedBy(workflow: string | null, change: Partial<SignerFacts> = {}): SignerFacts {
  return signerFacts({ subjectAlternativeName: workflow, buildSignerUri: workflow, ...change });
}
