import { describe, expect, it } from 'vitest';
import {
  checkBuilder,
  checkCertificateAgainstPredicate,
  checkCertificateIdentity,
  checkPredicateType,
  checkRunnerEnvironment,
  checkSourceCommit,
  checkSourceRef,
  checkSourceRepository,
  checkSubjects,
  chooseDigestAlgorithm,
  isExpectedBuilder,
} from '../../../src/core/policy/index.js';
import type { Subject } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';
import { COMMIT, predicateFacts, signerFacts } from './facts.js';

const facts = predicateFacts();
const signer = signerFacts();
const now = new Date('2026-11-25T00:00:00Z');
const override = (expiresAt: string) => ({ reason: 'r', approver: 'a', expiresAt: new Date(expiresAt) });

describe('policy checks (expected vs actual, skipped when not asked)', () => {
  it.each([
    ['v1', facts, null, 'passed', 'predicate_mismatch'],
    [
      'v0.2 without override',
      { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' },
      null,
      'failed',
      'predicate_mismatch',
    ],
    [
      'v0.2 with live override',
      { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' },
      override('2026-11-26T00:00:00Z'),
      'passed',
      'predicate_mismatch',
    ],
    [
      'v0.2 with override expiring now',
      { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' },
      override('2026-11-25T00:00:00Z'),
      'failed',
      'override_expired',
    ],
    [
      'unknown type even with override',
      { ...facts, predicateType: 'https://example.com/x' },
      override('2026-11-26T00:00:00Z'),
      'failed',
      'predicate_mismatch',
    ],
  ] as const)('predicate type: %s', (_label, f, o, status, code) => {
    const check = checkPredicateType(f, policy({ override: o, now }));
    expect([check.status, check.code]).toEqual([status, code]);
  });

  it.each([
    ['https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3', true],
    ['https://github.com/o/r/.github/workflows/release.yml', true],
    ['https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.4', false],
    ['https://github.com/o/r/.github/workflows/release', false],
    ['https://github.com/o/r/.github/workflows/release.yml@refs/heads/main', false],
  ])('builder %s matches: %s', (expected, ok) => {
    expect(isExpectedBuilder(expected, facts.builderId!)).toBe(ok);
    const check = checkBuilder(
      facts,
      signer,
      policy({ expectedBuilderIds: ['https://x.example/other', expected] }),
    );
    expect([check.status, check.code]).toEqual([ok ? 'passed' : 'failed', 'builder_mismatch']);
  });

  it('skips what was not asked for, never passes it', () => {
    const checks = [
      checkSourceRepository(signer, policy()),
      checkSourceRef(signer, policy()),
      checkSourceCommit(facts, signer, policy()),
      checkRunnerEnvironment(signer, policy()),
    ];
    expect(checks.map((c) => c.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });

  it.each([
    [
      'the same repository, another case, as a URL',
      { expectedSourceRepository: 'https://github.com/O/R' },
      'passed',
    ],
    ['a fork', { expectedSourceRepository: 'o/r-fork' }, 'failed'],
    ['the same name on a foreign host', { expectedSourceRepository: 'https://evil.example/o/r' }, 'failed'],
    [
      'OWNER/NAME on a GitHub Enterprise server',
      { expectedSourceRepository: 'o/r', githubServerUrl: 'https://ghe.example' },
      'failed',
    ],
    ['OWNER/NAME.git, as the URL form strips it', { expectedSourceRepository: 'o/r.git' }, 'passed'],
    ['the owner', { expectedOwner: 'O' }, 'passed'],
    ['another owner', { expectedOwner: 'mallory' }, 'failed'],
    [
      'repository and owner, both agreeing',
      { expectedSourceRepository: 'o/r', expectedOwner: 'o' },
      'passed',
    ],
  ] as const)('source repository: %s → %s', (_label, options, status) => {
    const check = checkSourceRepository(signer, policy(options));
    expect([check.status, check.code]).toEqual([status, 'source_mismatch']);
  });

  it('reads the source repository from the certificate, not from the predicate', () => {
    const check = checkSourceRepository(
      { ...signer, sourceRepositoryUri: 'https://github.com/mallory/r' },
      policy({ expectedSourceRepository: 'o/r' }),
    );
    expect(check).toMatchObject({ status: 'failed', actual: 'https://github.com/mallory/r' });
    expect(
      checkSourceRepository(
        { ...signer, sourceRepositoryUri: null },
        policy({ expectedSourceRepository: 'o/r' }),
      ).status,
    ).toBe('failed');
  });

  it.each([
    [{ tag: 'v1.2.3' }, signer, 'passed'],
    [{ tag: 'refs/tags/v1.2.3' }, signer, 'passed'],
    [{ tag: 'v1.2' }, signer, 'failed'],
    [{ tag: 'v1.2.3' }, { ...signer, sourceRepositoryRef: 'refs/heads/v1.2.3' }, 'failed'],
    [{ tag: 'v1.2.3' }, { ...signer, sourceRepositoryRef: null }, 'failed'],
  ] as const)('source ref %o against the certificate ref → %s', (options, certificate, status) => {
    expect(checkSourceRef(certificate, policy(options)).status).toBe(status);
  });

  it.each([
    [{ commit: COMMIT }, facts, signer, 'passed'],
    [{ commit: 'b'.repeat(40) }, facts, signer, 'failed'],
    [{ commit: COMMIT }, { ...facts, sourceCommits: [COMMIT, 'b'.repeat(40)] }, signer, 'failed'],
    [{ commit: COMMIT }, { ...facts, sourceCommits: [] }, signer, 'failed'],
    [{ commit: COMMIT }, facts, { ...signer, sourceRepositoryDigest: 'b'.repeat(40) }, 'failed'],
  ] as const)('source commit %o → %s', (options, predicate, certificate, status) => {
    expect(checkSourceCommit(predicate, certificate, policy(options)).status).toBe(status);
  });

  it('says when the predicate names no commit', () => {
    expect(
      checkSourceCommit({ ...facts, sourceCommits: [] }, signer, policy({ commit: COMMIT })).actual,
    ).toBe('(the predicate names no commit)');
  });

  it.each([
    ['github-hosted, denied self-hosted', 'github-hosted', true, 'passed'],
    ['self-hosted, denied', 'self-hosted', true, 'failed'],
    ['absent from an older certificate, denied', null, true, 'failed'],
    ['self-hosted, allowed', 'self-hosted', false, 'skipped'],
  ] as const)('runner environment: %s → %s', (_label, runnerEnvironment, denySelfHostedRunners, status) => {
    const check = checkRunnerEnvironment({ ...signer, runnerEnvironment }, policy({ denySelfHostedRunners }));
    expect([check.status, check.code]).toEqual([status, 'identity_mismatch']);
  });
});

describe('subjects', () => {
  const subjects: Subject[] = [
    { name: 'a', digest: { sha256: '1'.repeat(64) } },
    { name: 'b', digest: { sha256: '2'.repeat(64), sha512: '3'.repeat(128) } },
  ];
  const artifact = (hex: string) => ({ name: 'f', algorithm: 'sha256' as const, hex });

  it('prefers sha256 and falls back to sha512', () => {
    expect(chooseDigestAlgorithm(subjects)).toBe('sha256');
    expect(chooseDigestAlgorithm([{ name: 'n', digest: { sha512: '3'.repeat(128) } }])).toBe('sha512');
    expect(chooseDigestAlgorithm([{ name: 'n', digest: { md5: 'x' } }])).toBeNull();
  });

  it.each([
    [['1'.repeat(64)], false, 'passed'],
    [['1'.repeat(64), '4'.repeat(64)], false, 'failed'],
    [['1'.repeat(64)], true, 'failed'],
    [['1'.repeat(64), '2'.repeat(64)], true, 'passed'],
  ])('artifacts %j with requireAll=%s → %s', (hexes, requireAll, status) => {
    expect(checkSubjects(subjects, hexes.map(artifact), requireAll).status).toBe(status);
  });
});

describe('certificate identity', () => {
  it.each([
    ['the expected issuer, no SAN pin', {}, {}, 'passed'],
    ['the exact SAN', { expectedSan: facts.builderId! }, {}, 'passed'],
    [
      'a SAN pin the certificate only starts with',
      { expectedSan: facts.builderId!.slice(0, -1) },
      {},
      'failed',
    ],
    ['another issuer', {}, { issuer: 'https://token.actions.githubusercontent.com/enterprise' }, 'failed'],
    [
      'a GitHub certificate whose SAN is no workflow',
      {},
      { subjectAlternativeName: 'mallory@example.com' },
      'failed',
    ],
  ] as const)('%s → %s', (_label, options, change, status) => {
    const check = checkCertificateIdentity({ ...signer, ...change }, policy(options));
    expect([check.status, check.code]).toEqual([status, 'identity_mismatch']);
  });

  it('a key-signed bundle has no certificate identity', () => {
    expect(checkCertificateIdentity(null, policy())).toMatchObject({
      status: 'failed',
      actual: 'signed by a bare public key',
    });
  });

  const noSource = {
    sourceRepositoryUri: null,
    sourceRepositoryRef: null,
    sourceRepositoryDigest: null,
    sourceRepositoryIdentifier: null,
    sourceRepositoryOwnerIdentifier: null,
  };
  it.each([
    ['agreeing extensions', {}, facts, 'passed'],
    ['another repository', { sourceRepositoryUri: 'https://github.com/evil/r' }, facts, 'failed'],
    [
      'the same repository on another host',
      { sourceRepositoryUri: 'https://ghe.example/o/r' },
      facts,
      'failed',
    ],
    ['another ref', { sourceRepositoryRef: 'refs/heads/main' }, facts, 'failed'],
    ['another commit', { sourceRepositoryDigest: 'c'.repeat(40) }, facts, 'failed'],
    ['another repository id (rename)', { sourceRepositoryIdentifier: '43' }, facts, 'failed'],
    ['a GitHub certificate with no source extensions at all', noSource, facts, 'failed'],
    [
      'another issuer with no source extensions',
      { ...noSource, issuer: 'https://accounts.example.com' },
      facts,
      'skipped',
    ],
  ] as const)('certificate vs predicate: %s → %s', (_label, change, predicate, status) => {
    const check = checkCertificateAgainstPredicate({ ...signer, ...change }, predicate);
    expect([check.status, check.code]).toEqual([status, 'identity_mismatch']);
  });
});
