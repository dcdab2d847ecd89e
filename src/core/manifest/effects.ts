import type { ManifestEvent } from './events.js';
import type { ManifestEntry } from './schema.js';
import { overrideWindowProblem } from './override-window.js';
import { toVerdictFacts, verdictDigest } from './verdict-facts.js';

type EffectResult =
  { readonly ok: true; readonly entry: ManifestEntry } | { readonly ok: false; readonly reason: string };

/** What each event changes in an entry besides its status and history. */
export function applyEffects(entry: ManifestEntry, event: ManifestEvent): EffectResult {
  const done = (changes: Partial<ManifestEntry>): EffectResult => ({
    ok: true,
    entry: { ...entry, ...changes },
  });
  switch (event.event) {
    case 'validated':
    case 'rerun_succeeded':
      return done({
        verdict: toVerdictFacts(event.provenance),
        verified_at: event.at,
        failure_reason: null,
        requeue: false,
        requeue_reason: null,
        rerun_in_progress: false,
        ...('artifact_url' in event && event.artifact_url ? { artifact_url: event.artifact_url } : {}),
      });
    case 'failed':
      return done({
        failure_reason: event.failure_reason,
        requeue: true,
        requeue_reason: event.reason ?? event.failure_reason,
        ...(event.artifact_url ? { artifact_url: event.artifact_url } : {}),
      });
    case 'rerun_failed':
      return done({
        failure_reason: event.failure_reason,
        rerun_in_progress: false,
        requeue: true,
        requeue_reason: event.reason ?? event.failure_reason,
      });
    case 'notify_claimed':
      return done({ notify_claim: { id: event.claim_id, at: event.at } });
    case 'notify_released':
      return done({ notify_claim: null });
    case 'post_attempted':
    case 'post_refused':
      return done({});
    case 'notified':
      return done({
        notify_slack: event.slack_delivered,
        slack_retry: event.slack_delivered ? entry.slack_retry : 1,
      });
    case 'issue_opened':
      return done({ issue_number: event.issue_number });
    case 'escalated':
      return done({ notes: [...entry.notes, event.note.slice(0, 500)] });
    case 'requeued':
      return done({ requeue: true });
    case 'rerun_started':
      return done({ rerun_in_progress: true });
    case 'rerun_not_started':
      return done({ rerun_in_progress: false, requeue: true });
    case 'blocked':
      return done({ rerun_in_progress: false, requeue: false });
    case 'rolled_back':
      return done({ governance_flag: 'rollback' });
    case 'override_granted':
      return grantOverride(entry, event);
    case 'verdict_signed':
      return entry.verdict !== null && verdictDigest(entry.verdict) === event.verdict_sha256
        ? done({})
        : {
            ok: false,
            reason: `the signed verdict is not the verdict of tag ${event.tag} run ${event.run_id}`,
          };
    case 'override_revoked':
      if (!entry.override || entry.override.revoked_at !== null)
        return { ok: false, reason: `no live override to revoke for tag ${event.tag} run ${event.run_id}` };
      return done({ override: { ...entry.override, revoked_at: event.at } });
  }
}

function grantOverride(
  entry: ManifestEntry,
  event: Extract<ManifestEvent, { event: 'override_granted' }>,
): EffectResult {
  const problem = overrideWindowProblem(new Date(event.at), new Date(event.override.expires_at));
  if (problem) return { ok: false, reason: `override for tag ${event.tag} run ${event.run_id}: ${problem}` };
  return {
    ok: true,
    entry: {
      ...entry,
      governance_flag: entry.governance_flag === 'rollback' ? 'rollback' : 'override',
      override: {
        reason: event.override.reason,
        approver: event.override.approver,
        granted_at: event.at,
        expires_at: event.override.expires_at,
        revoked_at: null,
        ...(event.override.granted_by_run === undefined
          ? {}
          : { granted_by_run: event.override.granted_by_run }),
      },
    },
  };
}
