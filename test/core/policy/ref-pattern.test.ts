import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../../src/core/glob.js';
import { checkRefPattern, isSemverPrerelease, matchesTagPattern } from '../../../src/core/policy/index.js';
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

describe('matchesGlob: the one glob matcher (tag patterns and policy asset globs)', () => {
  it.each([
    ['***', 'a/b', true],
    ['v***x', 'v/1/x', true],
    ['a*/b', 'a/b', true],
    ['a*/b', 'ax/y/b', false],
    ['a**/b', 'ax/y/b', true],
    ['**/*.sig', 'dist/a/app.sig', true],
    ['**/*.sig', 'app.sig', false],
    ['*.intoto.jsonl', 'app.intoto.jsonl', true],
    ['*.intoto.jsonl', 'dir/app.intoto.jsonl', false],
    ['?', '', false],
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['a?c', 'a\nc', true],
    ['**', 'line\nbreak', true],
  ])('%j against %j → %s', (glob, name, matches) => {
    expect(matchesGlob(glob, name)).toBe(matches);
  });

  // The documented meaning, as the regular expression the matcher replaced spelled it (`**` as any run,
  // newlines included): on small globs and names the two agree everywhere.
  const reference = (glob: string) =>
    new RegExp(
      `^${glob.replace(/\*\*|[*?]|[.+^${}()|[\]\\]/g, (token) =>
        token === '**' ? '[^]*' : token === '*' ? '[^/]*' : token === '?' ? '[^/]' : `\\${token}`,
      )}$`,
    );
  it('agrees with the backtracking reference on every small glob and name', () => {
    const glob = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?', '.', '\\'), maxLength: 8 });
    const name = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', '*', '\n'), maxLength: 10 });
    fc.assert(
      fc.property(glob, name, (g, n) => matchesGlob(g, n) === reference(g).test(n)),
      { numRuns: 5_000 },
    );
  });

  // Ten stars against a tag that almost matches: the backtracking regular expression took 12 s at a tenth
  // of this length; the matcher's steps are bounded by the tag's length times the pattern's.
  it('answers at once for ten stars against a long non-matching tag', () => {
    const started = performance.now();
    expect(matchesTagPattern('v*.*.*.*.*.*.*.*.*.*!', `v${'.'.repeat(400)}`)).toBe(false);
    expect(matchesGlob('**.**.**.**.**.**.**.**.**.**!', `${'./'.repeat(2_000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
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
