import { fileURLToPath } from 'node:url';
import type { VerificationPolicy } from '../../src/core/policy/index.js';
import type { VerifyRequest } from '../../src/commands/verify/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const fixture = (path: string) => `${FIXTURES}${path}`;

export const NPM = (name: string) => fixture(`npm-provenance/${name}`);
export const GH = (name: string) => fixture(`github-attestations/${name}`);
export const GENERATOR = (name: string) => fixture(`slsa-generator/${name}`);

export const GITHUB_HOSTED = 'https://github.com/actions/runner/github-hosted';
export const GENERIC_GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';

export function policy(overrides: Partial<VerificationPolicy> = {}): VerificationPolicy {
  return {
    expectedBuilderIds: [],
    expectedSourceRepository: null,
    expectedOwner: null,
    tag: null,
    commit: null,
    expectedIssuer: 'https://token.actions.githubusercontent.com',
    expectedSan: null,
    expectedRepositoryId: null,
    denySelfHostedRunners: false,
    githubServerUrl: 'https://github.com',
    override: null,
    now: new Date('2026-11-25T00:00:00Z'),
    ...overrides,
  };
}

export function request(
  overrides: Partial<VerifyRequest> & Pick<VerifyRequest, 'provenancePath'>,
): VerifyRequest {
  return {
    artifactPaths: [],
    policy: policy(),
    trust: { kind: 'embedded' },
    rekorUrl: null,
    requireAllSubjects: false,
    ...overrides,
  };
}
