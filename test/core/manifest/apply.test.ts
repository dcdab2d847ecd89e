import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyManifest,
  ENTRY_STATUSES,
  EVENT_NAMES,
  ManifestSchema,
  TRANSITIONS,
  verdictDigest,
  type EntryStatus,
  type Manifest,
  type ManifestEvent,
} from '../../../src/core/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

/** The shortest event path from nothing to each status. */
const PATHS: Record<EntryStatus | 'absent', ManifestEvent['event'][]> = {
  absent: [],
  pending: [],
  success: ['validated'],
  failure: ['failed'],
  requeued: ['failed', 'requeued'],
  rerun_in_progress: ['failed', 'requeued', 'rerun_started'],
  blocked: ['failed', 'blocked'],
  rollback: ['validated', 'rolled_back'],
};

function reach(status: EntryStatus | 'absent'): Manifest {
  return PATHS[status].reduce((manifest, name) => {
    const result = applyEvent(manifest, manifestEvent(name));
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, emptyManifest());
}

const STARTS = ENTRY_STATUSES.filter((s) => s !== 'pending').concat([]) as (EntryStatus | 'absent')[];
STARTS.unshift('absent');

describe('the manifest status machine: every event from every status', () => {
  const table = STARTS.flatMap((from) => EVENT_NAMES.map((event) => [from, event] as const));
  it.each(table)('from %s, %s', (from, event) => {
    const result = applyEvent(reach(from), manifestEvent(event));
    const transition = TRANSITIONS[event];
    // Revoking needs a granted override, which none of these paths has.
    const legal = transition.from.includes(from) && event !== 'override_revoked';
    // Releasing a notify claim needs a held claim, which none of these paths has: it changes nothing.
    const idempotentNoop =
      (event === 'validated' && from === 'success') ||
      (event === 'failed' && from === 'failure') ||
      (event === 'rerun_started' && from === 'rerun_in_progress') ||
      (event === 'notify_released' && from !== 'absent');
    if (idempotentNoop) {
      expect(result).toMatchObject({ ok: true, changed: false });
      return;
    }
    expect(result.ok, result.ok ? '' : result.reason).toBe(legal);
    if (!result.ok) {
      expect(result.reason).toMatch(new RegExp(`${event} is not allowed|no live override`));
      return;
    }
    const entry = result.manifest.entries[0]!;
    expect(entry.status).toBe(transition.to === 'same' ? from : transition.to);
    expect(entry.history.at(-1)).toMatchObject({
      event,
      from: from === 'absent' ? null : from,
      to: entry.status,
    });
    expect(ManifestSchema.safeParse(result.manifest).success).toBe(true);
  });
});

describe('guards and effects', () => {
  it('records a verified success with its facts, and refuses success → requeued', () => {
    const success = reach('success');
    expect(success.entries[0]).toMatchObject({
      status: 'success',
      verdict: { builder_id: expect.stringContaining('release.yml'), source_commit: 'a'.repeat(40) },
      failure_reason: null,
    });
    expect(applyEvent(success, manifestEvent('requeued')).ok).toBe(false);
  });

  it('a failure sets requeue with its reason', () => {
    expect(reach('failure').entries[0]).toMatchObject({
      failure_reason: 'subject_mismatch',
      requeue: true,
      requeue_reason: 'subject_mismatch',
    });
  });

  it('never changes issue_number: a second issue_opened is a no-op that says so', () => {
    const opened = applyEvent(reach('failure'), manifestEvent('issue_opened', { issue_number: 7 }));
    if (!opened.ok) throw new Error(opened.reason);
    const again = applyEvent(opened.manifest, manifestEvent('issue_opened', { issue_number: 8 }));
    expect(again).toMatchObject({
      ok: true,
      changed: false,
      message: expect.stringMatching(/issue #7 is already recorded/),
    });
    expect(again.ok && again.manifest.entries[0]!.issue_number).toBe(7);
  });

  it('a second rerun while one is in progress is a no-op that says so', () => {
    const result = applyEvent(reach('rerun_in_progress'), manifestEvent('rerun_started'));
    expect(result).toMatchObject({
      ok: true,
      changed: false,
      message: expect.stringMatching(/already in progress/),
    });
  });

  it('blocked does not become success without a new run', () => {
    expect(applyEvent(reach('blocked'), manifestEvent('rerun_succeeded')).ok).toBe(false);
    expect(applyEvent(reach('blocked'), manifestEvent('validated')).ok).toBe(false);
    const newRun = applyEvent(reach('blocked'), manifestEvent('validated', { run_id: 101 }));
    expect(newRun.ok && newRun.manifest.entries.map((e) => [e.run_id, e.status])).toEqual([
      [100, 'blocked'],
      [101, 'success'],
    ]);
  });

  it('replaying the same event (a write whose answer was lost) changes nothing', () => {
    const event = manifestEvent('failed');
    const first = applyEvent(emptyManifest(), event);
    if (!first.ok) throw new Error(first.reason);
    expect(applyEvent(first.manifest, event)).toMatchObject({ ok: true, changed: false });
  });

  it('notified with delivered false records slack_retry=1', () => {
    const result = applyEvent(reach('failure'), manifestEvent('notified', { slack_delivered: false }));
    expect(result.ok && result.manifest.entries[0]).toMatchObject({ notify_slack: false, slack_retry: 1 });
  });

  it('rollback sets governance_flag=rollback', () => {
    expect(reach('rollback').entries[0]).toMatchObject({ status: 'rollback', governance_flag: 'rollback' });
  });

  it('overrides are time-bound and revocable once', () => {
    const tooLong = manifestEvent('override_granted', {
      override: { reason: 'r', approver: 'a', expires_at: '2027-01-01T00:00:00Z' },
    });
    expect(applyEvent(reach('failure'), tooLong)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/more than 7 days/),
    });
    const granted = applyEvent(reach('failure'), manifestEvent('override_granted'));
    if (!granted.ok) throw new Error(granted.reason);
    expect(granted.manifest.entries[0]).toMatchObject({
      governance_flag: 'override',
      override: { approver: 'gov', revoked_at: null },
    });
    const revoked = applyEvent(granted.manifest, manifestEvent('override_revoked'));
    if (!revoked.ok) throw new Error(revoked.reason);
    expect(revoked.manifest.entries[0]!.override?.revoked_at).not.toBeNull();
    expect(applyEvent(revoked.manifest, manifestEvent('override_revoked')).ok).toBe(false);
  });

  it('events for an unknown (tag, run) other than a verdict are refused', () => {
    expect(applyEvent(emptyManifest(), manifestEvent('issue_opened')).ok).toBe(false);
  });
});

