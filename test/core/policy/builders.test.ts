import { describe, expect, it } from 'vitest';
import { attestBuilder, checkBuilder, type SignerFacts } from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';

const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';
const RELEASE = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3';
const facts = (builderId: string, predicateType = 'https://slsa.dev/provenance/v1'): PredicateFacts => ({
  predicateType,
  buildType: null,
  builderId,
  sourceRepository: 'o/r',
  sourceHost: 'github.com',
  sourceRef: 'refs/tags/v1.2.3',
  sourceCommits: [],
  workflow: null,
  repositoryId: null,
  repositoryOwnerId: null,
});
const signedBy = (workflow: string, change: Partial<SignerFacts> = {}): SignerFacts => ({
  subjectAlternativeName: workflow,
  issuer: 'https://token.actions.githubusercontent.com',
  buildSignerUri: workflow,
  runnerEnvironment: 'github-hosted',
  sourceRepositoryUri: 'https://github.com/o/r',
  sourceRepositoryDigest: null,
  sourceRepositoryRef: 'refs/tags/v1.2.3',
  sourceRepositoryIdentifier: null,
  sourceRepositoryOwnerIdentifier: null,
  ...change,
});

describe('the builder registry: which certificate field vouches for which builder ID', () => {
  it.each([
    ['a workflow that signs as itself', RELEASE, signedBy(RELEASE), 'signing-workflow', RELEASE],
    [
      'another workflow of the same repository claiming to be release.yml',
      RELEASE,
      signedBy('https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3'),
      'signing-workflow',
      null,
    ],
    [
      'publish-to-bcr signing for a ruleset',
      'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
      signedBy(
        'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
      ),
      'signing-workflow',
      'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
    ],
    [
      'the generic generator at a tag',
      `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.1.0`,
      signedBy(`${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-github-generator',
      `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.1.0`,
    ],
    [
      'the Go builder claiming another version than signed',
      `${GENERATOR}/builder_go_slsa3.yml@refs/tags/v2.0.0`,
      signedBy(`${GENERATOR}/builder_go_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-github-generator',
      null,
    ],
    [
      'a generator called at a branch',
      `${GENERATOR}/generator_generic_slsa3.yml@refs/heads/main`,
      signedBy(`${GENERATOR}/generator_generic_slsa3.yml@refs/heads/main`),
      'slsa-github-generator',
      null,
    ],
    [
      'Maven through the low-permission delegator',
      `${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`,
      signedBy(`${GENERATOR}/delegator_lowperms-generic_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-byob',
      `${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`,
    ],
    [
      'a tool workflow of any repository through the delegator',
      'https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0',
      signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-byob',
      'https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0',
    ],
    [
      'a delegator called at a branch',
      `${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`,
      signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/heads/main`),
      'slsa-byob',
      null,
    ],
    [
      'a delegated builder ID that is no workflow',
      'https://evil.example/builder',
      signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-byob',
      null,
    ],
    [
      'a delegated builder at a branch',
      `${GENERATOR}/builder_maven_slsa3.yml@refs/heads/main`,
      signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`),
      'slsa-byob',
      null,
    ],
    [
      'npm on a GitHub-hosted runner',
      'https://github.com/actions/runner/github-hosted',
      signedBy(RELEASE),
      'github-hosted-runner',
      'https://github.com/actions/runner/github-hosted',
    ],
    [
      'npm claiming github-hosted on a self-hosted runner',
      'https://github.com/actions/runner/github-hosted',
      signedBy(RELEASE, { runnerEnvironment: 'self-hosted' }),
      'github-hosted-runner',
      null,
    ],
    [
      'a runner claim without OID .11',
      'https://github.com/actions/runner/github-hosted',
      signedBy(RELEASE, { runnerEnvironment: null }),
      'github-hosted-runner',
      null,
    ],
  ] as const)('%s', (_label, builderId, signer, family, attested) => {
    const attestation = attestBuilder(facts(builderId), signer);
    expect(attestation.ok ? attestation.builder.family.id : attestation.family.id).toBe(family);
    expect(attestation.ok ? attestation.builder.builderId : null).toBe(attested);
  });

  it("reads the npm CLI's v0.2 builder IDs only from v0.2 predicates", () => {
    const v02 = attestBuilder(
      facts('https://github.com/npm/cli@9.4.2', 'https://slsa.dev/provenance/v0.2'),
      signedBy(RELEASE),
    );
    expect(v02.ok && v02.builder.family.id).toBe('npm-cli-v0.2');
    const runner = attestBuilder(
      facts('https://github.com/actions/runner', 'https://slsa.dev/provenance/v0.2'),
      signedBy(RELEASE),
    );
    expect(runner.ok && runner.builder.builderId).toBe('https://github.com/actions/runner/github-hosted');
    const v1 = attestBuilder(facts('https://github.com/npm/cli@9.4.2'), signedBy(RELEASE));
    expect(v1).toMatchObject({ ok: false, family: { id: 'signing-workflow' } });
  });
});

describe('the builder check', () => {
  it('is identity_mismatch when the certificate does not back the claim, whatever the policy pins', () => {
    const impersonation = checkBuilder(
      facts(RELEASE),
      signedBy('https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3'),
      policy({ expectedBuilderIds: ['https://github.com/o/r/.github/workflows/release.yml'] }),
    );
    expect(impersonation).toMatchObject({ status: 'failed', code: 'identity_mismatch' });
    expect(impersonation.actual).toMatch(/other\.yml/);
  });

  it('compares the policy with the attested builder', () => {
    const pinned = policy({ expectedBuilderIds: ['https://github.com/o/r/.github/workflows/release.yml'] });
    expect(checkBuilder(facts(RELEASE), signedBy(RELEASE), pinned).status).toBe('passed');
    const other = 'https://github.com/o/r/.github/workflows/nightly.yml@refs/tags/v1.2.3';
    expect(checkBuilder(facts(other), signedBy(other), pinned)).toMatchObject({
      status: 'failed',
      code: 'builder_mismatch',
    });
  });

  it('needs a pin for a delegated builder: the delegator vouches for whichever tool workflow calls it', () => {
    const tool = 'https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0';
    const delegator = signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`);
    expect(checkBuilder(facts(tool), delegator, policy())).toMatchObject({
      status: 'failed',
      code: 'builder_mismatch',
    });
    expect(
      checkBuilder(
        facts(tool),
        delegator,
        policy({ expectedBuilderIds: ['https://github.com/acme/trw/.github/workflows/build.yml'] }),
      ).status,
    ).toBe('passed');
    expect(
      checkBuilder(facts(`${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`), delegator, policy())
        .status,
    ).toBe('passed');
  });

  it('needs the SAN when a reusable workflow of another repository wrote a runner-type predicate', () => {
    const reusable =
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d';
    const hosted = facts('https://github.com/actions/runner/github-hosted');
    const without = checkBuilder(hosted, signedBy(reusable), policy());
    expect(without).toMatchObject({ status: 'failed', code: 'identity_mismatch' });
    expect(without.actual).toContain(`--cert-identity ${reusable}`);
    expect(checkBuilder(hosted, signedBy(reusable), policy({ expectedSan: reusable })).status).toBe('passed');
  });
});
