import type { ManifestEvent } from './events.js';
import { entryKey, type EntryStatus, type Manifest, type ManifestEntry } from './schema.js';
import { TRANSITIONS } from './transitions.js';
import { applyEffects } from './effects.js';
import { canonicalJson, verdictDigest } from './verdict-facts.js';
import { takesOver } from './claims.js';

/** A claim older than this belongs to a notifier that died: another may take over. */
export const NOTIFY_CLAIM_TTL_MS = 10 * 60_000;
/** How far two runners' clocks may disagree: a claim dated later than that is not taken as live. */
const CLOCK_TOLERANCE_MS = 60_000;

export type ApplyResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly changed: boolean; readonly message: string }
  | { readonly ok: false; readonly reason: string };

/** Pure: manifest + event → new manifest, a no-op that says why, or a refusal. */
export function applyEvent(manifest: Manifest, event: ManifestEvent): ApplyResult {
  const key = entryKey(event);
  const index = manifest.entries.findIndex((entry) => entryKey(entry) === key);
  const current = index >= 0 ? manifest.entries[index]! : null;
  const noop = (message: string): ApplyResult => ({ ok: true, manifest, changed: false, message });

  // Claims are told apart by their id, not by who and when: the claim guards below handle them.
  if (
    !('claim_id' in event) &&
    current?.history.some(
      (h) =>
        h.event === event.event &&
        h.at === event.at &&
        h.actor === event.actor &&
        h.run_attempt === event.run_attempt,
    )
  ) {
    return noop(`${event.event} at ${event.at} is already recorded`);
  }
  const guard = idempotencyGuard(current, event);
  if (guard) return noop(guard);

  const transition = TRANSITIONS[event.event];
  const from: EntryStatus | 'absent' = current?.status ?? 'absent';
  if (!transition.from.includes(from)) {
    return {
      ok: false,
      reason: `${event.event} is not allowed for tag ${event.tag} run ${event.run_id} in status ${from}`,
    };
  }
  const base = current ?? newEntry(event);
  const to = transition.to === 'same' ? base.status : transition.to;
  const effects = applyEffects(base, event);
  if (!effects.ok) return effects;
  const entry: ManifestEntry = {
    ...effects.entry,
    status: to,
    run_attempt: Math.max(base.run_attempt, event.run_attempt),
    history: [
      ...base.history,
      {
        at: event.at,
        event: event.event,
        actor: event.actor,
        run_id: event.run_id,
        run_attempt: event.run_attempt,
        from: current ? current.status : null,
        to,
        reason: event.reason ?? null,
        ...(effects.entry.verdict && (event.event === 'validated' || event.event === 'rerun_succeeded')
          ? { verdict_sha256: verdictDigest(effects.entry.verdict) }
          : {}),
        ...(event.event === 'verdict_signed'
          ? { verdict_sha256: event.verdict_sha256, signature: event.signature }
          : {}),
        ...('claim_id' in event && event.claim_id ? { claim_id: event.claim_id } : {}),
        ...(event.event === 'post_attempted' || event.event === 'post_refused'
          ? { channel: event.channel }
          : {}),
      },
    ],
  };
  const entries =
    index >= 0 ? manifest.entries.map((e, i) => (i === index ? entry : e)) : [...manifest.entries, entry];
  return {
    ok: true,
    manifest: { ...manifest, entries },
    changed: true,
    message: `${event.event}: ${from} → ${to}`,
  };
}

