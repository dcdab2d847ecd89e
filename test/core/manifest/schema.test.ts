import { describe, expect, it } from 'vitest';
import {
  emptyManifest,
  ENTRY_STATUSES,
  entryKey,
  EVENT_NAMES,
  MANIFEST_SCHEMA_VERSION,
  ManifestEntrySchema,
  ManifestSchema,
} from '../../../src/core/manifest/index.js';
import { entryOf, FACTS, step, verifiedEntry } from './support.js';

describe('the manifest vocabulary', () => {
  it('is version 1', () => {
    expect(MANIFEST_SCHEMA_VERSION).toBe(1);
  });

  it('has seven entry statuses', () => {
    expect(ENTRY_STATUSES).toEqual([
      'pending',
      'success',
      'failure',
      'requeued',
      'rerun_in_progress',
      'blocked',
      'rollback',
    ]);
  });

  it('has nineteen events', () => {
    expect(EVENT_NAMES).toEqual([
      'validated',
      'failed',
      'notify_claimed',
      'notified',
      'issue_opened',
      'escalated',
      'requeued',
      'rerun_started',
      'rerun_succeeded',
      'rerun_failed',
      'blocked',
      'rolled_back',
      'override_granted',
      'override_revoked',
      'rerun_not_started',
      'notify_released',
      'post_attempted',
      'post_refused',
      'verdict_signed',
    ]);
  });
});

describe('emptyManifest and entryKey', () => {
  it('makes a new, empty version 1 manifest each time', () => {
    const first = emptyManifest();
    first.entries.push(entryOf());
    expect(emptyManifest()).toStrictEqual({ schema_version: 1, entries: [] });
  });

  it('keys an entry by tag and run id', () => {
    expect(entryKey({ tag: 'v1.0.0', run_id: 100 })).toBe('v1.0.0#100');
  });
});

describe('ManifestEntrySchema', () => {
  const override = {
    reason: 'r',
    approver: 'a',
    granted_at: '2026-11-24T00:00:00Z',
    expires_at: '2026-11-25T00:00:00+02:00',
    revoked_at: null,
    granted_by_run: 5,
  };

  it.each([
    ['a failure', entryOf()],
    ['a success with its verdict digest', verifiedEntry()],
    [
      'a verdict with policy and release assets',
      verifiedEntry({
        verdict: {
          ...FACTS,
          policy_sha256: 'c'.repeat(64),
          release_assets: [{ name: 'a', size: 0, sha256: 'c'.repeat(64) }],
        },
      }),
    ],
    ['an override with an offset time', entryOf({ governance_flag: 'override', override })],
    [
      'a notify claim and one Slack retry',
      entryOf({ notify_claim: { id: 'n'.repeat(100), at: '2026-11-24T00:00:00Z' }, slack_retry: 1 }),
    ],
    [
      'a 500-character note and reason',
      entryOf({ notes: ['x'.repeat(500)], requeue_reason: 'x'.repeat(500) }),
    ],
  ])('accepts %s', (_label, entry) => {
    expect(ManifestEntrySchema.safeParse(entry).success).toBe(true);
  });

  it.each([
    ['an empty history', entryOf({ history: [] })],
    ['an unknown field', { ...entryOf(), extra: 1 }],
    ['an empty tag', entryOf({ tag: '' })],
    ['run id 0', entryOf({ run_id: 0 })],
    ['two Slack retries', entryOf({ slack_retry: 2 })],
    ['a 501-character note', entryOf({ notes: ['x'.repeat(501)] })],
    ['an unknown failure code', { ...entryOf(), failure_reason: 'bad_luck' }],
    ['a time without a zone', entryOf({ verified_at: '2026-11-24T00:00:00' })],
    [
      'an upper-case verdict digest',
      entryOf({ history: [step('validated', null, 'success', { verdict_sha256: 'A'.repeat(64) })] }),
    ],
    ['an override without an approver', entryOf({ override: { ...override, approver: '' } })],
    [
      'an over-long notify claim id',
      entryOf({ notify_claim: { id: 'n'.repeat(101), at: '2026-11-24T00:00:00Z' } }),
    ],
  ])('refuses %s', (_label, entry) => {
    expect(ManifestEntrySchema.safeParse(entry).success).toBe(false);
  });

  it('is what ManifestSchema holds in entries', () => {
    expect(ManifestSchema.safeParse({ schema_version: 1, entries: [entryOf()] }).success).toBe(true);
    expect(ManifestSchema.safeParse({ schema_version: 2, entries: [] }).success).toBe(false);
  });
});
