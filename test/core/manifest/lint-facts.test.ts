import { describe, expect, it } from 'vitest';
import { verdictDigest, type ManifestEntry, type Override } from '../../../src/core/manifest/index.js';
import { entryOf, FACTS, lint, step, verifiedEntry, violated } from './support.js';

const T1 = '2026-11-24T10:00:00.000Z';
const T2 = '2026-11-24T11:00:00.000Z';
const DIGEST = verdictDigest(FACTS);
const WRONG = 'c'.repeat(64);
const RESTORE = 'restore the recorded verdict';
const FAILED = step('failed', null, 'failure');

describe('lint success_unverified: a verdict is the one a verification step recorded', () => {
  it('passes a verdict recorded by its validated step', () => {
    expect(lint(verifiedEntry())).toEqual([]);
  });

  it('refuses a verdict on an entry no verification touched', () => {
    expect(lint(entryOf({ verdict: FACTS }))).toEqual([
      violated(
        'success_unverified',
        'the entry is failure with a verdict but no validated or rerun_succeeded step; only a verification records a verdict',
      ),
    ]);
  });

  it('refuses a success no verification made', () => {
    const forged = entryOf({ status: 'success', history: [step('failed', null, 'success')] });
    expect(lint(forged).filter((v) => v.rule === 'success_unverified')).toEqual([
      violated(
        'success_unverified',
        'the entry is success with no verdict but no validated or rerun_succeeded step; only a verification records a verdict',
      ),
    ]);
  });

  it('has nothing to say about a failure without a verdict', () => {
    expect(lint(entryOf())).toEqual([]);
  });

  it.each([
    ['another digest', WRONG, WRONG],
    ['no digest', undefined, 'missing'],
  ])('refuses a verdict whose step recorded %s', (_label, recorded, shown) => {
    const entry = verifiedEntry({
      history: [step('validated', null, 'success', { at: T1, verdict_sha256: recorded })],
    });
    expect(lint(entry)).toEqual([
      violated(
        'success_unverified',
        `the verdict is not the one the validated step at ${T1} recorded (verdict_sha256 ${shown}, the verdict hashes to ${DIGEST}); ${RESTORE}`,
      ),
    ]);
  });

  it('ties the verdict to the last verification step', () => {
    const steps = (first: string, last: string) => [
      step('validated', null, 'success', { at: T1, verdict_sha256: first }),
      step('rerun_succeeded', 'success', 'success', { at: T2, run_attempt: 2, verdict_sha256: last }),
    ];
    const unverified = (entry: ManifestEntry) => lint(entry).filter((v) => v.rule === 'success_unverified');
    expect(unverified(verifiedEntry({ history: steps(WRONG, DIGEST) }))).toEqual([]);
    expect(unverified(verifiedEntry({ history: steps(DIGEST, WRONG) }))).toEqual([
      violated(
        'success_unverified',
        `the verdict is not the one the rerun_succeeded step at ${T2} recorded (verdict_sha256 ${WRONG}, the verdict hashes to ${DIGEST}); ${RESTORE}`,
      ),
    ]);
  });

  it('leaves a verified success without its verdict to success_incomplete', () => {
    expect(lint(verifiedEntry({ verdict: null }))).toEqual([
      violated(
        'success_incomplete',
        'a success entry must carry verdict; only a verified provenance can be recorded as success',
      ),
    ]);
  });
});

describe('lint verdict_changed: a verdict never changes once set', () => {
  const base = verifiedEntry();
  const changed =
    'verdict fields changed since the base (set at 2026-11-24T10:00:00.000Z); a verdict never changes once set: restore it';

  it('passes an unchanged verdict, and a verdict set since a base without one', () => {
    expect(lint(base, base)).toEqual([]);
    expect(lint(base, { ...base, verdict: null, verified_at: null })).toEqual([]);
  });

  it('refuses a verified_at moved since the base', () => {
    expect(lint({ ...base, verified_at: T2 }, base)).toEqual([violated('verdict_changed', changed)]);
  });

  it('refuses a verdict fact changed since the base, even with a matching step digest', () => {
    const verdict = { ...FACTS, builder_id: 'https://example.com/invented' };
    const head = verifiedEntry({
      verdict,
      history: [step('validated', null, 'success', { verdict_sha256: verdictDigest(verdict) })],
    });
    expect(lint(head, base).filter((v) => v.rule === 'verdict_changed')).toEqual([
      violated('verdict_changed', changed),
    ]);
  });

  it('refuses a verdict removed since the base', () => {
    expect(lint({ ...base, verdict: null }, base).filter((v) => v.rule === 'verdict_changed')).toEqual([
      violated('verdict_changed', changed),
    ]);
  });
});

