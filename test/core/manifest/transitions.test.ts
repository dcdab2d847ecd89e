import { describe, expect, it } from 'vitest';
import {
  CREATING_EVENTS,
  ENTRY_STATUSES,
  EVENT_NAMES,
  statusAfter,
  TRANSITIONS,
  type EntryStatus,
  type EventName,
} from '../../../src/core/manifest/index.js';

type From = EntryStatus | null;
const ANNOUNCEABLE: From[] = ['failure', 'requeued', 'rerun_in_progress', 'blocked', 'success'];
const SAME = (froms: From[]) => froms.map((from) => [from, from] as const);

/** Written out by hand: every (from, to) each event may make; anything else is refused. */
const ALLOWED: Record<EventName, (readonly [From, EntryStatus | null])[]> = {
  validated: [
    [null, 'success'],
    ['pending', 'success'],
  ],
  failed: [
    [null, 'failure'],
    ['pending', 'failure'],
  ],
  notify_claimed: SAME(ANNOUNCEABLE),
  notify_released: SAME(ANNOUNCEABLE),
  post_attempted: SAME(ANNOUNCEABLE),
  post_refused: SAME(ANNOUNCEABLE),
  notified: SAME(ANNOUNCEABLE),
  issue_opened: SAME(ANNOUNCEABLE),
  escalated: SAME(ANNOUNCEABLE),
  requeued: [['failure', 'requeued']],
  rerun_started: [
    ['failure', 'rerun_in_progress'],
    ['requeued', 'rerun_in_progress'],
    ['rerun_in_progress', 'rerun_in_progress'],
  ],
  rerun_not_started: [['rerun_in_progress', 'requeued']],
  rerun_succeeded: [['rerun_in_progress', 'success']],
  rerun_failed: [['rerun_in_progress', 'failure']],
  blocked: [
    ['failure', 'blocked'],
    ['requeued', 'blocked'],
    ['rerun_in_progress', 'blocked'],
  ],
  rolled_back: [['success', 'rollback']],
  override_granted: SAME([...ENTRY_STATUSES]),
  override_revoked: SAME([...ENTRY_STATUSES]),
  verdict_signed: [['success', 'success']],
};

const FROMS: From[] = [null, ...ENTRY_STATUSES];
const TABLE = EVENT_NAMES.flatMap((event) =>
  FROMS.map((from) => {
    const allowed = ALLOWED[event].find(([f]) => f === from);
    return [event, from ?? '(new)', allowed ? allowed[1] : null, from] as const;
  }),
);

describe('statusAfter: the status machine, event by status', () => {
  it('covers every event', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it.each(TABLE)('%s from %s leads to %s', (event, _label, expected, from) => {
    expect(statusAfter(event, from)).toBe(expected);
  });
});

describe('TRANSITIONS', () => {
  it('lists, for each event, exactly the statuses it applies to and where it leads', () => {
    const announce = { from: ['failure', 'requeued', 'rerun_in_progress', 'blocked', 'success'], to: 'same' };
    const anyEntry = { from: [...ENTRY_STATUSES], to: 'same' };
    expect(TRANSITIONS).toEqual({
      validated: { from: ['absent', 'pending'], to: 'success' },
      failed: { from: ['absent', 'pending'], to: 'failure' },
      notify_claimed: announce,
      notify_released: announce,
      post_attempted: announce,
      post_refused: announce,
      notified: announce,
      issue_opened: announce,
      escalated: announce,
      requeued: { from: ['failure'], to: 'requeued' },
      rerun_started: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'rerun_in_progress' },
      rerun_not_started: { from: ['rerun_in_progress'], to: 'requeued' },
      rerun_succeeded: { from: ['rerun_in_progress'], to: 'success' },
      rerun_failed: { from: ['rerun_in_progress'], to: 'failure' },
      blocked: { from: ['failure', 'requeued', 'rerun_in_progress'], to: 'blocked' },
      rolled_back: { from: ['success'], to: 'rollback' },
      override_granted: anyEntry,
      override_revoked: anyEntry,
      verdict_signed: { from: ['success'], to: 'same' },
    });
  });

  it('lets only validated and failed open a new entry', () => {
    expect(CREATING_EVENTS).toEqual(['validated', 'failed']);
  });
});
