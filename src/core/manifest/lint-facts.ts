import type { HistoryEntry, ManifestEntry } from './schema.js';
import { verdictDigest } from './verdict-facts.js';
import { violation, type LintViolation } from './lint-rules.js';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A verdict is the one its `validated`/`rerun_succeeded` step recorded (by digest), and once set it
 * never changes: a success cannot be made by writing a verdict into the file.
 */
export function lintVerdict(entry: ManifestEntry, before: ManifestEntry | null): LintViolation[] {
  const found: LintViolation[] = [];
  const setter = entry.history.filter((h) => h.event === 'validated' || h.event === 'rerun_succeeded').at(-1);
  if (entry.status === 'success' || entry.verdict !== null) {
    if (!setter) {
      found.push(
        violation(
          'success_unverified',
          entry,
          `the entry is ${entry.status} with ${entry.verdict ? 'a verdict' : 'no verdict'} but no validated or rerun_succeeded step; only a verification records a verdict`,
        ),
      );
    } else if (entry.verdict !== null && setter.verdict_sha256 !== verdictDigest(entry.verdict)) {
      found.push(
        violation(
          'success_unverified',
          entry,
          `the verdict is not the one the ${setter.event} step at ${setter.at} recorded (verdict_sha256 ` +
            `${setter.verdict_sha256 ?? 'missing'}, the verdict hashes to ${verdictDigest(entry.verdict)}); restore the recorded verdict`,
        ),
      );
    }
  }
  if (
    before &&
    before.verdict !== null &&
    (!sameJson(before.verdict, entry.verdict) || before.verified_at !== entry.verified_at)
  ) {
    found.push(
      violation(
        'verdict_changed',
        entry,
        `verdict fields changed since the base (set at ${before.verified_at}); a verdict never changes once set: restore it`,
      ),
    );
  }
  return found;
}

/**
 * The override is the one its last `override_granted`/`override_revoked` steps describe, and changes only
 * with a new such step.
 */
export function lintOverrideEvents(entry: ManifestEntry, before: ManifestEntry | null): LintViolation[] {
  const problem = overrideHistoryProblem(entry);
  if (problem)
    return [
      violation(
        'override_unrecorded',
        entry,
        `${problem}; overrides change only through the rollback action's override_grant / override_revoke`,
      ),
    ];
  if (before && !sameJson(before.override, entry.override)) {
    const appended = entry.history.slice(before.history.length);
    if (!appended.some((h) => h.event === 'override_granted' || h.event === 'override_revoked')) {
      return [
        violation(
          'override_unrecorded',
          entry,
          'the override changed since the base with no override_granted or override_revoked step appended; restore it, then grant or revoke through the rollback action',
        ),
      ];
    }
  }
  return [];
}

function overrideHistoryProblem(entry: ManifestEntry): string | null {
  const steps = entry.history.filter((h) => h.event === 'override_granted' || h.event === 'override_revoked');
  const lastGrant = steps.filter((h) => h.event === 'override_granted').at(-1);
  const override = entry.override;
  if (override === null)
    return lastGrant
      ? `an override was granted at ${lastGrant.at} but none is recorded (removed by hand)`
      : null;
  if (!lastGrant) return 'an override is recorded but no override_granted step';
  if (lastGrant.at !== override.granted_at)
    return `the override's granted_at ${override.granted_at} is not the last override_granted step (${lastGrant.at})`;
  const revoke: HistoryEntry | undefined = steps
    .slice(steps.indexOf(lastGrant) + 1)
    .find((h) => h.event === 'override_revoked');
  if (revoke && override.revoked_at === null)
    return `the override was revoked at ${revoke.at} but its revoked_at is empty (un-revoked by hand)`;
  if (!revoke && override.revoked_at !== null)
    return `the override's revoked_at ${override.revoked_at} has no override_revoked step`;
  if (revoke && override.revoked_at !== revoke.at)
    return `the override's revoked_at ${override.revoked_at} is not its override_revoked step (${revoke.at})`;
  return null;
}
