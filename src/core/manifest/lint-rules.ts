import type { ManifestEntry } from './schema.js';

export const LINT_RULES = [
  'schema',
  'entry_removed',
  'history_rewritten',
  'entry_not_created',
  'event_mismatch',
  'illegal_transition',
  'rerun_attempt',
  'success_unverified',
  'verdict_changed',
  'override_unrecorded',
  'override_invalid',
  'issue_number_changed',
  'success_incomplete',
  'claim_unrecorded',
  'verdict_unsigned',
  'verdict_signature_invalid',
  'verdict_signer_mismatch',
  'verdict_signature_replayed',
  'verdict_tag_mismatch',
  'verdict_shared',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintViolation {
  readonly rule: LintRule;
  readonly tag: string | null;
  readonly run_id: number | null;
  readonly message: string;
}

export function violation(rule: LintRule, entry: ManifestEntry, message: string): LintViolation {
  return { rule, tag: entry.tag, run_id: entry.run_id, message };
}
