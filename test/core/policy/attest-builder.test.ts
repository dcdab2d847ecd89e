import { describe, expect, it } from 'vitest';
import {
  attestBuilder,
  BUILDER_FAMILIES,
  type BuilderAttestation,
  type BuilderFamilyId,
  type SignerFacts,
} from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';
import { GENERATOR, predicateFacts, RELEASE, signedBy, SLSA_V02 } from './facts.js';

const HOSTED = 'https://github.com/actions/runner/github-hosted';
const SELF_HOSTED = 'https://github.com/actions/runner/self-hosted';
const NPM_CLI = 'https://github.com/npm/cli@9.4.2';
const RUNNER = 'https://github.com/actions/runner';
const REUSABLE =
  'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@refs/tags/v1';
const BCR = 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1';
const TOOL = 'https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0';
const GENERIC = `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.1.0`;
const DELEGATOR = `${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`;

const accepted = (
  family: BuilderFamilyId,
  builderId: string,
  { pinRequired = false, foreignSigner = null as string | null, signerIsBuilder = false } = {},
): BuilderAttestation => ({
  ok: true,
  builder: { family: BUILDER_FAMILIES[family], builderId, pinRequired, foreignSigner, signerIsBuilder },
});
const rejected = (family: BuilderFamilyId, problem: string): BuilderAttestation => ({
  ok: false,
  family: BUILDER_FAMILIES[family],
  problem,
});
const v02 = (builderId: string) => predicateFacts({ builderId, predicateType: SLSA_V02 });

