import { entryKey, type Manifest, type ManifestEntry } from './schema.js';
import { isLegalStatusChange } from './transitions.js';
import { overrideWindowProblem } from './override-window.js';

export const LINT_RULES = [
  'schema', 'entry_removed', 'history_rewritten', 'illegal_transition', 'override_invalid', 'issue_number_changed', 'success_incomplete',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintViolation {
  readonly rule: LintRule;
  readonly tag: string | null;
  readonly run_id: number | null;
  readonly message: string;
}

/** Governance rules for a manifest change: nothing is lost, history only grows, every step is legal. */
export function lintManifest(head: Manifest, base: Manifest | null, now: Date): LintViolation[] {
  const baseEntries = new Map((base?.entries ?? []).map((entry) => [entryKey(entry), entry]));
  const headKeys = new Set(head.entries.map(entryKey));
  const removed = [...baseEntries.values()].filter((entry) => !headKeys.has(entryKey(entry))).map((entry) => violation('entry_removed', entry,
    'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)'));
  return [...removed, ...head.entries.flatMap((entry) => lintEntry(entry, baseEntries.get(entryKey(entry)) ?? null, now))];
}

function lintEntry(entry: ManifestEntry, before: ManifestEntry | null, now: Date): LintViolation[] {
  return [...lintAgainstBase(entry, before), ...lintHistory(entry), ...lintOverride(entry, before, now), ...lintSuccess(entry)];
}

function lintAgainstBase(entry: ManifestEntry, before: ManifestEntry | null): LintViolation[] {
  if (before === null) return [];
  const found: LintViolation[] = [];
  const prefixKept = before.history.every((item, i) => JSON.stringify(item) === JSON.stringify(entry.history[i]));
  // With the base history kept, lintHistory proves every later step legal, so the status path is too.
  if (!prefixKept) found.push(violation('history_rewritten', entry, 'history entries were changed or removed; history is append-only: restore the base history and append'));
  if (before.issue_number !== null && entry.issue_number !== before.issue_number) {
    found.push(violation('issue_number_changed', entry, `issue_number changed from ${before.issue_number} to ${entry.issue_number}; once set it never changes (comment on the existing issue instead)`));
  }
  return found;
}

function lintHistory(entry: ManifestEntry): LintViolation[] {
  let previous: ManifestEntry['status'] | null = null;
  for (const step of entry.history) {
    if (step.from !== previous || !isLegalStatusChange(step.from, step.to)) {
      return [violation('illegal_transition', entry, `history step ${step.event} goes ${step.from ?? '(new)'} → ${step.to} after ${previous ?? '(new)'}; it is not a legal transition`)];
    }
    previous = step.to;
  }
  return previous === entry.status ? [] : [violation('illegal_transition', entry, `status ${entry.status} is not where the history ends (${previous}); status changes only through recorded events`)];
}

function lintOverride(entry: ManifestEntry, before: ManifestEntry | null, now: Date): LintViolation[] {
  const override = entry.override;
  if (override === null) {
    return entry.governance_flag === 'override' ? [violation('override_invalid', entry, 'governance_flag is override but no override is recorded: record reason, approver and expires_at')] : [];
  }
  const problem = overrideWindowProblem(new Date(override.granted_at), new Date(override.expires_at));
  if (problem) return [violation('override_invalid', entry, `override ${problem}`)];
  const isNew = JSON.stringify(before?.override ?? null) !== JSON.stringify(override);
  if (isNew && override.revoked_at === null && Date.parse(override.expires_at) <= now.getTime()) {
    return [violation('override_invalid', entry, `the override added here already expired at ${override.expires_at}; grant a new one with a future expires_at`)];
  }
  return [];
}

function lintSuccess(entry: ManifestEntry): LintViolation[] {
  if (entry.status !== 'success') return [];
  const verdict = entry.verdict;
  const missing = [
    entry.verified_at === null ? 'verified_at' : null,
    verdict === null ? 'verdict' : null,
    verdict && verdict.builder_id === '' ? 'builder_id' : null,
    verdict && verdict.subjects.length === 0 ? 'subjects' : null,
    verdict && verdict.source_commit === null ? 'source_commit' : null,
  ].filter((field): field is string => field !== null);
  return missing.length === 0 ? [] : [violation('success_incomplete', entry, `a success entry must carry ${missing.join(', ')}; only a verified provenance can be recorded as success`)];
}

function violation(rule: LintRule, entry: ManifestEntry, message: string): LintViolation {
  return { rule, tag: entry.tag, run_id: entry.run_id, message };
}
