import { describe, expect, it } from 'vitest';
import {
  checkBuilder,
  checkPredicateType,
  checkSourceCommit,
  checkSourceRef,
  checkSourceRepository,
  isExpectedBuilder,
  type SignerFacts,
} from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';
import {
  COMMIT,
  GENERATOR,
  OTHER_COMMIT,
  predicateFacts,
  RELEASE,
  signedBy,
  signerFacts,
  SLSA_V02,
  SLSA_V1,
} from './facts.js';

const now = new Date('2026-11-25T00:00:00.000Z');
const override = (expiresAt: string) => ({
  reason: 'npm v0.2',
  approver: 'alice',
  expiresAt: new Date(expiresAt),
});

describe('checkPredicateType: SLSA v1, or v0.2 under a live override', () => {
  it.each([
    ['v1', SLSA_V1, null, 'passed', 'predicate_mismatch', SLSA_V1, SLSA_V1],
    [
      'v1, an override notwithstanding',
      SLSA_V1,
      override('2026-11-26T00:00:00Z'),
      'passed',
      'predicate_mismatch',
      SLSA_V1,
      SLSA_V1,
    ],
    ['v0.2 without an override', SLSA_V02, null, 'failed', 'predicate_mismatch', SLSA_V1, SLSA_V02],
    [
      'another type under an override',
      'https://example.com/x',
      override('2026-11-26T00:00:00Z'),
      'failed',
      'predicate_mismatch',
      SLSA_V1,
      'https://example.com/x',
    ],
    [
      'v0.2 under an override a millisecond from expiring',
      SLSA_V02,
      override('2026-11-25T00:00:00.001Z'),
      'passed',
      'predicate_mismatch',
      `${SLSA_V1}, or ${SLSA_V02} under a live override`,
      `${SLSA_V02} (override by alice until 2026-11-25T00:00:00.001Z: npm v0.2)`,
    ],
    [
      'v0.2 under an override expiring now',
      SLSA_V02,
      override('2026-11-25T00:00:00.000Z'),
      'failed',
      'override_expired',
      `${SLSA_V1}, or ${SLSA_V02} under a live override`,
      `${SLSA_V02} under an override that expired at 2026-11-25T00:00:00.000Z`,
    ],
    [
      'v0.2 under an expired override',
      SLSA_V02,
      override('2026-11-24T00:00:00.000Z'),
      'failed',
      'override_expired',
      `${SLSA_V1}, or ${SLSA_V02} under a live override`,
      `${SLSA_V02} under an override that expired at 2026-11-24T00:00:00.000Z`,
    ],
  ])('%s → %s', (_label, predicateType, o, status, code, expected, actual) => {
    expect(checkPredicateType(predicateFacts({ predicateType }), policy({ override: o, now }))).toEqual({
      name: 'predicate_type',
      status,
      expected,
      actual,
      code,
    });
  });
});

describe('isExpectedBuilder: exact, or any tag of a builder named without @', () => {
  const B = 'https://github.com/o/r/.github/workflows/release.yml';
  it.each([
    [B, `${B}@refs/tags/v1`, true],
    [`${B}@refs/tags/v1`, `${B}@refs/tags/v1`, true],
    [B, B, true],
    [B, `${B}@refs/heads/main`, false],
    [B, `${B}@refs/tags/x.yml@refs/heads/main`, false],
    [B, `${B}@`, false],
    [B, `${B}_refs/tags/v1`, false],
    [B, `${B}xrefs/tags/v1`, false],
    [`${B}@refs/tags/v1`, `${B}@refs/tags/v1@refs/tags/v2`, false],
    [`${B}@refs/tags/v1`, `${B}@refs/tags/v2`, false],
    ['https://github.com/o/r/.github/workflows/release', `${B}@refs/tags/v1`, false],
  ])('%s accepts %s: %s', (expected, actual, accepted) => {
    expect(isExpectedBuilder(expected, actual)).toBe(accepted);
  });
});

