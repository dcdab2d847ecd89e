import type { EntryStatus, EventName } from './schema.js';

type From = EntryStatus | 'absent';
/**
 * Where a failure can be announced: a failed entry, and a verified one whose release failed after the
 * verification (publishing, the release's own validation, the verification summary).
 */
const ANNOUNCEABLE: From[] = ['failure', 'requeued', 'rerun_in_progress', 'blocked', 'success'];
const ANY_ENTRY: From[] = [
  'pending',
  'success',
  'failure',
  'requeued',
  'rerun_in_progress',
  'blocked',
  'rollback',
];

/**
 * The status machine: from which statuses an event may be applied and where it leads (`same`: the status does
 * not change). Everything not listed is refused. `rerun_not_started` and `notify_released` are compensations:
 * they undo a claim whose effect failed, so the operation can be retried.
 */
export const TRANSITIONS: Readonly<
  Record<EventName, { readonly from: readonly From[]; readonly to: EntryStatus | 'same' }>
> = {
  validated: { from: ['absent', 'pending'], to: 'success' },
  failed: { from: ['absent', 'pending'], to: 'failure' },
  notify_claimed: { from: ANNOUNCEABLE, to: 'same' },
  notify_released: { from: ANNOUNCEABLE, to: 'same' },
  post_attempted: { from: ANNOUNCEABLE, to: 'same' },
  post_refused: { from: ANNOUNCEABLE, to: 'same' },
  notified: { from: ANNOUNCEABLE, to: 'same' },
  issue_opened: { from: ANNOUNCEABLE, to: 'same' },
  escalated: { from: ANNOUNCEABLE, to: 'same' },
  requeued: { from: ['failure'], to: 'requeued' },
  // From rerun_in_progress only when a later attempt of the claiming step takes its claim over (apply.ts).
  rerun_started: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'rerun_in_progress' },
  rerun_not_started: { from: ['rerun_in_progress'], to: 'requeued' },
  rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
  rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
  blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
  rolled_back: { from: ['success'], to: 'rollback' },
  override_granted: { from: ANY_ENTRY, to: 'same' },
  override_revoked: { from: ANY_ENTRY, to: 'same' },
  verdict_signed: { from: ['success'], to: 'same' },
};

/**
 * Where `event` takes an entry in status `from` (null: a new entry), or null when the event cannot apply
 * there.
 */
export function statusAfter(event: EventName, from: EntryStatus | null): EntryStatus | null {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(from ?? 'absent')) return null;
  if (transition.to !== 'same') return transition.to;
  return from;
}

/** The events that may open a new entry. */
export const CREATING_EVENTS: readonly EventName[] = (Object.keys(TRANSITIONS) as EventName[]).filter((e) =>
  TRANSITIONS[e].from.includes('absent'),
);
