import { describe, expect, it } from 'vitest';
import {
  checkCertificateAgainstPredicate,
  checkCertificateIdentity,
  checkRepositoryId,
  checkRunnerEnvironment,
  type SignerFacts,
} from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';
import {
  COMMIT,
  GENERATOR,
  GITHUB_ISSUER,
  OTHER_COMMIT,
  predicateFacts,
  RELEASE,
  signerFacts,
} from './facts.js';

const GOOGLE = 'https://accounts.google.com';

describe('checkCertificateIdentity: the issuer exactly, the SAN exactly when pinned, a GitHub SAN a workflow', () => {
  it.each<[string, Partial<SignerFacts>, Parameters<typeof policy>[0], string, string, string]>([
    [
      'the expected issuer, no SAN pin',
      {},
      {},
      'passed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
    ],
    [
      'the pinned SAN',
      {},
      { expectedSan: RELEASE },
      'passed',
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
    ],
    [
      'another SAN than the pinned one',
      { subjectAlternativeName: `${RELEASE}x` },
      { expectedSan: RELEASE },
      'failed',
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}x`,
    ],
    [
      'an Enterprise issuer where github.com is expected',
      { issuer: `${GITHUB_ISSUER}/acme` },
      {},
      'failed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}/acme, SAN ${RELEASE}`,
    ],
    [
      'a GitHub certificate whose SAN is no workflow',
      { subjectAlternativeName: 'mallory@example.com' },
      {},
      'failed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}, SAN mallory@example.com`,
    ],
    [
      'an expected Enterprise issuer whose SAN is no workflow',
      { issuer: `${GITHUB_ISSUER}/acme`, subjectAlternativeName: 'mallory@example.com' },
      { expectedIssuer: `${GITHUB_ISSUER}/acme` },
      'failed',
      `issuer ${GITHUB_ISSUER}/acme`,
      `issuer ${GITHUB_ISSUER}/acme, SAN mallory@example.com`,
    ],
    [
      'a GitHub certificate without a SAN',
      { subjectAlternativeName: null },
      {},
      'failed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}, SAN (none)`,
    ],
    [
      'a certificate without an issuer',
      { issuer: null },
      {},
      'failed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer (none), SAN ${RELEASE}`,
    ],
    [
      'another expected issuer with an e-mail SAN',
      { issuer: GOOGLE, subjectAlternativeName: 'dev@example.com' },
      { expectedIssuer: GOOGLE },
      'passed',
      `issuer ${GOOGLE}`,
      `issuer ${GOOGLE}, SAN dev@example.com`,
    ],
    [
      'an e-mail SAN pinned exactly',
      { issuer: GOOGLE, subjectAlternativeName: 'dev@example.com' },
      { expectedIssuer: GOOGLE, expectedSan: 'dev@example.com' },
      'passed',
      `issuer ${GOOGLE}, SAN dev@example.com`,
      `issuer ${GOOGLE}, SAN dev@example.com`,
    ],
    [
      'a SAN with a trailing newline',
      { subjectAlternativeName: `${RELEASE}\n` },
      {},
      'failed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}\n`,
    ],
    [
      'a Build Signer URI (OID .9) that is not the SAN',
      { buildSignerUri: `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.0.0` },
      { expectedSan: RELEASE },
      'failed',
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}, Build Signer URI ${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.0.0 (not the SAN)`,
    ],
    [
      'an Enterprise certificate whose .9 is not the SAN',
      { issuer: `${GITHUB_ISSUER}/acme`, buildSignerUri: `${RELEASE}x` },
      { expectedIssuer: `${GITHUB_ISSUER}/acme` },
      'failed',
      `issuer ${GITHUB_ISSUER}/acme`,
      `issuer ${GITHUB_ISSUER}/acme, SAN ${RELEASE}, Build Signer URI ${RELEASE}x (not the SAN)`,
    ],
    [
      'an older GitHub certificate without OID .9',
      { buildSignerUri: null },
      {},
      'passed',
      `issuer ${GITHUB_ISSUER}`,
      `issuer ${GITHUB_ISSUER}, SAN ${RELEASE}`,
    ],
    [
      'another issuer, whose .9 is its own business',
      { issuer: GOOGLE, subjectAlternativeName: 'dev@example.com', buildSignerUri: 'https://ci.example/x' },
      { expectedIssuer: GOOGLE },
      'passed',
      `issuer ${GOOGLE}`,
      `issuer ${GOOGLE}, SAN dev@example.com`,
    ],
  ])('%s → %s', (_label, change, options, status, expected, actual) => {
    // Fulcio writes .9 and the SAN from the same claim: a row changing the SAN changes both unless it says.
    const san = 'subjectAlternativeName' in change ? (change.subjectAlternativeName ?? null) : RELEASE;
    const signer = signerFacts({ buildSignerUri: san, ...change });
    expect(checkCertificateIdentity(signer, policy(options))).toEqual({
      name: 'certificate_identity',
      status,
      expected,
      actual,
      code: 'identity_mismatch',
    });
  });

  it.each([
    [{}, `issuer ${GITHUB_ISSUER} (a Fulcio certificate)`],
    [{ expectedSan: RELEASE }, `issuer ${GITHUB_ISSUER}, SAN ${RELEASE} (a Fulcio certificate)`],
  ])('fails a bundle signed by a bare key (policy %o)', (options, expected) => {
    expect(checkCertificateIdentity(null, policy(options))).toEqual({
      name: 'certificate_identity',
      status: 'failed',
      expected,
      actual: 'signed by a bare public key',
      code: 'identity_mismatch',
    });
  });
});

describe('checkCertificateAgainstPredicate: the Fulcio extensions tell the same story as the predicate', () => {
  const all = (side: { repo: string; commit: string }) =>
    `source repository=${side.repo}; source ref=refs/tags/v1.2.3; source commit=${side.commit}; repository id=42; owner id=7`;

  it('compares every pair both sides name, and lists them', () => {
    expect(checkCertificateAgainstPredicate(signerFacts(), predicateFacts())).toEqual({
      name: 'certificate_predicate',
      status: 'passed',
      expected: all({ repo: 'https://github.com/o/r', commit: COMMIT }),
      actual: all({ repo: 'https://github.com/o/r', commit: COMMIT }),
      code: 'identity_mismatch',
    });
  });

  it('compares the repository and the commit in any case, showing each side as it is', () => {
    const check = checkCertificateAgainstPredicate(
      signerFacts({
        sourceRepositoryUri: 'https://GitHub.com/O/R',
        sourceRepositoryDigest: COMMIT.toUpperCase(),
      }),
      predicateFacts(),
    );
    expect(check).toEqual({
      name: 'certificate_predicate',
      status: 'passed',
      expected: all({ repo: 'https://github.com/o/r', commit: COMMIT }),
      actual: all({ repo: 'https://GitHub.com/O/R', commit: COMMIT.toUpperCase() }),
      code: 'identity_mismatch',
    });
    expect(
      checkCertificateAgainstPredicate(
        signerFacts(),
        predicateFacts({ sourceCommits: [COMMIT.toUpperCase()] }),
      ).status,
    ).toBe('passed');
  });

  it.each<[string, Partial<SignerFacts>, Partial<PredicateFacts>, string, string]>([
    [
      'another repository',
      { sourceRepositoryUri: 'https://github.com/evil/r' },
      {},
      'source repository https://github.com/o/r (predicate)',
      'source repository https://github.com/evil/r (certificate)',
    ],
    [
      'the same repository on another host',
      { sourceRepositoryUri: 'https://ghe.example/o/r' },
      {},
      'source repository https://github.com/o/r (predicate)',
      'source repository https://ghe.example/o/r (certificate)',
    ],
    [
      'a predicate repository without a name',
      {},
      { sourceRepository: 'o' },
      'source repository https://github.com/o (predicate)',
      'source repository https://github.com/o/r (certificate)',
    ],
    [
      'a certificate repository that is no URL',
      { sourceRepositoryUri: 'o/r' },
      {},
      'source repository https://github.com/o/r (predicate)',
      'source repository o/r (certificate)',
    ],
    [
      'another ref',
      { sourceRepositoryRef: 'refs/heads/main' },
      {},
      'source ref refs/tags/v1.2.3 (predicate)',
      'source ref refs/heads/main (certificate)',
    ],
    [
      'the ref in another case',
      { sourceRepositoryRef: 'refs/tags/V1.2.3' },
      {},
      'source ref refs/tags/v1.2.3 (predicate)',
      'source ref refs/tags/V1.2.3 (certificate)',
    ],
    [
      'another commit',
      { sourceRepositoryDigest: OTHER_COMMIT },
      {},
      `source commit ${COMMIT} (predicate)`,
      `source commit ${OTHER_COMMIT} (certificate)`,
    ],
    [
      'another repository ID (a re-created repository)',
      { sourceRepositoryIdentifier: '43' },
      {},
      'repository id 42 (predicate)',
      'repository id 43 (certificate)',
    ],
    [
      'another repository owner ID (a transferred repository)',
      { sourceRepositoryOwnerIdentifier: '8' },
      {},
      'owner id 7 (predicate)',
      'owner id 8 (certificate)',
    ],
    [
      'the first of several mismatches',
      { sourceRepositoryRef: 'refs/heads/main', sourceRepositoryOwnerIdentifier: '8' },
      {},
      'source ref refs/tags/v1.2.3 (predicate)',
      'source ref refs/heads/main (certificate)',
    ],
  ])('fails on %s', (_label, certificate, predicate, expected, actual) => {
    expect(checkCertificateAgainstPredicate(signerFacts(certificate), predicateFacts(predicate))).toEqual({
      name: 'certificate_predicate',
      status: 'failed',
      expected,
      actual,
      code: 'identity_mismatch',
    });
  });

  it('compares the first commit the predicate names', () => {
    expect(
      checkCertificateAgainstPredicate(
        signerFacts(),
        predicateFacts({ sourceCommits: [OTHER_COMMIT, COMMIT] }),
      ),
    ).toMatchObject({ status: 'failed', expected: `source commit ${OTHER_COMMIT} (predicate)` });
  });

  it.each<[string, Partial<SignerFacts>, Partial<PredicateFacts>, string]>([
    [
      'an owner ID missing from the certificate',
      { sourceRepositoryOwnerIdentifier: null },
      {},
      `source repository=https://github.com/o/r; source ref=refs/tags/v1.2.3; source commit=${COMMIT}; repository id=42`,
    ],
    [
      'an owner ID missing from the predicate',
      {},
      { repositoryOwnerId: null },
      `source repository=https://github.com/o/r; source ref=refs/tags/v1.2.3; source commit=${COMMIT}; repository id=42`,
    ],
    [
      'a predicate that names no commit',
      {},
      { sourceCommits: [] },
      'source repository=https://github.com/o/r; source ref=refs/tags/v1.2.3; repository id=42; owner id=7',
    ],
    [
      'a certificate without ref, digest and IDs',
      {
        sourceRepositoryRef: null,
        sourceRepositoryDigest: null,
        sourceRepositoryIdentifier: null,
        sourceRepositoryOwnerIdentifier: null,
      },
      {},
      'source repository=https://github.com/o/r',
    ],
    [
      'a predicate that names only its repository',
      {},
      { sourceRef: null, sourceCommits: [], repositoryId: null, repositoryOwnerId: null },
      'source repository=https://github.com/o/r',
    ],
    [
      'a predicate without a source host: github.com',
      {},
      { sourceHost: null, sourceRef: null, sourceCommits: [], repositoryId: null, repositoryOwnerId: null },
      'source repository=https://github.com/o/r',
    ],
  ])('compares only what both sides name: %s', (_label, certificate, predicate, compared) => {
    expect(checkCertificateAgainstPredicate(signerFacts(certificate), predicateFacts(predicate))).toEqual({
      name: 'certificate_predicate',
      status: 'passed',
      expected: compared,
      actual: compared,
      code: 'identity_mismatch',
    });
  });

  it('uses the predicate’s source host', () => {
    const onGhe = checkCertificateAgainstPredicate(
      signerFacts({ sourceRepositoryUri: 'https://ghe.example/o/r' }),
      predicateFacts({ sourceHost: 'ghe.example' }),
    );
    expect(onGhe).toMatchObject({
      status: 'passed',
      expected: expect.stringMatching(/^source repository=https:\/\/ghe\.example\/o\/r;/),
    });
  });

  const noSource = {
    sourceRepositoryUri: null,
    sourceRepositoryRef: null,
    sourceRepositoryDigest: null,
    sourceRepositoryIdentifier: null,
    sourceRepositoryOwnerIdentifier: null,
  };
  const predicateWithoutSource = predicateFacts({
    sourceRepository: null,
    sourceRef: null,
    sourceCommits: [],
    repositoryId: null,
    repositoryOwnerId: null,
  });

  it.each<[string, SignerFacts, PredicateFacts, string, string, string]>([
    [
      'a GitHub certificate without its source repository (OID .12)',
      signerFacts({ sourceRepositoryUri: null }),
      predicateFacts(),
      'failed',
      'a GitHub Actions certificate with its source extensions (OID .12–.14)',
      'the certificate carries no source repository',
    ],
    [
      'an Enterprise GitHub certificate without its source repository',
      signerFacts({ ...noSource, issuer: `${GITHUB_ISSUER}/acme` }),
      predicateFacts(),
      'failed',
      'a GitHub Actions certificate with its source extensions (OID .12–.14)',
      'the certificate carries no source repository',
    ],
    [
      'a GitHub certificate and a predicate naming no source',
      signerFacts(),
      predicateWithoutSource,
      'failed',
      'a predicate naming its source repository',
      'nothing to compare with the certificate',
    ],
    [
      'another issuer without source extensions',
      signerFacts({ ...noSource, issuer: GOOGLE }),
      predicateFacts(),
      'skipped',
      'the certificate is not GitHub-issued: no source extensions to compare',
      '-',
    ],
  ])('%s → %s', (_label, certificate, predicate, status, expected, actual) => {
    expect(checkCertificateAgainstPredicate(certificate, predicate)).toEqual({
      name: 'certificate_predicate',
      status,
      expected,
      actual,
      code: 'identity_mismatch',
    });
  });

  it('compares what another issuer’s certificate does carry, without a source repository', () => {
    const check = checkCertificateAgainstPredicate(
      signerFacts({ ...noSource, issuer: GOOGLE, sourceRepositoryRef: 'refs/tags/v1.2.3' }),
      predicateFacts(),
    );
    expect(check).toMatchObject({ status: 'passed', expected: 'source ref=refs/tags/v1.2.3' });
    expect(
      checkCertificateAgainstPredicate(
        signerFacts({ ...noSource, issuer: GOOGLE, sourceRepositoryRef: 'refs/heads/main' }),
        predicateFacts(),
      ).status,
    ).toBe('failed');
  });
});

