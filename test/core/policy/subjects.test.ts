import { describe, expect, it } from 'vitest';
import {
  checkSubjects,
  chooseDigestAlgorithm,
  type ArtifactDigest,
  type DigestAlgorithm,
} from '../../../src/core/policy/index.js';
import type { Subject } from '../../../src/core/provenance/index.js';

const hex256 = (c: string) => c.repeat(64);
const hex512 = (c: string) => c.repeat(128);
const artifact = (name: string, hex: string, algorithm: DigestAlgorithm = 'sha256'): ArtifactDigest => ({
  name,
  algorithm,
  hex,
});
const A = hex256('a');
const B = hex256('b');
const UPPER = hex256('e').toUpperCase();
const subjects: Subject[] = [
  { name: 'a.tgz', digest: { sha256: A } },
  { name: 'b.tgz', digest: { sha256: B, sha512: hex512('c') } },
  { name: 'npm.tgz', digest: { sha512: hex512('d') } },
];

describe('chooseDigestAlgorithm: sha256 when any subject has it, else sha512', () => {
  it.each([
    ['one subject with sha256 among others', subjects, 'sha256'],
    [
      'sha256 on a later subject only',
      [
        { name: 'n', digest: { sha512: hex512('c') } },
        { name: 'g', digest: { sha256: A } },
      ],
      'sha256',
    ],
    ['sha512 only (npm)', [{ name: 'n', digest: { sha512: hex512('c') } }], 'sha512'],
    [
      'sha512 on one subject, neither on another',
      [
        { name: 'm', digest: { md5: 'x' } },
        { name: 'n', digest: { sha512: hex512('c') } },
      ],
      'sha512',
    ],
    ['neither', [{ name: 'm', digest: { md5: 'x' } }], null],
    ['no subject', [], null],
  ])('%s → %s', (_label, list, algorithm) => {
    expect(chooseDigestAlgorithm(list)).toBe(algorithm);
  });
});

describe('checkSubjects: every artifact is a subject; with requireAll, every subject an artifact', () => {
  const among = `sha256 of each artifact among: a.tgz ${'a'.repeat(16)}…, b.tgz ${'b'.repeat(16)}…`;

  it('is skipped without artifacts', () => {
    expect(checkSubjects(subjects, [], true)).toEqual({
      name: 'subjects',
      status: 'skipped',
      expected: 'no artifact given',
      actual: '-',
      code: 'subject_mismatch',
    });
  });

  it.each([
    ['one attested artifact', [artifact('f', A)], false, 'passed', `f ${'a'.repeat(16)}…`],
    [
      'one attested artifact, requireAll left at its default',
      [artifact('f', A)],
      undefined,
      'passed',
      `f ${'a'.repeat(16)}…`,
    ],
    [
      'every subject released, requireAll',
      [artifact('f', A), artifact('g', B)],
      true,
      'passed',
      `f ${'a'.repeat(16)}…, g ${'b'.repeat(16)}…`,
    ],
    [
      'an upper-case artifact digest',
      [artifact('f', A.toUpperCase())],
      false,
      'passed',
      `f ${'A'.repeat(16)}…`,
    ],
    [
      'upper-case artifact digests, requireAll',
      [artifact('f', A.toUpperCase()), artifact('g', B.toUpperCase())],
      true,
      'passed',
      `f ${'A'.repeat(16)}…, g ${'B'.repeat(16)}…`,
    ],
    [
      'a missing artifact',
      [artifact('f', A), artifact('x', hex256('9'))],
      false,
      'failed',
      `not attested: x ${'9'.repeat(16)}…`,
    ],
    [
      'an extra subject, requireAll',
      [artifact('f', A)],
      true,
      'failed',
      `attested but not released: b.tgz ${'b'.repeat(16)}…`,
    ],
    [
      'both at once, requireAll',
      [artifact('x', hex256('9'))],
      true,
      'failed',
      `not attested: x ${'9'.repeat(16)}…; attested but not released: a.tgz ${'a'.repeat(16)}…, b.tgz ${'b'.repeat(16)}…`,
    ],
  ])('%s → %s', (_label, artifacts, requireAll, status, actual) => {
    expect(checkSubjects(subjects, artifacts, requireAll)).toEqual({
      name: 'subjects',
      status,
      expected: among,
      actual,
      code: 'subject_mismatch',
    });
  });

  it('compares upper-case subject digests case-insensitively, both ways', () => {
    const upper: Subject[] = [{ name: 'u', digest: { sha256: UPPER } }];
    expect(checkSubjects(upper, [artifact('f', UPPER.toLowerCase())], true)).toMatchObject({
      status: 'passed',
      expected: `sha256 of each artifact among: u ${'E'.repeat(16)}…`,
    });
  });

  it("uses the artifacts' algorithm: sha512 artifacts against the sha512 subjects only", () => {
    expect(checkSubjects(subjects, [artifact('npm.tgz', hex512('d'), 'sha512')], true)).toEqual({
      name: 'subjects',
      status: 'failed',
      expected: `sha512 of each artifact among: b.tgz ${'c'.repeat(16)}…, npm.tgz ${'d'.repeat(16)}…`,
      actual: `attested but not released: b.tgz ${'c'.repeat(16)}…`,
      code: 'subject_mismatch',
    });
    expect(checkSubjects(subjects, [artifact('npm.tgz', hex512('d'), 'sha512')]).status).toBe('passed');
  });

  it('says when no subject has a digest of the algorithm', () => {
    expect(
      checkSubjects([{ name: 'a.tgz', digest: { sha256: A } }], [artifact('f', hex512('d'), 'sha512')]),
    ).toEqual({
      name: 'subjects',
      status: 'failed',
      expected: 'sha512 of each artifact among: (no subject has one)',
      actual: `not attested: f ${'d'.repeat(16)}…`,
      code: 'subject_mismatch',
    });
  });
});
