import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  emptyManifest,
  NOTIFY_CLAIM_TTL_MS,
  rerunClaimOf,
  toVerdictFacts,
  verdictDigest,
  type ManifestEntry,
} from '../../../src/core/manifest/index.js';
import { entryOf, eventAt, manifestOf, provenanceWith, RUN, step, TAG } from './support.js';

const T = '2026-11-25T12:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(T) + ms).toISOString();
const FAILURE_STEP = step('failed', null, 'failure', { at: T });

describe('applyEvent: a recorded change', () => {
  it('opens a new entry with every field at its default, and one history step', () => {
    const result = applyEvent(
      emptyManifest(),
      eventAt(T, {
        event: 'failed',
        failure_reason: 'subject_mismatch',
        reason: 'digest differs',
        run_attempt: 2,
      }),
    );
    expect(result).toStrictEqual({
      ok: true,
      changed: true,
      message: 'failed: absent → failure',
      manifest: {
        schema_version: 1,
        entries: [
          {
            tag: TAG,
            run_id: RUN,
            run_attempt: 2,
            artifact_url: null,
            status: 'failure',
            verified_at: null,
            failure_reason: 'subject_mismatch',
            notify_claim: null,
            notify_slack: false,
            slack_retry: 0,
            issue_number: null,
            requeue: true,
            requeue_reason: 'digest differs',
            rerun_in_progress: false,
            governance_flag: null,
            override: null,
            verdict: null,
            notes: [],
            history: [
              {
                at: T,
                event: 'failed',
                actor: 'release-bot',
                run_id: RUN,
                run_attempt: 2,
                from: null,
                to: 'failure',
                reason: 'digest differs',
              },
            ],
          },
        ],
      },
    });
  });

  it('stamps a validated step with the digest of the verdict it recorded', () => {
    const result = applyEvent(
      emptyManifest(),
      eventAt(T, { event: 'validated', provenance: provenanceWith() }),
    );
    expect(result).toMatchObject({ ok: true, changed: true, message: 'validated: absent → success' });
    expect(result.ok && result.manifest.entries[0]!.history).toStrictEqual([
      {
        ...step('validated', null, 'success', { at: T }),
        verdict_sha256: verdictDigest(toVerdictFacts(provenanceWith())),
      },
    ]);
  });

  it('stamps a rerun_succeeded step with the digest of its verdict', () => {
    const manifest = manifestOf(entryOf({ status: 'rerun_in_progress', rerun_in_progress: true }));
    const result = applyEvent(
      manifest,
      eventAt(T, { event: 'rerun_succeeded', provenance: provenanceWith(), run_attempt: 2 }),
    );
    expect(result.ok && result.manifest.entries[0]!.history.at(-1)).toStrictEqual({
      ...step('rerun_succeeded', 'rerun_in_progress', 'success', { at: T, run_attempt: 2 }),
      verdict_sha256: verdictDigest(toVerdictFacts(provenanceWith())),
    });
  });

  it.each([
    ['rolled_back', { event: 'rolled_back' }, 'rollback'],
    [
      'override_granted',
      { event: 'override_granted', override: { reason: 'r', approver: 'a', expires_at: at(60_000) } },
      'success',
    ],
  ] as const)('records %s on a verified entry without a verdict digest', (_label, payload, to) => {
    const success = entryOf({
      status: 'success',
      verdict: toVerdictFacts(provenanceWith()),
      verified_at: '2026-11-24T00:00:00.000Z',
      history: [step('validated', null, 'success')],
    });
    const result = applyEvent(manifestOf(success), eventAt(T, payload));
    expect(result.ok && result.manifest.entries[0]!.history.at(-1)).toStrictEqual(
      step(payload.event, 'success', to, { at: T }),
    );
  });

  it('appends a step from the current status, with the reason or null', () => {
    const manifest = manifestOf(entryOf());
    const noted = applyEvent(manifest, eventAt(T, { event: 'escalated', note: 'n', reason: 'no issue' }));
    expect(noted).toMatchObject({ ok: true, changed: true, message: 'escalated: failure → failure' });
    expect(noted.ok && noted.manifest.entries[0]!.history).toStrictEqual([
      step('failed', null, 'failure'),
      step('escalated', 'failure', 'failure', { at: T, reason: 'no issue' }),
    ]);
    const requeued = applyEvent(manifest, eventAt(T, { event: 'requeued' }));
    expect(requeued).toMatchObject({ ok: true, changed: true, message: 'requeued: failure → requeued' });
    expect(requeued.ok && requeued.manifest.entries[0]!.history.at(-1)).toStrictEqual(
      step('requeued', 'failure', 'requeued', { at: T }),
    );
  });

  it.each([
    [2, 3, 3],
    [4, 3, 4],
  ])(
    'an event of attempt %i on an entry of attempt %i leaves it at attempt %i',
    (eventAttempt, entryAttempt, kept) => {
      const manifest = manifestOf(entryOf({ run_attempt: entryAttempt }));
      const result = applyEvent(
        manifest,
        eventAt(T, { event: 'escalated', note: 'n', run_attempt: eventAttempt }),
      );
      const entry = result.ok ? result.manifest.entries[0]! : null;
      expect(entry?.run_attempt).toBe(kept);
      expect(entry?.history.at(-1)?.run_attempt).toBe(eventAttempt);
    },
  );

  it('changes only the entry of its (tag, run), in place, and appends new ones; the input is untouched', () => {
    const first = entryOf();
    const second = entryOf({ tag: 'v2.0.0', run_id: 200 });
    const manifest = manifestOf(first, second);
    const snapshot = structuredClone(manifest);
    const note = { event: 'escalated', note: 'n' };
    const onFirst = applyEvent(manifest, eventAt(T, note));
    const onSecond = applyEvent(manifest, { ...eventAt(T, note), tag: 'v2.0.0', run_id: 200 });
    const onNew = applyEvent(manifest, {
      ...eventAt(T, { event: 'failed', failure_reason: 'tag_mismatch' }),
      run_id: 300,
    });
    const keys = (r: typeof onFirst) =>
      r.ok ? r.manifest.entries.map((e) => [e.tag, e.run_id, e.history.length]) : r;
    expect(keys(onFirst)).toEqual([
      [TAG, RUN, 2],
      ['v2.0.0', 200, 1],
    ]);
    expect(onFirst.ok && onFirst.manifest.entries[1]).toBe(second);
    expect(keys(onSecond)).toEqual([
      [TAG, RUN, 1],
      ['v2.0.0', 200, 2],
    ]);
    expect(onSecond.ok && onSecond.manifest.entries[0]).toBe(first);
    expect(keys(onNew)).toEqual([
      [TAG, RUN, 1],
      ['v2.0.0', 200, 1],
      [TAG, 300, 1],
    ]);
    expect(manifest).toEqual(snapshot);
  });
});