describe('the notify claim', () => {
  const claim = (id: string, at: string) => manifestEvent('notify_claimed', { claim_id: id, at });
  const claimed = () => {
    const result = applyEvent(reach('failure'), claim('a', '2026-11-25T12:00:00Z'));
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  };

  it('lets one notifier announce a failure; another is told it is taken', () => {
    expect(applyEvent(claimed(), claim('b', '2026-11-25T12:01:00Z'))).toMatchObject({
      ok: true,
      changed: false,
      message: expect.stringMatching(/notifier a is already announcing/),
    });
    expect(applyEvent(claimed(), claim('a', '2026-11-25T12:01:00Z'))).toMatchObject({
      ok: true,
      changed: false,
      message: expect.stringMatching(/already holds/),
    });
  });

  it('expires, so a notifier that died does not block the failure forever', () => {
    const later = applyEvent(claimed(), claim('b', '2026-11-25T12:11:00Z'));
    expect(later).toMatchObject({ ok: true, changed: true });
    expect(later.ok && later.manifest.entries[0]!.notify_claim?.id).toBe('b');
  });

  it('is open again once the failure was announced (a rerun comments on the issue)', () => {
    const announced = applyEvent(claimed(), manifestEvent('issue_opened', { issue_number: 9 }));
    if (!announced.ok) throw new Error(announced.reason);
    expect(applyEvent(announced.manifest, claim('b', '2026-11-25T12:01:00Z'))).toMatchObject({
      ok: true,
      changed: true,
    });
  });
});

describe('compensations and recorded verdicts', () => {
  it('rerun_not_started returns a claimed rerun to requeued, so recover can run again', () => {
    const undone = applyEvent(reach('rerun_in_progress'), manifestEvent('rerun_not_started'));
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.manifest.entries[0]).toMatchObject({
      status: 'requeued',
      rerun_in_progress: false,
      requeue: true,
    });
    expect(applyEvent(undone.manifest, manifestEvent('rerun_started'))).toMatchObject({
      ok: true,
      changed: true,
    });
  });

  it("notify_released gives back only the releasing notifier's claim", () => {
    const claimed = applyEvent(reach('failure'), manifestEvent('notify_claimed', { claim_id: 'a' }));
    if (!claimed.ok) throw new Error(claimed.reason);
    expect(applyEvent(claimed.manifest, manifestEvent('notify_released', { claim_id: 'b' }))).toMatchObject({
      ok: true,
      changed: false,
    });
    const released = applyEvent(claimed.manifest, manifestEvent('notify_released', { claim_id: 'a' }));
    expect(released.ok && released.manifest.entries[0]!.notify_claim).toBeNull();
  });

  it('validated and rerun_succeeded steps carry the digest of the verdict they recorded', () => {
    const entry = reach('success').entries[0]!;
    expect(entry.history[0]!.verdict_sha256).toBe(verdictDigest(entry.verdict!));
    expect(reach('failure').entries[0]!.history[0]).not.toHaveProperty('verdict_sha256');
  });
});
