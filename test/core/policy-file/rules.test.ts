import { describe, expect, it } from 'vitest';
import {
  assignAssets,
  loadPolicyFile,
  parsePolicyFile,
  toRulePolicy,
} from '../../../src/core/policy-file/index.js';
import { matchesTagPattern } from '../../../src/core/policy/index.js';
import { policy } from '../../support/fixtures.js';

const file = loadPolicyFile(
  [
    'version: 1',
    'exclude: [SHA256SUMS]',
    'artifacts:',
    '  - match: ["app-*"]',
    '    exclude: ["*.sig"]',
    '    builders: [slsa-github-generator]',
    '    source: { repository: acme/app, repository-id: "42" }',
    '    slsa-level: 3',
    '    override: { allow-slsa-v0.2: true, approvers: [alice], max-days: 2 }',
    '  - match: "*.tgz"',
    '    runner: any',
  ].join('\n'),
  'policy.yml',
);
const now = new Date('2026-11-25T00:00:00Z');
const base = policy({
  expectedSourceRepository: 'acme/other',
  expectedRepositoryId: '7',
  denySelfHostedRunners: true,
  now,
});

describe('policy file rules', () => {
  it('assigns each asset to its first matching rule; provenance, excluded and uncovered names apart', () => {
    const assignment = assignAssets(file.file, [
      'app-linux',
      'app-linux.sig',
      'lib.tgz',
      'SHA256SUMS',
      'app.intoto.jsonl',
      'README',
    ]);
    expect([...assignment.byRule.entries()]).toEqual([
      [0, ['app-linux']],
      [1, ['lib.tgz']],
    ]);
    expect(assignment).toMatchObject({
      provenance: ['app.intoto.jsonl'],
      excluded: ['app-linux.sig', 'SHA256SUMS'],
      uncovered: ['README'],
    });
  });

  it('takes each field from the file unless an input set it', () => {
    const [rule] = file.file.artifacts;
    expect(toRulePolicy(base, rule!, new Set())).toMatchObject({
      expectedSourceRepository: 'acme/app',
      expectedRepositoryId: '42',
      expectedBuilderFamilies: ['slsa-github-generator'],
      requiredBuildLevel: 3,
    });
    expect(toRulePolicy(base, rule!, new Set(['expectedSourceRepository']))).toMatchObject({
      expectedSourceRepository: 'acme/other',
      expectedRepositoryId: '7',
    });
    expect(toRulePolicy(base, file.file.artifacts[1]!, new Set())).toMatchObject({
      denySelfHostedRunners: false,
      expectedSourceRepository: 'acme/other',
    });
  });

  it("holds overrides to the file's governance rules", () => {
    const [rule, noOverrides] = file.file.artifacts;
    const override = (approver: string, days: number) => ({
      ...base,
      override: { reason: 'x', approver, expiresAt: new Date(now.getTime() + days * 86_400_000) },
    });
    expect(toRulePolicy(override('alice', 1), rule!, new Set()).override?.approver).toBe('alice');
    expect(() => toRulePolicy(override('mallory', 1), rule!, new Set())).toThrow(
      /not one of the policy's approvers/,
    );
    expect(() => toRulePolicy(override('alice', 3), rule!, new Set())).toThrow(/at most 2/);
    expect(() => toRulePolicy(override('alice', 1), noOverrides!, new Set())).toThrow(
      /allows no governance override/,
    );
  });

  it('refuses YAML aliases, unknown keys and unknown families, naming where', () => {
    expect(parsePolicyFile('a: &x 1\nb: *x\n', 'p.yml')).toMatchObject({ ok: false });
    expect(parsePolicyFile('version: 1\nartifacts:\n  - buildres: []\n', 'p.yml')).toMatchObject({
      ok: false,
      problems: [{ at: 'artifacts.0' }],
    });
    expect(() => loadPolicyFile('version: 2\nartifacts: []\n', 'p.yml')).toThrow(/input_invalid|version/);
  });

  it('tag patterns: semver or a glob, never a branch', () => {
    expect(['v1.2.3', '1.0.0', 'v2.0.0-rc.1'].every((tag) => matchesTagPattern('semver', tag))).toBe(true);
    expect(['v1.2', 'main', 'v01.2.3'].some((tag) => matchesTagPattern('semver', tag))).toBe(false);
    expect(matchesTagPattern('release-*', 'release-7')).toBe(true);
    expect(matchesTagPattern('release-*', 'release/7')).toBe(false);
  });
});
