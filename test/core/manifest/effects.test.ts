import { describe, expect, it } from 'vitest';
import { applyEvent, toVerdictFacts, type ManifestEntry } from '../../../src/core/manifest/index.js';
import { entryOf, eventAt, manifestOf, provenanceWith, RUN, TAG } from './support.js';

const T = '2026-11-25T12:00:00.000Z';
const DAY = 86_400_000;
const FACTS = toVerdictFacts(provenanceWith());
const LIVE_OVERRIDE = {
  reason: 'legacy line',
  approver: 'gov',
  granted_at: '2026-11-25T00:00:00.000Z',
  expires_at: '2026-11-26T00:00:00.000Z',
  revoked_at: null,
};

/** The entry after one event at T, without its history (the apply tests pin that). */
function after(entry: ManifestEntry, payload: Record<string, unknown>): Omit<ManifestEntry, 'history'> {
  const result = applyEvent(manifestOf(entry), eventAt(T, payload));
  if (!result.ok) throw new Error(result.reason);
  expect(result.changed).toBe(true);
  const { history, ...rest } = result.manifest.entries[0]!;
  expect(history).toHaveLength(entry.history.length + 1);
  return rest;
}

const without = ({ history: _history, ...rest }: ManifestEntry) => rest;

describe('what each event records besides status and history', () => {
  const pending = entryOf({
    status: 'pending',
    artifact_url: 'https://old.example/app.tgz',
    failure_reason: 'subject_mismatch',
    requeue: true,
    requeue_reason: 'stale',
    rerun_in_progress: true,
    history: [],
  });
  const inProgress = entryOf({
    status: 'rerun_in_progress',
    artifact_url: 'https://old.example/app.tgz',
    rerun_in_progress: true,
    requeue: false,
    requeue_reason: null,
  });

  it('validated records the verdict and its time, and clears the failure and any requeue or rerun', () => {
    expect(after(pending, { event: 'validated', provenance: provenanceWith() })).toEqual({
      ...without(pending),
      status: 'success',
      verdict: FACTS,
      verified_at: T,
      failure_reason: null,
      requeue: false,
      requeue_reason: null,
      rerun_in_progress: false,
    });
  });

  it.each([
    ['a new artifact_url replaces the old', 'https://new.example/app.tgz', 'https://new.example/app.tgz'],
    ['an empty artifact_url keeps the old', '', 'https://old.example/app.tgz'],
    ['a null artifact_url keeps the old', null, 'https://old.example/app.tgz'],
  ])('validated: %s', (_label, artifactUrl, recorded) => {
    const entry = after(pending, {
      event: 'validated',
      provenance: provenanceWith(),
      artifact_url: artifactUrl,
    });
    expect(entry.artifact_url).toBe(recorded);
  });

  it('rerun_succeeded records the verdict and clears the failure, keeping the artifact_url', () => {
    expect(
      after(inProgress, { event: 'rerun_succeeded', provenance: provenanceWith(), run_attempt: 2 }),
    ).toEqual({
      ...without(inProgress),
      status: 'success',
      run_attempt: 2,
      verdict: FACTS,
      verified_at: T,
      failure_reason: null,
      requeue: false,
      requeue_reason: null,
      rerun_in_progress: false,
    });
  });

  it.each([
    ['its reason', 'the digest differs', 'the digest differs'],
    ['the failure code without a reason', null, 'builder_mismatch'],
  ])('failed records the failure and requeues it with %s', (_label, reason, requeueReason) => {
    const fresh = entryOf({
      status: 'pending',
      failure_reason: null,
      requeue: false,
      requeue_reason: null,
      history: [],
    });
    expect(after(fresh, { event: 'failed', failure_reason: 'builder_mismatch', reason })).toEqual({
      ...without(fresh),
      status: 'failure',
      failure_reason: 'builder_mismatch',
      requeue: true,
      requeue_reason: requeueReason,
    });
  });

  it.each([
    ['a new artifact_url replaces the old', 'https://new.example/app.tgz', 'https://new.example/app.tgz'],
    ['an empty artifact_url keeps the old', '', 'https://old.example/app.tgz'],
    ['no artifact_url keeps the old', undefined, 'https://old.example/app.tgz'],
  ])('failed: %s', (_label, artifactUrl, recorded) => {
    const entry = after(pending, {
      event: 'failed',
      failure_reason: 'builder_mismatch',
      artifact_url: artifactUrl,
    });
    expect(entry.artifact_url).toBe(recorded);
  });

  it.each([
    ['its reason', 'still wrong', 'still wrong'],
    ['the failure code without a reason', undefined, 'source_mismatch'],
  ])('rerun_failed ends the rerun and requeues it with %s', (_label, reason, requeueReason) => {
    expect(
      after(inProgress, { event: 'rerun_failed', failure_reason: 'source_mismatch', run_attempt: 2, reason }),
    ).toEqual({
      ...without(inProgress),
      status: 'failure',
      run_attempt: 2,
      failure_reason: 'source_mismatch',
      rerun_in_progress: false,
      requeue: true,
      requeue_reason: requeueReason,
    });
  });

  it('notify_claimed records who holds the claim and since when', () => {
    const failure = entryOf();
    expect(after(failure, { event: 'notify_claimed', claim_id: 'notifier-1' })).toEqual({
      ...without(failure),
      notify_claim: { id: 'notifier-1', at: T },
    });
  });

  it('notify_released clears the claim', () => {
    const claimed = entryOf({ notify_claim: { id: 'notifier-1', at: '2026-11-25T11:00:00.000Z' } });
    expect(after(claimed, { event: 'notify_released', claim_id: 'notifier-1' })).toEqual({
      ...without(claimed),
      notify_claim: null,
    });
  });

  it.each([
    [
      'delivered, first try',
      true,
      { notify_slack: false, slack_retry: 0 },
      { notify_slack: true, slack_retry: 0 },
    ],
    [
      'delivered, on the retry',
      true,
      { notify_slack: false, slack_retry: 1 },
      { notify_slack: true, slack_retry: 1 },
    ],
    [
      'not delivered',
      false,
      { notify_slack: false, slack_retry: 0 },
      { notify_slack: false, slack_retry: 1 },
    ],
    [
      'not delivered after a delivery',
      false,
      { notify_slack: true, slack_retry: 0 },
      { notify_slack: false, slack_retry: 1 },
    ],
  ] as const)('notified, Slack %s', (_label, delivered, before, recorded) => {
    const entry = entryOf(before);
    expect(after(entry, { event: 'notified', slack_delivered: delivered })).toEqual({
      ...without(entry),
      ...recorded,
    });
  });

  it('issue_opened records the issue number', () => {
    const failure = entryOf();
    expect(after(failure, { event: 'issue_opened', issue_number: 9 })).toEqual({
      ...without(failure),
      issue_number: 9,
    });
  });

  it('escalated appends its note, cut to 500 characters', () => {
    const noted = entryOf({ notes: ['first'] });
    expect(after(noted, { event: 'escalated', note: 'x'.repeat(501) })).toEqual({
      ...without(noted),
      notes: ['first', 'x'.repeat(500)],
    });
  });

  it.each([
    [
      'requeued sets requeue',
      entryOf({ requeue: false }),
      { event: 'requeued' },
      { status: 'requeued', requeue: true },
    ],
    [
      'rerun_started marks the rerun in progress',
      entryOf({ status: 'requeued' }),
      { event: 'rerun_started' },
      { status: 'rerun_in_progress', rerun_in_progress: true },
    ],
    [
      'rerun_not_started ends the rerun and requeues',
      entryOf({ status: 'rerun_in_progress', rerun_in_progress: true, requeue: false }),
      { event: 'rerun_not_started' },
      { status: 'requeued', rerun_in_progress: false, requeue: true },
    ],
    [
      'blocked ends the rerun and any requeue',
      entryOf({ status: 'rerun_in_progress', rerun_in_progress: true, requeue: true }),
      { event: 'blocked' },
      { status: 'blocked', rerun_in_progress: false, requeue: false },
    ],
    [
      'rolled_back flags the rollback',
      entryOf({ status: 'success', failure_reason: null, requeue: false, requeue_reason: null }),
      { event: 'rolled_back' },
      { status: 'rollback', governance_flag: 'rollback' },
    ],
  ] as const)('%s', (_label, entry, payload, changes) => {
    expect(after(entry, payload)).toEqual({ ...without(entry), ...changes });
  });
});

