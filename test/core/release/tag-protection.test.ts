import { describe, expect, it } from 'vitest';
import { coversRef, tagProtection, type TagRuleset } from '../../../src/core/release/tag-protection.js';

const ruleset = (change: Partial<TagRuleset> = {}): TagRuleset => ({
  name: 'release tags',
  target: 'tag',
  enforcement: 'active',
  include: ['refs/tags/v*'],
  exclude: [],
  rules: ['creation', 'update', 'deletion'],
  ...change,
});

describe('coversRef: fnmatch on the full ref, as ruleset conditions are written', () => {
  it.each([
    [['refs/tags/v*'], [], 'refs/tags/v1.2.3', true],
    [['refs/tags/v*'], [], 'refs/tags/v9-anything', true],
    [['refs/tags/v*'], [], 'refs/tags/release/v1', false],
    [['refs/tags/**'], [], 'refs/tags/release/v1', true],
    [['~ALL'], [], 'refs/tags/v1', true],
    [['refs/tags/v*'], ['refs/tags/v0*'], 'refs/tags/v0.1.0', false],
    [['refs/tags/v1.2.3'], [], 'refs/tags/v1.2.3', true],
    [['refs/tags/v1.?.3'], [], 'refs/tags/v1.x.3', true],
    [['v*'], [], 'refs/tags/v1', false],
    [['refs/tags/[v]*'], [], 'refs/tags/v1', false],
  ] as const)('include %j exclude %j: %s is covered: %s', (include, exclude, ref, covered) => {
    expect(coversRef({ include, exclude }, ref)).toBe(covered);
  });
});

describe('tagProtection: an active tag ruleset covering the tag must restrict creating it', () => {
  it('a ruleset over v* that restricts creation protects v1.2.3', () => {
    expect(tagProtection('v1.2.3', [ruleset()])).toEqual({ kind: 'restricted', rulesets: ['release tags'] });
  });

  it('no ruleset at all leaves any writer free to push a v* tag', () => {
    expect(tagProtection('v9-anything', [])).toEqual({
      kind: 'unrestricted',
      missing: 'no active tag ruleset covers refs/tags/v9-anything',
    });
  });

  it.each<[string, Partial<TagRuleset>]>([
    ['a disabled ruleset', { enforcement: 'disabled' }],
    ['an evaluate-only ruleset', { enforcement: 'evaluate' }],
    ['a branch ruleset', { target: 'branch' }],
    ['a ruleset over other tags', { include: ['refs/tags/release-*'] }],
    ['a ruleset that excludes the tag', { exclude: ['refs/tags/v1.*'] }],
  ])('%s does not count', (_label, change) => {
    expect(tagProtection('v1.2.3', [ruleset(change)])).toMatchObject({ kind: 'unrestricted' });
  });

  it('a covering ruleset without creation names what it lacks', () => {
    expect(tagProtection('v1.2.3', [ruleset({ name: 'no deletes', rules: ['deletion'] })])).toEqual({
      kind: 'unrestricted',
      missing: 'the active tag rulesets covering refs/tags/v1.2.3 (no deletes) lack creation, update',
    });
  });

  it('one restricting ruleset among others is enough, and is named', () => {
    const rulesets = [
      ruleset({ name: 'deletes', rules: ['deletion'] }),
      ruleset({ name: 'all', include: ['~ALL'] }),
    ];
    expect(tagProtection('v1.2.3', rulesets)).toEqual({ kind: 'restricted', rulesets: ['all'] });
  });
});
