import { describe, expect, it } from 'vitest';
import {
  decideVerdict,
  failed,
  passed,
  rejectedBeforeVerification,
  skipped,
  type Check,
  type VerdictInput,
} from '../../../src/core/policy/index.js';
import type { Subject } from '../../../src/core/provenance/index.js';
import { COMMIT, OTHER_COMMIT, predicateFacts, RELEASE } from './facts.js';

const signature = passed('signature', 'signature_invalid', 'a valid DSSE signature', 'verified');
const builder = passed('builder_id', 'builder_mismatch', RELEASE, RELEASE);
const subjectsCheck = passed('subjects', 'subject_mismatch', 'sha256 of each artifact', 'f');
const subjects: Subject[] = [{ name: 'f', digest: { sha256: '1'.repeat(64) } }];
const artifacts = [{ name: 'f', algorithm: 'sha256' as const, hex: '1'.repeat(64) }];
const input = (change: Partial<VerdictInput> = {}): VerdictInput => ({
  checks: [signature, builder, subjectsCheck],
  facts: predicateFacts(),
  subjects,
  artifacts,
  verifier: 'provenance-guard',
  ...change,
});

describe('decideVerdict: verified only when no check failed and the signature check passed', () => {
  it('makes VerifiedProvenance of the predicate, the subjects and the artifacts', () => {
    const standing = { family: 'signing-workflow' as const, level: 2 as const };
    const releaseAssets = [{ name: 'f', size: 3, sha256: '1'.repeat(64) }];
    const checks = [signature, skipped('source_ref', 'tag_mismatch', 'no tag given'), builder];
    const verdict = decideVerdict(
      input({
        checks,
        facts: predicateFacts({ sourceCommits: [COMMIT, OTHER_COMMIT] }),
        attestation: 'attestation 2 of 3',
        standing,
        releaseAssets,
        policySha256: 'f'.repeat(64),
      }),
    );
    expect(verdict).toEqual({
      verified: true,
      failureReason: null,
      checks,
      facts: predicateFacts({ sourceCommits: [COMMIT, OTHER_COMMIT] }),
      subjects,
      verifier: 'provenance-guard',
      attestation: 'attestation 2 of 3',
      provenance: {
        predicateType: 'https://slsa.dev/provenance/v1',
        builderId: RELEASE,
        sourceRepository: 'o/r',
        sourceRef: 'refs/tags/v1.2.3',
        sourceCommit: COMMIT,
        subjects,
        artifacts,
        verifier: 'provenance-guard',
        standing,
        releaseAssets,
        policySha256: 'f'.repeat(64),
      },
    });
  });

  it('reads absent optional inputs as null', () => {
    const verdict = decideVerdict(
      input({ facts: predicateFacts({ sourceRepository: null, sourceRef: null, sourceCommits: [] }) }),
    );
    expect(verdict.attestation).toBeNull();
    expect(verdict.provenance).toEqual({
      predicateType: 'https://slsa.dev/provenance/v1',
      builderId: RELEASE,
      sourceRepository: null,
      sourceRef: null,
      sourceCommit: null,
      subjects,
      artifacts,
      verifier: 'provenance-guard',
      standing: null,
      releaseAssets: null,
      policySha256: null,
    });
  });

  it.each<[string, readonly Check[], string]>([
    [
      'the first failing check in order, not the most severe',
      [
        signature,
        skipped('source_ref', 'tag_mismatch', 'no tag given'),
        failed('source_commit', 'materials_mismatch', COMMIT, OTHER_COMMIT),
        failed('builder_id', 'identity_mismatch', RELEASE, 'another'),
      ],
      'materials_mismatch',
    ],
    [
      'a failed signature check',
      [failed('signature', 'signature_invalid', 'a valid DSSE signature', 'invalid'), builder],
      'signature_invalid',
    ],
    ['no signature check at all', [builder, subjectsCheck], 'attestation_missing'],
    [
      'a skipped signature check',
      [skipped('signature', 'signature_invalid', 'not checked'), builder],
      'attestation_missing',
    ],
    [
      'a signature check that passed under another name',
      [passed('bundle', 'provenance_malformed', 'a bundle', 'a bundle'), builder],
      'attestation_missing',
    ],
    ['no checks', [], 'attestation_missing'],
  ])('is not verified for %s', (_label, checks, failureReason) => {
    expect(decideVerdict(input({ checks, attestation: 'attestation 1 of 1' }))).toEqual({
      verified: false,
      failureReason,
      checks,
      facts: predicateFacts(),
      subjects,
      verifier: 'provenance-guard',
      attestation: 'attestation 1 of 1',
      provenance: null,
    });
  });

  it.each([
    ['no predicate', null],
    ['a predicate without a builder', predicateFacts({ builderId: null })],
  ])('is not verified for %s, though every check passed', (_label, facts) => {
    expect(decideVerdict(input({ facts }))).toEqual({
      verified: false,
      failureReason: 'attestation_missing',
      checks: [signature, builder, subjectsCheck],
      facts,
      subjects,
      verifier: 'provenance-guard',
      attestation: null,
      provenance: null,
    });
  });
});

describe('rejectedBeforeVerification', () => {
  it.each([
    [failed('verifier', 'attestation_missing', 'a provenance file', 'none found'), 'attestation_missing'],
    [failed('release_assets', 'asset_missing', 'the assets', 'none'), 'asset_missing'],
    [passed('signature', 'signature_invalid', 'x', 'x'), 'attestation_missing'],
  ])('records the one check and fails with its code: %o', (check, failureReason) => {
    expect(rejectedBeforeVerification(check, 'provenance-guard 0.1.0')).toEqual({
      verified: false,
      failureReason,
      checks: [check],
      facts: null,
      subjects: [],
      verifier: 'provenance-guard 0.1.0',
      attestation: null,
      provenance: null,
    });
  });
});
