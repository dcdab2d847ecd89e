import { describe, expect, it } from 'vitest';
import {
  checkRefPattern,
  globToRegExp,
  isSemverPrerelease,
  matchesTagPattern,
} from '../../../src/core/policy/index.js';
import { policy } from '../../support/fixtures.js';
import { signerFacts } from './facts.js';

describe('matchesTagPattern: semver', () => {
  it.each([
    ['v1.2.3', true],
    ['1.2.3', true],
    ['v0.0.0', true],
    ['v10.20.30', true],
    ['v1.2.3-rc.1', true],
    ['v1.2.3-alpha-1.2', true],
    ['v1.2.3+build.5', true],
    ['v1.2.3-rc.1+build-5', true],
    ['v1.2', false],
    ['v1.2.3.4', false],
    ['v01.2.3', false],
    ['V1.2.3', false],
    ['vv1.2.3', false],
    ['xv1.2.3', false],
    ['v1.2.3x', false],
    ['v1.2.3-', false],
    ['v1.2.3-rc..1', false],
    ['v1.2.3+', false],
    ['v1.2.3 ', false],
    ['semver', false],
  ])('%j → %s', (tag, matches) => {
    expect(matchesTagPattern('semver', tag)).toBe(matches);
  });
});

describe('matchesTagPattern: globs (* within a segment, ** across, ? one character, the rest literal)', () => {
  it.each([
    ['v*', 'v1.2.3', true],
    ['v*', 'v', true],
    ['v*', 'release/v1', false],
    ['v*', 'v1/2', false],
    ['v*', 'xv1', false],
    ['release/*', 'release/v1', true],
    ['release/*', 'release/v1/x', false],
    ['**', 'a/b/c', true],
    ['release/**', 'release/a/b', true],
    ['release/**', 'other/a', false],
    ['v?', 'v1', true],
    ['v?', 'v12', false],
    ['v?', 'v', false],
    ['v?', 'v/', false],
    ['v1.2', 'v1.2', true],
    ['v1.2', 'v1x2', false],
    ['v1', 'v1', true],
    ['v1', 'v1x', false],
    ['v1', 'xv1', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['x{2}', 'x{2}', true],
    ['x{2}', 'xx', false],
    ['v[1]', 'v[1]', true],
    ['v[1]', 'v1', false],
    ['(a|b)', '(a|b)', true],
    ['(a|b)', 'a', false],
    ['^v$', '^v$', true],
    ['^v$', 'v', false],
    ['a\\d', 'a\\d', true],
    ['a\\d', 'a1', false],
    ['semver', 'semver', false],
  ])('%j against %j → %s', (pattern, tag, matches) => {
    expect(matchesTagPattern(pattern, tag)).toBe(matches);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['v*', '^v[^/]*$'],
    ['**', '^.*$'],
    ['v?', '^v[^/]$'],
    ['v1.2+(x)', '^v1\\.2\\+\\(x\\)$'],
    ['a|b^c$d', '^a\\|b\\^c\\$d$'],
    ['[x]{y}\\', '^\\[x\\]\\{y\\}\\\\$'],
    ['plain', '^plain$'],
  ])('%j → /%s/', (glob, source) => {
    expect(globToRegExp(glob).source).toBe(source);
  });
});

describe('isSemverPrerelease: a SemVer tag with a prerelease part', () => {
  it.each([
    ['v1.2.3-rc.1', true],
    ['1.0.0-alpha', true],
    ['v1.2.3-rc.1+build.5', true],
    ['v1.2.3', false],
    ['v1.2.3+build-5', false],
    ['not-semver', false],
    ['v1.2-rc.1', false],
  ])('%j → %s', (tag, prerelease) => {
    expect(isSemverPrerelease(tag)).toBe(prerelease);
  });
});

describe('checkRefPattern: releases come from tags the pattern allows (certificate OID .14)', () => {
  it.each([
    ['absent', {}],
    ['null', { tagPattern: null }],
  ])('is skipped when the pattern is %s', (_label, options) => {
    expect(checkRefPattern(signerFacts(), policy(options))).toEqual({
      name: 'ref_pattern',
      status: 'skipped',
      expected: 'no tag pattern given',
      actual: '-',
      code: 'tag_mismatch',
    });
  });

  it.each([
    ['semver', 'refs/tags/v1.2.3', 'passed', 'refs/tags/<a SemVer tag>', 'refs/tags/v1.2.3'],
    ['semver', 'refs/tags/v1.2', 'failed', 'refs/tags/<a SemVer tag>', 'refs/tags/v1.2'],
    ['semver', 'refs/heads/v1.2.3', 'failed', 'refs/tags/<a SemVer tag>', 'refs/heads/v1.2.3'],
    [
      'semver',
      'refs/tags/refs/tags/v1.2.3',
      'failed',
      'refs/tags/<a SemVer tag>',
      'refs/tags/refs/tags/v1.2.3',
    ],
    ['v*', 'refs/tags/v1', 'passed', 'refs/tags/<v*>', 'refs/tags/v1'],
    ['**', 'refs/heads/main', 'failed', 'refs/tags/<**>', 'refs/heads/main'],
    ['**', 'xrefs/tags/v1', 'failed', 'refs/tags/<**>', 'xrefs/tags/v1'],
    ['**', null, 'failed', 'refs/tags/<**>', '(absent from the certificate)'],
  ] as const)('pattern %j, certificate ref %j → %s', (tagPattern, ref, status, expected, actual) => {
    expect(checkRefPattern(signerFacts({ sourceRepositoryRef: ref }), policy({ tagPattern }))).toEqual({
      name: 'ref_pattern',
      status,
      expected,
      actual,
      code: 'tag_mismatch',
    });
  });
});
