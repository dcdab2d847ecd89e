import type { EntryStatus, EventName } from './schema.js';

type From = EntryStatus | 'absent';
const ANNOUNCEABLE: From[] = ['failure', 'requeued', 'rerun_in_progress', 'blocked'];
const ANY_ENTRY: From[] = ['pending', 'success', 'failure', 'requeued', 'rerun_in_progress', 'blocked', 'rollback'];

/**
 * The status machine: from which statuses an event may be applied and where it leads (`same`:
 * the status does not change). Everything not listed is refused.
 */
export const TRANSITIONS: Readonly<Record<EventName, { readonly from: readonly From[]; readonly to: EntryStatus | 'same' }>> = {
  validated: { from: ['absent', 'pending'], to: 'success' },
  failed: { from: ['absent', 'pending'], to: 'failure' },
  notify_claimed: { from: ANNOUNCEABLE, to: 'same' },
  notified: { from: ANNOUNCEABLE, to: 'same' },
  issue_opened: { from: ANNOUNCEABLE, to: 'same' },
  escalated: { from: ANNOUNCEABLE, to: 'same' },
  requeued: { from: ['failure'], to: 'requeued' },
  rerun_started: { from: ['failure', 'requeued'], to: 'rerun_in_progress' },
  rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
  rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
  blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
  rolled_back: { from: ['success'], to: 'rollback' },
  override_granted: { from: ANY_ENTRY, to: 'same' },
  override_revoked: { from: ANY_ENTRY, to: 'same' },
};

/** Whether a status change seen between two manifest versions is one the machine can make. */
export function isLegalStatusChange(from: EntryStatus | null, to: EntryStatus): boolean {
  if (from === to) return true;
  const source: From = from ?? 'absent';
  return Object.values(TRANSITIONS).some((t) => t.to === to && t.from.includes(source))
    || (source === 'absent' && to === 'pending');
}
