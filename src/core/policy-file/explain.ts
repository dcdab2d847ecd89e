import { BUILDER_FAMILIES, type VerificationPolicy } from '../policy/index.js';
import { counted } from '../report/plural.js';
import type { PolicyFile, PolicyRule } from './schema.js';

/** What each rule of a policy file asks, in words a reviewer checks against intent (`policy lint`). */
export function explainPolicy(file: PolicyFile): string[] {
  const lines = [
    `release: ${describePrerelease(file.release.prerelease)}; drafts are never verified as published releases`,
    `always excluded: provenance and bundle files${file.exclude.length > 0 ? `, and ${file.exclude.join(', ')}` : ''}`,
    'every other asset must be a subject of a verified attestation, and every subject a published asset',
  ];
  file.artifacts.forEach((rule, i) =>
    lines.push(
      `rule ${i + 1} (${rule.match.join(', ')}):`,
      ...explainRule(rule).map((line) => `  - ${line}`),
    ),
  );
  return lines;
}

function explainRule(rule: PolicyRule): string[] {
  const families = rule.builders.map((id) => `${id} (${BUILDER_FAMILIES[id].buildLevel})`);
  return [
    ...(rule.exclude.length > 0 ? [`not verified: ${rule.exclude.join(', ')}`] : []),
    families.length > 0
      ? `built by ${families.join('; ')}`
      : 'built by any builder the certificate vouches for',
    ...(rule['builder-ids'].length > 0
      ? [`builder ID exactly one of ${rule['builder-ids'].join(', ')}`]
      : []),
    explainSource(rule.source),
    rule.tags === undefined
      ? 'ref: any (pin one with tags: semver)'
      : `ref: tags only, ${rule.tags === 'semver' ? 'SemVer tags (vX.Y.Z[-pre])' : `matching ${rule.tags}`}`,
    rule.runner === 'github-hosted' ? 'runner: GitHub-hosted only' : 'runner: self-hosted allowed',
    rule['slsa-level'] === undefined
      ? 'SLSA Build level: any'
      : `SLSA Build level: L${rule['slsa-level']} or above`,
    rule.override?.['allow-slsa-v0.2']
      ? `override: SLSA v0.2 may pass for at most ${counted(rule.override['max-days'], 'day')}${rule.override.approvers.length > 0 ? `, approved by ${rule.override.approvers.join(' or ')}` : ''}`
      : 'override: none accepted',
  ];
}

function explainSource(source: PolicyRule['source']): string {
  if (source === undefined) return 'source: the inputs decide (validate: this repository)';
  if ('owner' in source) return `source: any repository of ${source.owner}, as the certificate attests it`;
  const id = source['repository-id'] ? ` (repository ID ${source['repository-id']})` : '';
  return `source: ${source.repository}${id}, as the certificate attests it`;
}

function describePrerelease(mode: PolicyFile['release']['prerelease']): string {
  if (mode === 'auto') return 'a SemVer prerelease tag must be a prerelease, any other tag must not';
  if (mode === 'any') return 'the prerelease flag is not checked';
  return `the release must${mode === 'true' ? '' : ' not'} be a prerelease`;
}

/** The policy a rule resolved to, as rows (field, value) for the job summary and the CLI. */
export function effectivePolicyRows(policy: VerificationPolicy): [string, string][] {
  const or = (values: readonly string[] | undefined, none: string) =>
    values && values.length > 0 ? values.join(', ') : none;
  return [
    ['builder families', or(policy.expectedBuilderFamilies, 'any')],
    ['builder IDs', or(policy.expectedBuilderIds, 'any the certificate vouches for')],
    ['source repository', policy.expectedSourceRepository ?? '-'],
    ['owner', policy.expectedOwner ?? '-'],
    ['repository ID', policy.expectedRepositoryId ?? '-'],
    ['tag', policy.tag ?? '-'],
    ['tag pattern', policy.tagPattern ?? 'any'],
    ['runner', policy.denySelfHostedRunners ? 'GitHub-hosted only' : 'any'],
    ['SLSA Build level', policy.requiredBuildLevel ? `L${policy.requiredBuildLevel}+` : 'any'],
    ['SAN', policy.expectedSan ?? '-'],
    [
      'override',
      policy.override
        ? `v0.2 until ${policy.override.expiresAt.toISOString()} (${policy.override.approver})`
        : 'none',
    ],
  ];
}