describe('checkBuilder: the attested builder against the policy', () => {
  const REUSABLE_HOSTED =
    'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@refs/tags/v1';
  const BCR =
    'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1';
  const HOSTED = 'https://github.com/actions/runner/github-hosted';
  const TOOL = 'https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0';
  const DELEGATOR = `${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`;
  const FOREIGN_HOSTED = `${HOSTED} (github-hosted-runner) signed by ${REUSABLE_HOSTED}, a reusable workflow outside the source repository: trust it with cert-identity (--cert-identity ${REUSABLE_HOSTED})`;
  const FOREIGN_BCR = `${BCR} (signing-workflow) signed by ${BCR}, a reusable workflow outside the source repository: trust it with cert-identity (--cert-identity ${BCR}) or pin it as the builder`;

  it.each<
    [string, PredicateFacts, SignerFacts, Parameters<typeof policy>[0], string, string, string, string]
  >([
    [
      'the signing workflow, nothing pinned',
      predicateFacts(),
      signerFacts(),
      {},
      'passed',
      'builder_mismatch',
      'a builder the certificate vouches for',
      `${RELEASE} (signing-workflow)`,
    ],
    [
      'the signing workflow among the pins',
      predicateFacts(),
      signerFacts(),
      {
        expectedBuilderIds: [
          'https://x.example/other',
          'https://github.com/o/r/.github/workflows/release.yml',
        ],
      },
      'passed',
      'builder_mismatch',
      'https://x.example/other | https://github.com/o/r/.github/workflows/release.yml',
      `${RELEASE} (signing-workflow)`,
    ],
    [
      'a workflow no pin names',
      predicateFacts(),
      signerFacts(),
      { expectedBuilderIds: ['https://x.example/other'] },
      'failed',
      'builder_mismatch',
      'https://x.example/other',
      `${RELEASE} (signing-workflow)`,
    ],
    [
      'a claim the certificate does not back, whatever the pins',
      predicateFacts(),
      signedBy('https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3'),
      { expectedBuilderIds: [RELEASE] },
      'failed',
      'identity_mismatch',
      RELEASE,
      `the predicate claims ${RELEASE}, the certificate was issued to https://github.com/o/r/.github/workflows/other.yml@refs/tags/v1.2.3 (GitHub artifact attestations, publish-to-bcr and every other workflow)`,
    ],
    [
      'a runner-type predicate a reusable workflow wrote, no SAN',
      predicateFacts({ builderId: HOSTED }),
      signedBy(REUSABLE_HOSTED),
      {},
      'failed',
      'identity_mismatch',
      'a builder the certificate vouches for',
      FOREIGN_HOSTED,
    ],
    [
      'a runner-type predicate a reusable workflow wrote, the runner pinned but no SAN',
      predicateFacts({ builderId: HOSTED }),
      signedBy(REUSABLE_HOSTED),
      { expectedBuilderIds: [HOSTED] },
      'failed',
      'identity_mismatch',
      HOSTED,
      FOREIGN_HOSTED,
    ],
    [
      'a runner-type predicate a reusable workflow wrote, its SAN pinned',
      predicateFacts({ builderId: HOSTED }),
      signedBy(REUSABLE_HOSTED),
      { expectedSan: REUSABLE_HOSTED },
      'passed',
      'builder_mismatch',
      'a builder the certificate vouches for',
      `${HOSTED} (github-hosted-runner)`,
    ],
    [
      'a reusable workflow of another repository signing as itself, nothing pinned',
      predicateFacts({ builderId: BCR }),
      signedBy(BCR),
      {},
      'failed',
      'identity_mismatch',
      'a builder the certificate vouches for',
      FOREIGN_BCR,
    ],
    [
      'a reusable workflow of another repository, pinned as the builder',
      predicateFacts({ builderId: BCR }),
      signedBy(BCR),
      {
        expectedBuilderIds: [
          'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
        ],
      },
      'passed',
      'builder_mismatch',
      'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
      `${BCR} (signing-workflow)`,
    ],
    [
      'a reusable workflow of another repository, its SAN pinned',
      predicateFacts({ builderId: BCR }),
      signedBy(BCR),
      { expectedSan: BCR },
      'passed',
      'builder_mismatch',
      'a builder the certificate vouches for',
      `${BCR} (signing-workflow)`,
    ],
    [
      'a third-party tool workflow through the delegator, nothing pinned',
      predicateFacts({ builderId: TOOL }),
      signedBy(DELEGATOR),
      {},
      'failed',
      'builder_mismatch',
      'an expected builder ID: the delegator vouches for any tool workflow that calls it',
      `${TOOL} (slsa-byob)`,
    ],
    [
      'a third-party tool workflow through the delegator, pinned',
      predicateFacts({ builderId: TOOL }),
      signedBy(DELEGATOR),
      { expectedBuilderIds: ['https://github.com/acme/trw/.github/workflows/build.yml'] },
      'passed',
      'builder_mismatch',
      'https://github.com/acme/trw/.github/workflows/build.yml',
      `${TOOL} (slsa-byob)`,
    ],
  ])('%s → %s', (_label, facts, signer, options, status, code, expected, actual) => {
    expect(checkBuilder(facts, signer, policy(options))).toEqual({
      name: 'builder_id',
      status,
      expected,
      actual,
      code,
    });
  });
});

