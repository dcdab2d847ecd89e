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

/**
 * The notify claim is the one its last `notify_claimed` step made (none after a `notify_released`), and the
 * rerun flag is set exactly while the status is `rerun_in_progress`: a claim cannot be written into the file
 * to silence notifiers or stall recoveries.
 */
export function lintClaims(entry: ManifestEntry): LintViolation[] {
  const found: LintViolation[] = [];
  const last = entry.history.findLast((h) => h.event === 'notify_claimed' || h.event === 'notify_released');
  const claim = entry.notify_claim;
  const recorded =
    last?.event === 'notify_claimed' &&
    claim !== null &&
    last.at === claim.at &&
    (last.claim_id === undefined || last.claim_id === claim.id);
  if (claim === null ? last?.event === 'notify_claimed' : !recorded)
    found.push(
      violation(
        'claim_unrecorded',
        entry,
        `notify_claim is ${claim === null ? 'empty' : `${claim.id} at ${claim.at}`}, but the last notify step is ${last ? `${last.event} at ${last.at}` : 'none'}; a claim changes only with a notify_claimed or notify_released step`,
      ),
    );
  if (entry.rerun_in_progress !== (entry.status === 'rerun_in_progress'))
    found.push(
      violation(
        'claim_unrecorded',
        entry,
        `rerun_in_progress is ${entry.rerun_in_progress} while the status is ${entry.status}; the flag changes only with the rerun events`,
      ),
    );
  return found;
}
