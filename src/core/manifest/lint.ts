import { entryKey, type Manifest, type ManifestEntry } from './schema.js';
import { overrideWindowProblem } from './override-window.js';
import { lintHistory } from './lint-history.js';
import { lintClaims, lintOverrideEvents, lintVerdict } from './lint-facts.js';
import { violation, type LintViolation } from './lint-rules.js';

export * from './lint-rules.js';

/**
 * Governance rules for a manifest change: nothing is lost, history only grows, every step is the
 * event that makes it, and every fact (verdict, override) is backed by the event that set it.
 */
export function lintManifest(head: Manifest, base: Manifest | null, now: Date): LintViolation[] {
  const baseEntries = new Map((base?.entries ?? []).map((entry) => [entryKey(entry), entry]));
  const headKeys = new Set(head.entries.map(entryKey));
  const removed = [...baseEntries.values()]
    .filter((entry) => !headKeys.has(entryKey(entry)))
    .map((entry) =>
      violation(
        'entry_removed',
        entry,
        'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)',
      ),
    );
  return [
    ...removed,
    ...head.entries.flatMap((entry) => lintEntry(entry, baseEntries.get(entryKey(entry)) ?? null, now)),
  ];
}

function lintEntry(entry: ManifestEntry, before: ManifestEntry | null, now: Date): LintViolation[] {
  return [
    ...lintAgainstBase(entry, before),
    ...lintHistory(entry),
    ...lintVerdict(entry, before),
    ...lintOverrideEvents(entry, before),
    ...lintOverride(entry, before, now),
    ...lintSuccess(entry),
    ...lintClaims(entry),
  ];
}

function lintAgainstBase(entry: ManifestEntry, before: ManifestEntry | null): LintViolation[] {
  if (before === null) return [];
  const found: LintViolation[] = [];
  const prefixKept = before.history.every(
    (item, i) => JSON.stringify(item) === JSON.stringify(entry.history[i]),
  );
  if (!prefixKept)
    found.push(
      violation(
        'history_rewritten',
        entry,
        'history entries were changed or removed; history is append-only: restore the base history and append',
      ),
    );
  if (before.issue_number !== null && entry.issue_number !== before.issue_number) {
    found.push(
      violation(
        'issue_number_changed',
        entry,
        `issue_number changed from ${before.issue_number} to ${entry.issue_number}; once set it never changes (comment on the existing issue instead)`,
      ),
    );
  }
  return found;
}

function lintOverride(entry: ManifestEntry, before: ManifestEntry | null, now: Date): LintViolation[] {
  const override = entry.override;
  if (override === null) {
    return entry.governance_flag === 'override'
      ? [
          violation(
            'override_invalid',
            entry,
            'governance_flag is override but no override is recorded: record reason, approver and expires_at',
          ),
        ]
      : [];
  }
  const problem = overrideWindowProblem(new Date(override.granted_at), new Date(override.expires_at));
  if (problem) return [violation('override_invalid', entry, `override ${problem}`)];
  const isNew = JSON.stringify(before?.override ?? null) !== JSON.stringify(override);
  if (isNew && override.revoked_at === null && Date.parse(override.expires_at) <= now.getTime()) {
    return [
      violation(
        'override_invalid',
        entry,
        `the override added here already expired at ${override.expires_at}; grant a new one with a future expires_at`,
      ),
    ];
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
  return missing.length === 0
    ? []
    : [
        violation(
          'success_incomplete',
          entry,
          `a success entry must carry ${missing.join(', ')}; only a verified provenance can be recorded as success`,
        ),
      ];
}