describe('checkSourceRepository: the pins against the certificate (OID .12), host included', () => {
  const REUSABLE = 'https://github.com/acme/reusable/.github/workflows/build.yml@refs/tags/v1';

  it('is skipped without a pin', () => {
    expect(checkSourceRepository(signerFacts(), policy())).toEqual({
      name: 'source_repository',
      status: 'skipped',
      expected: 'no expected source repository or owner given',
      actual: '-',
      code: 'source_mismatch',
    });
  });

  it.each<[string, Parameters<typeof policy>[0], string | null, string, string, string]>([
    [
      'the pinned repository',
      { expectedSourceRepository: 'o/r' },
      'https://github.com/o/r',
      'passed',
      'https://github.com/o/r',
      'https://github.com/o/r',
    ],
    [
      'repository and owner pins',
      { expectedSourceRepository: 'o/r', expectedOwner: 'o' },
      'https://github.com/O/R',
      'passed',
      'https://github.com/o/r and https://github.com/o/*',
      'https://github.com/O/R',
    ],
    [
      'a repository pin that agrees and an owner pin that does not',
      { expectedSourceRepository: 'o/r', expectedOwner: 'mallory' },
      'https://github.com/o/r',
      'failed',
      'https://github.com/o/r and https://github.com/mallory/*',
      'https://github.com/o/r',
    ],
    [
      'another repository',
      { expectedSourceRepository: 'o/r' },
      'https://github.com/mallory/r',
      'failed',
      'https://github.com/o/r',
      'https://github.com/mallory/r',
    ],
    [
      'no source repository in the certificate',
      { expectedSourceRepository: 'o/r' },
      null,
      'failed',
      'https://github.com/o/r',
      '(absent) (certificate OID .12)',
    ],
    [
      'a source repository that is no URL',
      { expectedOwner: 'o' },
      'o/r',
      'failed',
      'https://github.com/o/*',
      'o/r (certificate OID .12)',
    ],
    [
      'a SAN alone, called from another repository',
      { expectedSan: REUSABLE },
      'https://github.com/o/r',
      'failed',
      'https://github.com/acme/reusable',
      'https://github.com/o/r',
    ],
    [
      "a SAN alone, the signing workflow's own repository",
      { expectedSan: REUSABLE },
      'https://github.com/acme/reusable',
      'passed',
      'https://github.com/acme/reusable',
      'https://github.com/acme/reusable',
    ],
  ])('%s → %s', (_label, options, sourceRepositoryUri, status, expected, actual) => {
    expect(checkSourceRepository(signerFacts({ sourceRepositoryUri }), policy(options))).toEqual({
      name: 'source_repository',
      status,
      expected,
      actual,
      code: 'source_mismatch',
    });
  });
});