describe('override_granted', () => {
  const grant = (override: Record<string, unknown>) => ({
    event: 'override_granted',
    override: { reason: 'legacy line', approver: 'gov', ...override },
  });
  const expiresIn = (ms: number) => new Date(Date.parse(T) + ms).toISOString();

  it.each([
    [null, 'override'],
    ['override', 'override'],
    ['rollback', 'rollback'],
  ] as const)('over governance_flag %s records the override and flags %s', (flag, recorded) => {
    const entry = entryOf({ governance_flag: flag });
    expect(after(entry, grant({ expires_at: expiresIn(DAY), granted_by_run: 555 }))).toEqual({
      ...without(entry),
      governance_flag: recorded,
      override: {
        reason: 'legacy line',
        approver: 'gov',
        granted_at: T,
        expires_at: expiresIn(DAY),
        revoked_at: null,
        granted_by_run: 555,
      },
    });
  });

  it('replaces an earlier override and leaves granted_by_run out when no run granted it', () => {
    const entry = entryOf({ override: { ...LIVE_OVERRIDE, granted_by_run: 1 }, governance_flag: 'override' });
    const { override } = after(entry, grant({ expires_at: expiresIn(7 * DAY) }));
    expect(override).toStrictEqual({
      reason: 'legacy line',
      approver: 'gov',
      granted_at: T,
      expires_at: expiresIn(7 * DAY),
      revoked_at: null,
    });
  });

  it.each([
    [
      '7 days and one millisecond',
      7 * DAY + 1,
      `expires more than 7 days after ${T}: overrides are time-bound`,
    ],
    ['at its grant', 0, `expires_at ${T} is not after ${T}`],
  ])('refuses an override expiring %s after its grant, changing nothing', (_label, span, problem) => {
    const manifest = manifestOf(entryOf());
    expect(applyEvent(manifest, eventAt(T, grant({ expires_at: expiresIn(span) })))).toEqual({
      ok: false,
      reason: `override for tag ${TAG} run ${RUN}: ${problem}`,
    });
  });
});

describe('override_revoked', () => {
  it('stamps the live override with the revocation time', () => {
    const entry = entryOf({ override: LIVE_OVERRIDE, governance_flag: 'override' });
    expect(after(entry, { event: 'override_revoked' })).toEqual({
      ...without(entry),
      override: { ...LIVE_OVERRIDE, revoked_at: T },
    });
  });

  it.each([
    ['no override', null],
    ['an override already revoked', { ...LIVE_OVERRIDE, revoked_at: '2026-11-25T06:00:00.000Z' }],
  ])('is refused for an entry with %s', (_label, override) => {
    const manifest = manifestOf(entryOf({ override }));
    expect(applyEvent(manifest, eventAt(T, { event: 'override_revoked' }))).toEqual({
      ok: false,
      reason: `no live override to revoke for tag ${TAG} run ${RUN}`,
    });
  });
});
