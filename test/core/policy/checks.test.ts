import { describe, expect, it } from 'vitest';
import {
  checkBuilder, checkCertificateAgainstPredicate, checkPredicateType, checkSourceCommit, checkSourceRef,
  checkSourceRepository, checkSubjects, chooseDigestAlgorithm, expectIdentity, isExpectedBuilder, type SignerFacts,
} from '../../../src/core/policy/index.js';
import type { PredicateFacts, Subject } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';

const COMMIT = 'a'.repeat(40);
const facts: PredicateFacts = {
  predicateType: 'https://slsa.dev/provenance/v1', buildType: 'https://actions.github.io/buildtypes/workflow/v1',
  builderId: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3', sourceRepository: 'o/r',
  sourceRef: 'refs/tags/v1.2.3', sourceCommits: [COMMIT],
  workflow: { repository: 'o/r', path: '.github/workflows/release.yml', ref: 'refs/tags/v1.2.3' }, repositoryId: '42', repositoryOwnerId: '7',
};
const signer: SignerFacts = {
  subjectAlternativeName: facts.builderId, issuer: 'https://token.actions.githubusercontent.com', buildSignerUri: facts.builderId,
  sourceRepositoryUri: 'https://github.com/o/r', sourceRepositoryDigest: COMMIT, sourceRepositoryRef: 'refs/tags/v1.2.3',
  sourceRepositoryIdentifier: '42', sourceRepositoryOwnerIdentifier: '7',
};
const now = new Date('2026-11-25T00:00:00Z');
const override = (expiresAt: string) => ({ reason: 'r', approver: 'a', expiresAt: new Date(expiresAt) });

describe('policy checks (expected vs actual, skipped when not asked)', () => {
  it.each([
    ['v1', facts, null, 'passed', 'predicate_mismatch'],
    ['v0.2 without override', { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' }, null, 'failed', 'predicate_mismatch'],
    ['v0.2 with live override', { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' }, override('2026-11-26T00:00:00Z'), 'passed', 'predicate_mismatch'],
    ['v0.2 with override expiring now', { ...facts, predicateType: 'https://slsa.dev/provenance/v0.2' }, override('2026-11-25T00:00:00Z'), 'failed', 'override_expired'],
    ['unknown type even with override', { ...facts, predicateType: 'https://example.com/x' }, override('2026-11-26T00:00:00Z'), 'failed', 'predicate_mismatch'],
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
    expect(checkBuilder(facts, policy({ expectedBuilderIds: ['https://x.example/other', expected] })).status).toBe(ok ? 'passed' : 'failed');
  });

  it('skips what was not asked for, never passes it', () => {
    const checks = [checkBuilder, checkSourceRepository, checkSourceRef, checkSourceCommit].map((check) => check(facts, policy()));
    expect(checks.map((c) => c.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });

  it.each([
    [checkSourceRepository, { expectedSourceRepository: 'https://github.com/O/R' }, 'passed'],
    [checkSourceRepository, { expectedSourceRepository: 'o/r-fork' }, 'failed'],
    [checkSourceRef, { tag: 'v1.2.3' }, 'passed'],
    [checkSourceRef, { tag: 'v1.2' }, 'failed'],
    [checkSourceCommit, { commit: COMMIT }, 'passed'],
    [checkSourceCommit, { commit: 'b'.repeat(40) }, 'failed'],
  ] as const)('%o with %o → %s', (check, options, status) => {
    expect(check(facts, policy(options)).status).toBe(status);
  });

  it('fails the commit check when any source material names another commit', () => {
    expect(checkSourceCommit({ ...facts, sourceCommits: [COMMIT, 'b'.repeat(40)] }, policy({ commit: COMMIT })).status).toBe('failed');
    expect(checkSourceCommit({ ...facts, sourceCommits: [] }, policy({ commit: COMMIT })).actual).toBe('(absent)');
  });
});

describe('subjects', () => {
  const subjects: Subject[] = [{ name: 'a', digest: { sha256: '1'.repeat(64) } }, { name: 'b', digest: { sha256: '2'.repeat(64), sha512: '3'.repeat(128) } }];
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
  it('derives the SAN from a reusable-workflow builder, else from the caller workflow, else from the policy', () => {
    expect(expectIdentity(facts, policy()).subjectAlternativeName).toBe(facts.builderId);
    const hosted = { ...facts, builderId: 'https://github.com/actions/runner/github-hosted' };
    expect(expectIdentity(hosted, policy())).toMatchObject({ subjectAlternativeName: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3', derivedFrom: 'workflow' });
    expect(expectIdentity(hosted, policy({ expectedSan: 'https://x' })).derivedFrom).toBe('policy');
    expect(expectIdentity({ ...hosted, workflow: null }, policy()).subjectAlternativeName).toBeNull();
  });

  it.each([
    ['agreeing extensions', {}, 'passed'],
    ['another repository', { sourceRepositoryUri: 'https://github.com/evil/r' }, 'failed'],
    ['another ref', { sourceRepositoryRef: 'refs/heads/main' }, 'failed'],
    ['another commit', { sourceRepositoryDigest: 'c'.repeat(40) }, 'failed'],
    ['another repository id (rename)', { sourceRepositoryIdentifier: '43' }, 'failed'],
    ['no source extensions at all', { sourceRepositoryUri: null, sourceRepositoryRef: null, sourceRepositoryDigest: null, sourceRepositoryIdentifier: null, sourceRepositoryOwnerIdentifier: null }, 'skipped'],
  ] as const)('certificate vs predicate: %s', (_label, change, status) => {
    const check = checkCertificateAgainstPredicate({ ...signer, ...change }, facts);
    expect([check.status, check.code]).toEqual([status, 'identity_mismatch']);
  });
});