describe('checkSourceRef: refs/tags/<tag> against the certificate (OID .14)', () => {
  it('is skipped without a tag', () => {
    expect(checkSourceRef(signerFacts(), policy())).toEqual({
      name: 'source_ref',
      status: 'skipped',
      expected: 'no tag given',
      actual: '-',
      code: 'tag_mismatch',
    });
  });

  it.each([
    ['v1.2.3', 'refs/tags/v1.2.3', 'passed', 'refs/tags/v1.2.3', 'refs/tags/v1.2.3'],
    ['refs/tags/v1.2.3', 'refs/tags/v1.2.3', 'passed', 'refs/tags/v1.2.3', 'refs/tags/v1.2.3'],
    ['v1.2', 'refs/tags/v1.2.3', 'failed', 'refs/tags/v1.2', 'refs/tags/v1.2.3'],
    ['v1.2.3', 'refs/heads/v1.2.3', 'failed', 'refs/tags/v1.2.3', 'refs/heads/v1.2.3'],
    [
      'release/refs/tags/v1',
      'refs/tags/release/refs/tags/v1',
      'passed',
      'refs/tags/release/refs/tags/v1',
      'refs/tags/release/refs/tags/v1',
    ],
    ['v1.2.3', null, 'failed', 'refs/tags/v1.2.3', '(absent from the certificate)'],
  ])('tag %j, certificate ref %j → %s', (tag, sourceRepositoryRef, status, expected, actual) => {
    expect(checkSourceRef(signerFacts({ sourceRepositoryRef }), policy({ tag }))).toEqual({
      name: 'source_ref',
      status,
      expected,
      actual,
      code: 'tag_mismatch',
    });
  });
});

describe('checkSourceCommit: the certificate digest (OID .13) and every commit of the predicate', () => {
  it('is skipped without a release commit', () => {
    expect(checkSourceCommit(predicateFacts(), signerFacts(), policy())).toEqual({
      name: 'source_commit',
      status: 'skipped',
      expected: 'no release commit given',
      actual: '-',
      code: 'materials_mismatch',
    });
  });

  it.each<[string, string, readonly string[], string | null, string, string]>([
    ['the release commit on both sides', COMMIT, [COMMIT], COMMIT, 'passed', COMMIT],
    [
      'the release commit in upper case everywhere',
      COMMIT.toUpperCase(),
      [COMMIT.toUpperCase()],
      COMMIT.toUpperCase(),
      'passed',
      COMMIT,
    ],
    [
      'a predicate naming the commit twice',
      COMMIT,
      [COMMIT, COMMIT.toUpperCase()],
      COMMIT,
      'passed',
      `${COMMIT}, ${COMMIT}`,
    ],
    ['a certificate without a digest', COMMIT, [COMMIT], null, 'passed', COMMIT],
    ['a predicate that names no commit', COMMIT, [], COMMIT, 'failed', '(the predicate names no commit)'],
    [
      'a predicate that names no commit, nor the certificate',
      COMMIT,
      [],
      null,
      'failed',
      '(the predicate names no commit)',
    ],
    ['a predicate naming another commit', COMMIT, [OTHER_COMMIT], COMMIT, 'failed', OTHER_COMMIT],
    [
      'a predicate naming the commit and another',
      COMMIT,
      [COMMIT, OTHER_COMMIT],
      COMMIT,
      'failed',
      `${COMMIT}, ${OTHER_COMMIT}`,
    ],
    [
      'another commit in the certificate',
      COMMIT,
      [COMMIT],
      OTHER_COMMIT,
      'failed',
      `${COMMIT}; certificate ${OTHER_COMMIT}`,
    ],
    [
      'another commit in the certificate, none in the predicate',
      COMMIT,
      [],
      OTHER_COMMIT.toUpperCase(),
      'failed',
      `(the predicate names no commit); certificate ${OTHER_COMMIT}`,
    ],
  ])('%s → %s', (_label, commit, sourceCommits, sourceRepositoryDigest, status, actual) => {
    expect(
      checkSourceCommit(
        predicateFacts({ sourceCommits }),
        signerFacts({ sourceRepositoryDigest }),
        policy({ commit }),
      ),
    ).toEqual({ name: 'source_commit', status, expected: COMMIT, actual, code: 'materials_mismatch' });
  });
});
