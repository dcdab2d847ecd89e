import { GuardError } from '../errors/index.js';
import { matchesGlob } from '../glob.js';
import type { PredicateOverride, VerificationPolicy } from '../policy/index.js';
import { counted } from '../report/plural.js';
import type { PolicyFile, PolicyRule } from './schema.js';

/** Provenance and bundles ride along with a release; they are what verifies it, never what is verified. */
const PROVENANCE_FILES = ['*.intoto.jsonl', '*.sigstore.json', '*.sigstore', '*.att'];

export interface AssetAssignment {
  /** Per rule (by index), the names it covers. */
  readonly byRule: ReadonlyMap<number, readonly string[]>;
  readonly provenance: readonly string[];
  readonly excluded: readonly string[];
  /** Not excluded, and no rule matches: nobody said these may be released. */
  readonly uncovered: readonly string[];
}

const matchesAny = (patterns: readonly string[], name: string) =>
  patterns.some((pattern) => matchesGlob(pattern, name));

export const isProvenanceFile = (name: string): boolean => matchesAny(PROVENANCE_FILES, name);

/**
 * Each name takes the first rule whose `match` it matches; a rule's `exclude` and the file's `exclude` take
 * it out.
 */
export function assignAssets(file: PolicyFile | null, names: readonly string[]): AssetAssignment {
  const byRule = new Map<number, string[]>();
  const provenance: string[] = [];
  const excluded: string[] = [];
  const uncovered: string[] = [];
  const rules = file?.artifacts ?? [null];
  for (const name of names) {
    if (isProvenanceFile(name)) {
      provenance.push(name);
      continue;
    }
    if (file && matchesAny(file.exclude, name)) {
      excluded.push(name);
      continue;
    }
    const index = rules.findIndex((rule) => rule === null || matchesAny(rule.match, name));
    const rule = rules[index];
    if (index < 0) uncovered.push(name);
    else if (rule && matchesAny(rule.exclude, name)) excluded.push(name);
    else byRule.set(index, [...(byRule.get(index) ?? []), name]);
  }
  return { byRule, provenance, excluded, uncovered };
}

/** The policy fields an input or flag set explicitly: those win over the policy file. */
export type ExplicitField =
  | 'expectedBuilderIds'
  | 'expectedSourceRepository'
  | 'expectedOwner'
  | 'expectedRepositoryId'
  | 'denySelfHostedRunners';

/**
 * One rule as a verification policy: the file's value for each field the inputs left alone. A rule that names
 * another source drops the repository ID the inputs defaulted to (it belongs to the other repository).
 */
export function toRulePolicy(
  base: VerificationPolicy,
  rule: PolicyRule,
  explicit: ReadonlySet<ExplicitField>,
): VerificationPolicy {
  const keep = (field: ExplicitField) => explicit.has(field);
  const source = rule.source;
  const sourceFromFile = source !== undefined && !keep('expectedSourceRepository') && !keep('expectedOwner');
  const pins = sourceFromFile ? sourcePinsOf(base, source) : base;
  return {
    ...base,
    expectedBuilderIds:
      keep('expectedBuilderIds') || rule['builder-ids'].length === 0
        ? base.expectedBuilderIds
        : rule['builder-ids'],
    expectedSourceRepository: pins.expectedSourceRepository,
    expectedOwner: pins.expectedOwner,
    expectedRepositoryId: keep('expectedRepositoryId')
      ? base.expectedRepositoryId
      : pins.expectedRepositoryId,
    denySelfHostedRunners: keep('denySelfHostedRunners')
      ? base.denySelfHostedRunners
      : rule.runner === 'github-hosted',
    expectedBuilderFamilies: rule.builders,
    requiredBuildLevel: rule['slsa-level'] ?? null,
    tagPattern: rule.tags ?? null,
    override: assertOverrideAllowed(rule, base.override, base.now),
  };
}

type SourcePins = Pick<
  VerificationPolicy,
  'expectedSourceRepository' | 'expectedOwner' | 'expectedRepositoryId'
>;

/** A rule's source as the policy pins it: a repository (with its ID) or an owner, never both. */
function sourcePinsOf(base: VerificationPolicy, source: NonNullable<PolicyRule['source']>): SourcePins {
  if ('owner' in source)
    return { expectedSourceRepository: null, expectedOwner: source.owner, expectedRepositoryId: null };
  return {
    expectedSourceRepository: source.repository,
    expectedOwner: null,
    expectedRepositoryId: source['repository-id'] ?? sameRepositoryId(base, source.repository),
  };
}

/** The inputs' repository ID still holds when the rule names the same repository. */
function sameRepositoryId(base: VerificationPolicy, repository: string): string | null {
  return base.expectedSourceRepository?.toLowerCase() === repository.toLowerCase()
    ? base.expectedRepositoryId
    : null;
}

/** The governance-override rules are the reviewed file's: inputs cannot loosen them, only use them. */
export function assertOverrideAllowed(
  rule: PolicyRule,
  override: PredicateOverride | null,
  now: Date,
): PredicateOverride | null {
  if (override === null) return null;
  const rules = rule.override;
  if (!rules?.['allow-slsa-v0.2']) {
    throw new GuardError(
      'input_invalid',
      `the policy file allows no governance override for ${rule.match.join(', ')} (override.allow-slsa-v0.2)`,
    );
  }
  if (rules.approvers.length > 0 && !rules.approvers.includes(override.approver)) {
    throw new GuardError(
      'input_invalid',
      `override approver ${override.approver} is not one of the policy's approvers (${rules.approvers.join(', ')})`,
    );
  }
  const days = (override.expiresAt.getTime() - now.getTime()) / 86_400_000;
  if (days > rules['max-days']) {
    throw new GuardError(
      'input_invalid',
      `the override runs ${counted(Math.ceil(days), 'day')}; the policy allows at most ${rules['max-days']} (override.max-days)`,
    );
  }
  return override;
}