describe('applyEvent: refusals name the event, the entry and its status', () => {
  it.each([
    ['notified on no entry', null, { event: 'notified', slack_delivered: true }, 'notified', 'absent'],
    ['issue_opened on no entry', null, { event: 'issue_opened', issue_number: 3 }, 'issue_opened', 'absent'],
    ['requeued on a success', entryOf({ status: 'success' }), { event: 'requeued' }, 'requeued', 'success'],
    [
      'failed with another reason on a failure',
      entryOf(),
      { event: 'failed', failure_reason: 'tag_mismatch' },
      'failed',
      'failure',
    ],
    [
      'validated on a failure',
      entryOf(),
      { event: 'validated', provenance: provenanceWith() },
      'validated',
      'failure',
    ],
  ])('%s', (_label, entry: ManifestEntry | null, payload, event, status) => {
    const manifest = entry ? manifestOf(entry) : emptyManifest();
    expect(applyEvent(manifest, eventAt(T, payload))).toEqual({
      ok: false,
      reason: `${event} is not allowed for tag ${TAG} run ${RUN} in status ${status}`,
    });
  });
});

describe('applyEvent: a replayed event (a write whose answer was lost) is a no-op', () => {
  const recorded = entryOf({
    notes: ['n'],
    history: [FAILURE_STEP, step('escalated', 'failure', 'failure', { at: at(1000) })],
  });
  const manifest = manifestOf(recorded);
  const escalation = eventAt(at(1000), { event: 'escalated', note: 'n' });

  it('when the same event, time, actor and attempt is already in the history', () => {
    const result = applyEvent(manifest, escalation);
    expect(result).toEqual({
      ok: true,
      changed: false,
      manifest,
      message: `escalated at ${at(1000)} is already recorded`,
    });
    expect(result.ok && result.manifest).toBe(manifest);
  });

  it.each([
    ['time', { at: at(2000) }],
    ['actor', { actor: 'ops' }],
    ['attempt', { run_attempt: 2 }],
    ['event', { event: 'notified', slack_delivered: true }],
  ])('but not when the %s differs', (_label, change) => {
    expect(applyEvent(manifest, { ...escalation, ...change } as typeof escalation)).toMatchObject({
      ok: true,
      changed: true,
    });
  });
});