describe('lint override_unrecorded: the override is the one its steps describe', () => {
  const G1 = '2026-11-24T08:00:00.000Z';
  const R1 = '2026-11-24T09:00:00.000Z';
  const G2 = '2026-11-24T10:00:00.000Z';
  const R2 = '2026-11-24T11:00:00.000Z';
  const THROUGH = "overrides change only through the rollback action's override_grant / override_revoke";
  const override = (granted_at: string, revoked_at: string | null = null): Override => ({
    reason: 'legacy line',
    approver: 'gov',
    granted_at,
    expires_at: '2026-11-26T00:00:00.000Z',
    revoked_at,
  });
  const grant = (at: string) => step('override_granted', 'failure', 'failure', { at });
  const revoke = (at: string) => step('override_revoked', 'failure', 'failure', { at });
  const withOverride = (value: Override | null, ...steps: ReturnType<typeof step>[]) =>
    entryOf({ governance_flag: value ? 'override' : null, override: value, history: [FAILED, ...steps] });

  it.each([
    ['a granted override', withOverride(override(G1), grant(G1))],
    ['a revoked override', withOverride(override(G1, R1), grant(G1), revoke(R1))],
    ['a second grant after a revoke', withOverride(override(G2), grant(G1), revoke(R1), grant(G2))],
    ['a second grant, revoked', withOverride(override(G2, R2), grant(G1), revoke(R1), grant(G2), revoke(R2))],
    ['no override and no steps', withOverride(null)],
  ])('passes %s', (_label, entry) => {
    expect(lint(entry)).toEqual([]);
  });

  it.each([
    [
      'an override removed by hand',
      withOverride(null, grant(G1)),
      `an override was granted at ${G1} but none is recorded (removed by hand)`,
    ],
    [
      'an override with no grant',
      withOverride(override(G1), revoke(R1)),
      'an override is recorded but no override_granted step',
    ],
    [
      'an override that is not the last grant',
      withOverride(override(G1, R1), grant(G1), revoke(R1), grant(G2)),
      `the override's granted_at ${G1} is not the last override_granted step (${G2})`,
    ],
    [
      'an override un-revoked by hand',
      withOverride(override(G1), grant(G1), revoke(R1)),
      `the override was revoked at ${R1} but its revoked_at is empty (un-revoked by hand)`,
    ],
    [
      'an override revoked by hand',
      withOverride(override(G1, R1), grant(G1)),
      `the override's revoked_at ${R1} has no override_revoked step`,
    ],
    [
      'a revocation time that is not its step',
      withOverride(override(G1, R2), grant(G1), revoke(R1)),
      `the override's revoked_at ${R2} is not its override_revoked step (${R1})`,
    ],
  ])('refuses %s', (_label, entry, problem) => {
    expect(lint(entry)).toEqual([violated('override_unrecorded', `${problem}; ${THROUGH}`)]);
  });

  describe('against the base', () => {
    const base = withOverride(override(G1), grant(G1));
    const renewed = { ...override(G1), expires_at: '2026-11-27T00:00:00.000Z' };
    const unrecorded = violated(
      'override_unrecorded',
      'the override changed since the base with no override_granted or override_revoked step appended; restore it, then grant or revoke through the rollback action',
    );

    it('refuses an override changed with no grant or revoke appended', () => {
      expect(lint(withOverride(renewed, grant(G1)), base)).toEqual([unrecorded]);
      expect(
        lint(withOverride(renewed, grant(G1), step('escalated', 'failure', 'failure', { at: R2 })), base),
      ).toEqual([unrecorded]);
    });

    it('has nothing to say about the same change without a base', () => {
      expect(lint(withOverride(renewed, grant(G1)))).toEqual([]);
    });

    it.each([
      ['an unchanged override', withOverride(override(G1), grant(G1))],
      ['a revoke appended', withOverride(override(G1, R1), grant(G1), revoke(R1))],
      ['a grant appended', withOverride(override(G2), grant(G1), grant(G2))],
    ])('passes %s', (_label, head) => {
      expect(lint(head, base)).toEqual([]);
    });

    it('reports a history problem before the base comparison, once', () => {
      expect(lint(withOverride(override(R2), grant(G1)), base)).toEqual([
        violated(
          'override_unrecorded',
          `the override's granted_at ${R2} is not the last override_granted step (${G1}); ${THROUGH}`,
        ),
      ]);
    });
  });
});