/** The guards that make notification and reruns idempotent across retries and reruns. */
function idempotencyGuard(current: ManifestEntry | null, event: ManifestEvent): string | null {
  if (current === null) return null;
  if (event.event === 'issue_opened' && current.issue_number !== null) {
    return `issue #${current.issue_number} is already recorded for tag ${event.tag} run ${event.run_id}; not notifying twice`;
  }
  if (event.event === 'notify_claimed' && current.notify_claim) {
    if (current.notify_claim.id === event.claim_id)
      return `notifier ${event.claim_id} already holds the claim`;
    // Once announced, later notifiers (reruns) may claim: they comment on the issue, never open one.
    const announced = current.issue_number !== null || current.notify_slack;
    const age = Date.parse(event.at) - Date.parse(current.notify_claim.at);
    const live = age >= -CLOCK_TOLERANCE_MS && age < NOTIFY_CLAIM_TTL_MS;
    if (!announced && live && !takesOver(current.notify_claim.id, event.claim_id)) {
      return `notifier ${current.notify_claim.id} is already announcing the failure of tag ${event.tag} run ${event.run_id}`;
    }
  }
  if (event.event === 'notify_released' && current.notify_claim?.id !== event.claim_id) {
    return `notifier ${event.claim_id} holds no claim on tag ${event.tag} run ${event.run_id}`;
  }
  if (event.event === 'post_attempted') {
    // Only the notifier holding the claim now posts: one that lost it (expired, taken over) stops.
    if (current.notify_claim?.id !== event.claim_id)
      return `notifier ${event.claim_id} does not hold the notify claim of tag ${event.tag} run ${event.run_id}`;
    const first = postAttemptOf(current, event.channel);
    if (first !== null) return `${event.channel} was already attempted for this failure by ${first}`;
  }
  if (event.event === 'rerun_started' && current.rerun_in_progress) {
    const held = rerunClaimOf(current);
    if (event.claim_id !== undefined && held === event.claim_id)
      return `rerun claim ${event.claim_id} already holds tag ${event.tag} run ${event.run_id}`;
    if (event.claim_id === undefined || !takesOver(held, event.claim_id))
      return `a rerun of tag ${event.tag} run ${event.run_id} is already in progress`;
  }
  if (
    event.event === 'verdict_signed' &&
    current.history.some(
      (h) => h.event === 'verdict_signed' && canonicalJson(h.signature) === canonicalJson(event.signature),
    )
  )
    return `this signature of tag ${event.tag} run ${event.run_id} is already recorded`;
  if (event.event === 'validated' && current.status === 'success')
    return `tag ${event.tag} run ${event.run_id} is already verified`;
  if (
    event.event === 'failed' &&
    current.status === 'failure' &&
    current.failure_reason === event.failure_reason
  ) {
    return `the failure of tag ${event.tag} run ${event.run_id} is already recorded`;
  }
  return null;
}

/** The claim id of the rerun in progress: the one its `rerun_started` step recorded; null when none is. */
export function rerunClaimOf(entry: ManifestEntry): string | null {
  if (!entry.rerun_in_progress) return null;
  return entry.history.findLast((step) => step.event === 'rerun_started')?.claim_id ?? null;
}

/**
 * Who attempted a post on `channel` for this failure that may have been delivered (its claim id), or null
 * when nobody has: an attempt followed by its `post_refused` was certainly not delivered and blocks nothing.
 */
export function postAttemptOf(entry: ManifestEntry | null, channel: 'slack' | 'summary'): string | null {
  const steps = entry?.history.filter((h) => h.channel === channel) ?? [];
  const refused = new Set(steps.filter((h) => h.event === 'post_refused').map((h) => h.claim_id));
  const standing = steps.find((h) => h.event === 'post_attempted' && !refused.has(h.claim_id));
  return standing ? (standing.claim_id ?? '(unknown)') : null;
}

function newEntry(event: ManifestEvent): ManifestEntry {
  return {
    tag: event.tag,
    run_id: event.run_id,
    run_attempt: event.run_attempt,
    artifact_url: null,
    status: 'pending',
    verified_at: null,
    failure_reason: null,
    notify_claim: null,
    notify_slack: false,
    slack_retry: 0,
    issue_number: null,
    requeue: false,
    requeue_reason: null,
    rerun_in_progress: false,
    governance_flag: null,
    override: null,
    verdict: null,
    notes: [],
    history: [],
  };
}