describe('attestBuilder: each builder family accepts what its certificate field vouches for, and nothing else', () => {
  it.each<[string, PredicateFacts, SignerFacts, BuilderAttestation]>([
    // slsa-github-generator
    ...[
      'generator_generic_slsa3.yml',
      'builder_go_slsa3.yml',
      'builder_container-based_slsa3.yml',
      'generator_container_slsa3.yml',
    ].map((file): [string, PredicateFacts, SignerFacts, BuilderAttestation] => {
      const builder = `${GENERATOR}/${file}@refs/tags/v2.1.0`;
      return [
        `the generator's ${file} at a tag`,
        predicateFacts({ builderId: builder }),
        signedBy(builder),
        accepted('slsa-github-generator', builder, { signerIsBuilder: true }),
      ];
    }),
    [
      'the generator at a branch',
      predicateFacts({ builderId: `${GENERATOR}/generator_generic_slsa3.yml@refs/heads/main` }),
      signedBy(`${GENERATOR}/generator_generic_slsa3.yml@refs/heads/main`),
      rejected('slsa-github-generator', 'the generator must be called at a release tag, not refs/heads/main'),
    ],
    [
      'the generator claiming another version than it signed as',
      predicateFacts({ builderId: `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.0.0` }),
      signedBy(GENERIC),
      rejected(
        'slsa-github-generator',
        `the predicate claims ${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.0.0, the certificate was issued to ${GENERIC}`,
      ),
    ],
    [
      'the generator claiming to be the GitHub-hosted runner: the signer decides the family',
      predicateFacts({ builderId: HOSTED }),
      signedBy(GENERIC),
      rejected(
        'slsa-github-generator',
        `the predicate claims ${HOSTED}, the certificate was issued to ${GENERIC}`,
      ),
    ],
    [
      'a generator file name in another repository (no generator)',
      predicateFacts({
        builderId:
          'https://github.com/evil/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/heads/main',
      }),
      signedBy(
        'https://github.com/evil/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/heads/main',
      ),
      accepted(
        'signing-workflow',
        'https://github.com/evil/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/heads/main',
        {
          foreignSigner:
            'https://github.com/evil/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/heads/main',
          signerIsBuilder: true,
        },
      ),
    ],
    [
      "another workflow of the generator's repository (neither builder nor delegator)",
      predicateFacts({ builderId: `${GENERATOR}/release.yml@refs/heads/main` }),
      signedBy(`${GENERATOR}/release.yml@refs/heads/main`),
      accepted('signing-workflow', `${GENERATOR}/release.yml@refs/heads/main`, {
        foreignSigner: `${GENERATOR}/release.yml@refs/heads/main`,
        signerIsBuilder: true,
      }),
    ],
    // slsa-byob
    [
      "the generator's own Maven builder through the delegator",
      predicateFacts({ builderId: `${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0` }),
      signedBy(DELEGATOR),
      accepted('slsa-byob', `${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`),
    ],
    [
      'a third-party tool workflow through the low-permission delegator: it must be pinned',
      predicateFacts({ builderId: TOOL }),
      signedBy(`${GENERATOR}/delegator_lowperms-generic_slsa3.yml@refs/tags/v2.1.0`),
      accepted('slsa-byob', TOOL, { pinRequired: true }),
    ],
    [
      'the delegator at a branch',
      predicateFacts({ builderId: TOOL }),
      signedBy(`${GENERATOR}/delegator_generic_slsa3.yml@refs/heads/main`),
      rejected('slsa-byob', 'the delegator must be called at a release tag, not refs/heads/main'),
    ],
    [
      'a delegated builder ID that is no workflow',
      predicateFacts({ builderId: 'https://evil.example/builder' }),
      signedBy(DELEGATOR),
      rejected('slsa-byob', 'the delegated builder ID https://evil.example/builder is not a workflow URI'),
    ],
    [
      'a delegated builder at a branch',
      predicateFacts({
        builderId: 'https://github.com/acme/trw/.github/workflows/build.yml@refs/heads/main',
      }),
      signedBy(DELEGATOR),
      rejected(
        'slsa-byob',
        'the delegated builder https://github.com/acme/trw/.github/workflows/build.yml@refs/heads/main is not pinned to a release tag',
      ),
    ],
    // A path is read segment by segment: `..`, `.`, an empty segment or percent-encoding never reaches the
    // generator's own workflows.
    ...[
      `${GENERATOR}/../../evil/x.yml@refs/tags/v2.0.0`,
      `${GENERATOR}/../../../../evil/trw/.github/workflows/build.yml@refs/tags/v2.0.0`,
      `${GENERATOR}/%2e%2e/%2E%2E/evil/x.yml@refs/tags/v2.0.0`,
      `${GENERATOR}/./builder_maven_slsa3.yml@refs/tags/v2.0.0`,
      `${GENERATOR}//builder_maven_slsa3.yml@refs/tags/v2.0.0`,
      `${GENERATOR}/builder%5Fmaven_slsa3.yml@refs/tags/v2.0.0`,
    ].map((builderId): [string, PredicateFacts, SignerFacts, BuilderAttestation] => [
      `a delegated builder below the generator's prefix that is no plain path: ${builderId}`,
      predicateFacts({ builderId }),
      signedBy(DELEGATOR),
      rejected(
        'slsa-byob',
        `the delegated builder ID ${builderId} is not a plain workflow path (a ".", ".." or empty segment, or percent-encoding)`,
      ),
    ]),
    [
      'a signer path that climbs out of the generator is not the generator',
      predicateFacts({ builderId: `${GENERATOR}/x/../generator_generic_slsa3.yml@refs/tags/v2.1.0` }),
      signedBy(`${GENERATOR}/x/../generator_generic_slsa3.yml@refs/tags/v2.1.0`),
      accepted('signing-workflow', `${GENERATOR}/x/../generator_generic_slsa3.yml@refs/tags/v2.1.0`, {
        foreignSigner: `${GENERATOR}/x/../generator_generic_slsa3.yml@refs/tags/v2.1.0`,
        signerIsBuilder: true,
      }),
    ],
    // github-hosted-runner
    [
      "the GitHub-hosted runner, signed by the source repository's workflow",
      predicateFacts({ builderId: HOSTED }),
      signedBy(RELEASE),
      accepted('github-hosted-runner', HOSTED),
    ],
    [
      'the self-hosted runner on a self-hosted runner',
      predicateFacts({ builderId: SELF_HOSTED }),
      signedBy(RELEASE, { runnerEnvironment: 'self-hosted' }),
      accepted('github-hosted-runner', SELF_HOSTED),
    ],
    [
      'the GitHub-hosted runner, signed by a reusable workflow of another repository',
      predicateFacts({ builderId: HOSTED }),
      signedBy(REUSABLE),
      accepted('github-hosted-runner', HOSTED, { foreignSigner: REUSABLE }),
    ],
    [
      'a github-hosted claim on a self-hosted runner',
      predicateFacts({ builderId: HOSTED }),
      signedBy(RELEASE, { runnerEnvironment: 'self-hosted' }),
      rejected(
        'github-hosted-runner',
        `the predicate claims ${HOSTED}, the certificate attests runner environment self-hosted`,
      ),
    ],
    [
      'a runner claim without the runner environment (OID .11)',
      predicateFacts({ builderId: HOSTED }),
      signedBy(RELEASE, { runnerEnvironment: null }),
      rejected('github-hosted-runner', 'the certificate does not attest the runner environment (OID .11)'),
    ],
    // npm-cli-v0.2
    [
      "npm/cli@X.Y.Z in v0.2, signed by the source repository's workflow",
      v02(NPM_CLI),
      signedBy(RELEASE),
      accepted('npm-cli-v0.2', NPM_CLI),
    ],
    [
      'npm/cli@X.Y.Z-prerelease in v0.2',
      v02('https://github.com/npm/cli@10.0.0-pre.1'),
      signedBy(RELEASE),
      accepted('npm-cli-v0.2', 'https://github.com/npm/cli@10.0.0-pre.1'),
    ],
    [
      'npm/cli@X.Y.Z in v0.2, signed by a reusable workflow of another repository',
      v02(NPM_CLI),
      signedBy(REUSABLE),
      accepted('npm-cli-v0.2', NPM_CLI, { foreignSigner: REUSABLE }),
    ],
    [
      '…/actions/runner in v0.2: the hosting from OID .11',
      v02(RUNNER),
      signedBy(RELEASE, { runnerEnvironment: 'self-hosted' }),
      accepted('npm-cli-v0.2', SELF_HOSTED),
    ],
    [
      '…/actions/runner in v0.2, signed by a reusable workflow of another repository',
      v02(RUNNER),
      signedBy(REUSABLE),
      accepted('npm-cli-v0.2', HOSTED, { foreignSigner: REUSABLE }),
    ],
    [
      '…/actions/runner in v0.2 without OID .11',
      v02(RUNNER),
      signedBy(RELEASE, { runnerEnvironment: null }),
      rejected('npm-cli-v0.2', 'the certificate does not attest the runner environment (OID .11)'),
    ],
    [
      'npm/cli without a full version in v0.2: an ordinary claim',
      v02('https://github.com/npm/cli@9.4'),
      signedBy(RELEASE),
      rejected(
        'signing-workflow',
        `the predicate claims https://github.com/npm/cli@9.4, the certificate was issued to ${RELEASE}`,
      ),
    ],
    [
      'npm/cli@X.Y.Z with a suffix in v0.2: an ordinary claim',
      v02('https://github.com/npm/cli@9.4.2/x'),
      signedBy(RELEASE),
      rejected(
        'signing-workflow',
        `the predicate claims https://github.com/npm/cli@9.4.2/x, the certificate was issued to ${RELEASE}`,
      ),
    ],
    [
      'npm/cli@X.Y.Z in v1: an ordinary claim',
      predicateFacts({ builderId: NPM_CLI }),
      signedBy(RELEASE),
      rejected(
        'signing-workflow',
        `the predicate claims ${NPM_CLI}, the certificate was issued to ${RELEASE}`,
      ),
    ],
    [
      '…/actions/runner in v1: an ordinary claim',
      predicateFacts({ builderId: RUNNER }),
      signedBy(RELEASE),
      rejected(
        'signing-workflow',
        `the predicate claims ${RUNNER}, the certificate was issued to ${RELEASE}`,
      ),
    ],
    // signing-workflow
    [
      "the source repository's workflow signing as itself",
      predicateFacts(),
      signedBy(RELEASE),
      accepted('signing-workflow', RELEASE, { signerIsBuilder: true }),
    ],
    [
      'the same workflow on another host than the source repository',
      predicateFacts({ builderId: 'https://ghe.example/o/r/.github/workflows/release.yml@refs/tags/v1.2.3' }),
      signedBy('https://ghe.example/o/r/.github/workflows/release.yml@refs/tags/v1.2.3'),
      accepted('signing-workflow', 'https://ghe.example/o/r/.github/workflows/release.yml@refs/tags/v1.2.3', {
        foreignSigner: 'https://ghe.example/o/r/.github/workflows/release.yml@refs/tags/v1.2.3',
        signerIsBuilder: true,
      }),
    ],
    [
      'publish-to-bcr signing for a ruleset',
      predicateFacts({ builderId: BCR }),
      signedBy(BCR),
      accepted('signing-workflow', BCR, { foreignSigner: BCR, signerIsBuilder: true }),
    ],
    [
      'another workflow of the repository claiming to be release.yml',
      predicateFacts(),
      signedBy('https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3'),
      rejected(
        'signing-workflow',
        `the predicate claims ${RELEASE}, the certificate was issued to https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3`,
      ),
    ],
    [
      'the Build Signer URI over the SAN',
      predicateFacts(),
      signedBy(RELEASE, {
        subjectAlternativeName: 'https://github.com/o/r/.github/workflows/caller.yml@refs/tags/v1.2.3',
      }),
      accepted('signing-workflow', RELEASE, { signerIsBuilder: true }),
    ],
    [
      'the SAN where an older certificate has no Build Signer URI',
      predicateFacts(),
      signedBy(RELEASE, { buildSignerUri: null }),
      accepted('signing-workflow', RELEASE, { signerIsBuilder: true }),
    ],
    // no builder, no signing workflow
    [
      'a predicate without a builder',
      predicateFacts({ builderId: null }),
      signedBy(RELEASE),
      rejected('signing-workflow', 'the predicate names no builder'),
    ],
    [
      'a generator-signed predicate without a builder',
      predicateFacts({ builderId: null }),
      signedBy(GENERIC),
      rejected('slsa-github-generator', 'the predicate names no builder'),
    ],
    [
      'a certificate without a signing workflow',
      predicateFacts(),
      signedBy(null),
      rejected('signing-workflow', 'the certificate names no signing workflow (SAN absent)'),
    ],
    [
      'a certificate whose SAN is no workflow',
      predicateFacts(),
      signedBy('mallory@example.com'),
      rejected('signing-workflow', 'the certificate names no signing workflow (SAN mallory@example.com)'),
    ],
    [
      'a Build Signer URI that is no workflow beside a workflow SAN',
      predicateFacts(),
      signedBy(RELEASE, { buildSignerUri: 'https://github.com/o/r' }),
      rejected('signing-workflow', `the certificate names no signing workflow (SAN ${RELEASE})`),
    ],
    [
      'a runner claim with no signing workflow',
      predicateFacts({ builderId: HOSTED }),
      signedBy(null),
      rejected('github-hosted-runner', 'the certificate names no signing workflow (SAN absent)'),
    ],
  ])('%s', (_label, facts, signer, attestation) => {
    expect(attestBuilder(facts, signer)).toEqual(attestation);
  });
});