describe('applyEvent: the idempotency guards', () => {
  const noop = (entry: ManifestEntry, payload: Record<string, unknown>, message: string) => {
    const manifest = manifestOf(entry);
    expect(applyEvent(manifest, eventAt(T, payload))).toEqual({
      ok: true,
      changed: false,
      manifest,
      message,
    });
  };
  const changed = (entry: ManifestEntry, payload: Record<string, unknown>) => {
    const result = applyEvent(manifestOf(entry), eventAt(T, payload));
    expect(result).toMatchObject({ ok: true, changed: true });
    return result.ok ? result.manifest.entries[0]! : null;
  };

  it('records an issue once, then never changes its number', () => {
    noop(
      entryOf({ issue_number: 7 }),
      { event: 'issue_opened', issue_number: 8 },
      `issue #7 is already recorded for tag ${TAG} run ${RUN}; not notifying twice`,
    );
    expect(changed(entryOf(), { event: 'issue_opened', issue_number: 8 })?.issue_number).toBe(8);
  });

  it('does not start a rerun while one is in progress', () => {
    noop(
      entryOf({ rerun_in_progress: true }),
      { event: 'rerun_started' },
      `a rerun of tag ${TAG} run ${RUN} is already in progress`,
    );
    expect(changed(entryOf(), { event: 'rerun_started' })?.rerun_in_progress).toBe(true);
  });

  it('tells rerun claims apart by their id, even at the same time, actor and attempt', () => {
    const claimed = changed(entryOf(), { event: 'rerun_started', claim_id: '9000-1' })!;
    expect(claimed.history.at(-1)).toMatchObject({ event: 'rerun_started', claim_id: '9000-1' });
    expect(rerunClaimOf(claimed)).toBe('9000-1');
    noop(
      claimed,
      { event: 'rerun_started', claim_id: '9000-1' },
      `rerun claim 9000-1 already holds tag ${TAG} run ${RUN}`,
    );
    noop(
      claimed,
      { event: 'rerun_started', claim_id: '9000-2' },
      `a rerun of tag ${TAG} run ${RUN} is already in progress`,
    );
    expect(rerunClaimOf(changed(claimed, { event: 'rerun_not_started' })!)).toBeNull();
  });

  it('verifies a verified entry once; a pending one is verified', () => {
    noop(
      entryOf({ status: 'success' }),
      { event: 'validated', provenance: provenanceWith() },
      `tag ${TAG} run ${RUN} is already verified`,
    );
    expect(
      changed(entryOf({ status: 'pending', history: [] }), {
        event: 'validated',
        provenance: provenanceWith(),
      })?.status,
    ).toBe('success');
  });

  it('records the same failure once; a pending entry fails', () => {
    noop(
      entryOf(),
      { event: 'failed', failure_reason: 'subject_mismatch' },
      `the failure of tag ${TAG} run ${RUN} is already recorded`,
    );
    expect(
      changed(entryOf({ status: 'pending', history: [] }), {
        event: 'failed',
        failure_reason: 'subject_mismatch',
      })?.status,
    ).toBe('failure');
  });

  it('releases only the claim the releasing notifier holds', () => {
    const message = `notifier b holds no claim on tag ${TAG} run ${RUN}`;
    noop(entryOf(), { event: 'notify_released', claim_id: 'b' }, message);
    noop(entryOf({ notify_claim: { id: 'a', at: T } }), { event: 'notify_released', claim_id: 'b' }, message);
    expect(
      changed(entryOf({ notify_claim: { id: 'b', at: T } }), { event: 'notify_released', claim_id: 'b' })
        ?.notify_claim,
    ).toBeNull();
  });
});