describe('checkRepositoryId: the numeric repository ID of the certificate (OID .15)', () => {
  it('is skipped without an expected ID', () => {
    expect(checkRepositoryId(signerFacts(), policy())).toEqual({
      name: 'repository_id',
      status: 'skipped',
      expected: 'no expected repository ID given',
      actual: '-',
      code: 'source_mismatch',
    });
  });

  it.each([
    ['42', '42', 'passed', '42'],
    ['42', '43', 'failed', '43'],
    ['42', '420', 'failed', '420'],
    ['42', null, 'failed', '(absent)'],
  ])(
    'expected %s, certificate %j → %s',
    (expectedRepositoryId, sourceRepositoryIdentifier, status, actual) => {
      expect(
        checkRepositoryId(signerFacts({ sourceRepositoryIdentifier }), policy({ expectedRepositoryId })),
      ).toEqual({
        name: 'repository_id',
        status,
        expected: expectedRepositoryId,
        actual,
        code: 'source_mismatch',
      });
    },
  );
});

describe('checkRunnerEnvironment: self-hosted runners refused when the policy says so', () => {
  it.each([
    ['self-hosted', 'self-hosted runners allowed (certificate: self-hosted)'],
    [null, 'self-hosted runners allowed (certificate: (absent from the certificate))'],
  ])('is skipped when allowed (certificate %j)', (runnerEnvironment, why) => {
    expect(checkRunnerEnvironment(signerFacts({ runnerEnvironment }), policy())).toEqual({
      name: 'runner_environment',
      status: 'skipped',
      expected: why,
      actual: '-',
      code: 'identity_mismatch',
    });
  });

  it.each([
    ['github-hosted', 'passed', 'github-hosted'],
    ['self-hosted', 'failed', 'self-hosted'],
    ['GitHub-Hosted', 'failed', 'GitHub-Hosted'],
    [null, 'failed', '(absent from the certificate)'],
  ])('certificate %j, self-hosted denied → %s', (runnerEnvironment, status, actual) => {
    expect(
      checkRunnerEnvironment(signerFacts({ runnerEnvironment }), policy({ denySelfHostedRunners: true })),
    ).toEqual({
      name: 'runner_environment',
      status,
      expected: 'github-hosted (certificate OID .11)',
      actual,
      code: 'identity_mismatch',
    });
  });
});