describe('applyEvent: the notify claim between concurrent notifiers', () => {
  it('lasts ten minutes', () => {
    expect(NOTIFY_CLAIM_TTL_MS).toBe(600_000);
  });

  const claimedAt = (claimAt: string, extra: Partial<ManifestEntry> = {}) =>
    manifestOf(entryOf({ notify_claim: { id: 'a', at: claimAt }, ...extra }));
  const claim = (id: string, when: string) => eventAt(when, { event: 'notify_claimed', claim_id: id });
  const taken = `notifier a is already announcing the failure of tag ${TAG} run ${RUN}`;

  it.each([
    ['at the same time', 0],
    ['one millisecond before it expires', NOTIFY_CLAIM_TTL_MS - 1],
    ['from a clock behind the claim', -60_000],
  ])('keeps another notifier out %s', (_label, delta) => {
    const manifest = claimedAt(T);
    expect(applyEvent(manifest, claim('b', at(delta)))).toEqual({
      ok: true,
      changed: false,
      manifest,
      message: taken,
    });
  });

  it.each([
    ['once it expired', NOTIFY_CLAIM_TTL_MS, {}],
    ['long after it expired', 3_600_000, {}],
    ['once an issue announced the failure', 1, { issue_number: 7 }],
    ['once Slack announced the failure', 1, { notify_slack: true }],
  ])('lets another notifier take it over %s', (_label, delta, announced) => {
    const result = applyEvent(claimedAt(T, announced), claim('b', at(delta)));
    expect(result).toMatchObject({ ok: true, changed: true, message: 'notify_claimed: failure → failure' });
    expect(result.ok && result.manifest.entries[0]!.notify_claim).toEqual({ id: 'b', at: at(delta) });
  });

  it('tells the holder it already holds the claim, even when it expired', () => {
    for (const delta of [0, NOTIFY_CLAIM_TTL_MS * 2]) {
      const manifest = claimedAt(T);
      expect(applyEvent(manifest, claim('a', at(delta)))).toEqual({
        ok: true,
        changed: false,
        manifest,
        message: 'notifier a already holds the claim',
      });
    }
  });

  it('is free when no one holds it', () => {
    const result = applyEvent(manifestOf(entryOf()), claim('b', T));
    expect(result.ok && result.manifest.entries[0]!.notify_claim).toEqual({ id: 'b', at: T });
  });

  it('is told apart by claim id, not by time and actor: a claim step at the same time is not a replay', () => {
    const announced = manifestOf(
      entryOf({
        issue_number: 7,
        notify_claim: { id: 'a', at: T },
        history: [FAILURE_STEP, step('notify_claimed', 'failure', 'failure', { at: T })],
      }),
    );
    const result = applyEvent(announced, claim('b', T));
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(result.ok && result.manifest.entries[0]!.notify_claim).toEqual({ id: 'b', at: T });
    expect(applyEvent(announced, claim('a', T))).toMatchObject({
      changed: false,
      message: 'notifier a already holds the claim',
    });
  });
});
