import { describe, expect, it } from 'vitest';
import {
  LINT_RULES,
  violation,
  type ManifestEntry,
  type Override,
} from '../../../src/core/manifest/index.js';
import { entryOf, FACTS, lint, manifestOf, NOW, step, verifiedEntry, violated } from './support.js';

const T2 = '2026-11-24T11:00:00.000Z';
const FAILED = step('failed', null, 'failure');

describe('LINT_RULES and violation', () => {
  it('names every rule lint can report', () => {
    expect(LINT_RULES).toEqual([
      'schema',
      'entry_removed',
      'history_rewritten',
      'entry_not_created',
      'event_mismatch',
      'illegal_transition',
      'rerun_attempt',
      'success_unverified',
      'verdict_changed',
      'override_unrecorded',
      'override_invalid',
      'issue_number_changed',
      'success_incomplete',
      'claim_unrecorded',
      'verdict_unsigned',
      'verdict_signature_invalid',
      'verdict_signer_mismatch',
      'verdict_signature_replayed',
      'verdict_tag_mismatch',
      'verdict_shared',
    ]);
  });

  it('names the entry a violation is about', () => {
    expect(violation('schema', entryOf({ tag: 'v3', run_id: 3 }), 'why')).toStrictEqual({
      rule: 'schema',
      tag: 'v3',
      run_id: 3,
      message: 'why',
    });
  });
});

describe('lint entry_removed: manifests are append-only', () => {
  const kept = entryOf({ tag: 'v2.0.0', run_id: 200 });
  const removed = violation(
    'entry_removed',
    entryOf(),
    'the entry was removed; manifests are append-only: restore it (record a rollback or a new run instead of deleting)',
  );

  it('refuses an entry of the base missing from the head, before what is wrong with the others', () => {
    const head = manifestOf({ ...kept, issue_number: 5 });
    const base = manifestOf(entryOf(), { ...kept, issue_number: 4 });
    expect(lint(head, base)).toEqual([
      removed,
      {
        rule: 'issue_number_changed',
        tag: 'v2.0.0',
        run_id: 200,
        message:
          'issue_number changed from 4 to 5; once set it never changes (comment on the existing issue instead)',
      },
    ]);
  });

  it.each([
    ['entries added to the base', manifestOf(entryOf(), kept), manifestOf(entryOf())],
    ['a new manifest', manifestOf(entryOf(), kept), null],
    ['the base entries in another order', manifestOf(kept, entryOf()), manifestOf(entryOf(), kept)],
  ])('passes %s', (_label, head, base) => {
    expect(lint(head, base)).toEqual([]);
  });
});

describe('lint history_rewritten: history only grows', () => {
  const base = entryOf({
    history: [FAILED, step('escalated', 'failure', 'failure', { at: T2 })],
    notes: ['n'],
  });
  const rewritten = violated(
    'history_rewritten',
    'history entries were changed or removed; history is append-only: restore the base history and append',
  );

  it.each([
    ['a step changed', { ...base, history: [{ ...FAILED, actor: 'someone' }, base.history[1]!] }],
    ['the last step removed', { ...base, history: [FAILED] }],
    ['the steps reordered', { ...base, history: [base.history[1]!, FAILED] }],
  ])('refuses %s', (_label, head) => {
    expect(lint(head, base).filter((v) => v.rule === 'history_rewritten')).toEqual([rewritten]);
  });

  it('passes steps appended to the base history', () => {
    const head = {
      ...base,
      history: [...base.history, step('escalated', 'failure', 'failure', { at: NOW.toISOString() })],
    };
    expect(lint(head, base)).toEqual([]);
  });
});

describe('lint issue_number_changed: once set, the issue never changes', () => {
  it.each([
    [7, 8, 'issue_number changed from 7 to 8'],
    [7, null, 'issue_number changed from 7 to null'],
  ])('refuses %s → %s', (before, after, start) => {
    expect(lint(entryOf({ issue_number: after }), entryOf({ issue_number: before }))).toEqual([
      violated(
        'issue_number_changed',
        `${start}; once set it never changes (comment on the existing issue instead)`,
      ),
    ]);
  });

  it.each([
    [null, 7],
    [7, 7],
    [null, null],
  ])('passes %s → %s', (before, after) => {
    expect(lint(entryOf({ issue_number: after }), entryOf({ issue_number: before }))).toEqual([]);
  });
});

describe('lint override_invalid: an override is recorded, time-bound and live when added', () => {
  const GRANTED = '2026-11-24T00:00:00.000Z';
  const DAY = 86_400_000;
  const override = (expiresInMs: number, revoked_at: string | null = null): Override => ({
    reason: 'legacy line',
    approver: 'gov',
    granted_at: GRANTED,
    expires_at: new Date(Date.parse(GRANTED) + expiresInMs).toISOString(),
    revoked_at,
  });
  const granted = (value: Override, ...more: ReturnType<typeof step>[]) =>
    entryOf({
      governance_flag: 'override',
      override: value,
      history: [FAILED, step('override_granted', 'failure', 'failure', { at: GRANTED }), ...more],
    });
  const untilNow = Date.parse(NOW.toISOString()) - Date.parse(GRANTED);

  it('refuses governance_flag override with no override recorded', () => {
    expect(lint(entryOf({ governance_flag: 'override' }))).toEqual([
      violated(
        'override_invalid',
        'governance_flag is override but no override is recorded: record reason, approver and expires_at',
      ),
    ]);
  });

  it.each([null, 'rollback'] as const)('passes governance_flag %s with no override', (flag) => {
    expect(lint(entryOf({ governance_flag: flag }))).toEqual([]);
  });

  it.each([
    [
      'expiring 7 days and a millisecond after its grant',
      7 * DAY + 1,
      `override expires more than 7 days after ${GRANTED}: overrides are time-bound`,
    ],
    ['expiring at its grant', 0, `override expires_at ${GRANTED} is not after ${GRANTED}`],
  ])('refuses an override %s', (_label, span, message) => {
    expect(lint(granted(override(span)))).toEqual([violated('override_invalid', message)]);
  });

  it('refuses an override that expired by the time it was added', () => {
    expect(lint(granted(override(untilNow)))).toEqual([
      violated(
        'override_invalid',
        `the override added here already expired at ${NOW.toISOString()}; grant a new one with a future expires_at`,
      ),
    ]);
  });

  it('refuses an expired override that replaced the base one', () => {
    const base = granted(override(untilNow + DAY));
    const later = '2026-11-24T12:00:00.000Z';
    const head = entryOf({
      governance_flag: 'override',
      override: { ...override(untilNow), granted_at: later },
      history: [...base.history, step('override_granted', 'failure', 'failure', { at: later })],
    });
    expect(lint(head, base)).toEqual([
      violated(
        'override_invalid',
        `the override added here already expired at ${NOW.toISOString()}; grant a new one with a future expires_at`,
      ),
    ]);
  });

  const revokedAt = '2026-11-24T06:00:00.000Z';
  it.each<[string, ManifestEntry, ManifestEntry | null]>([
    ['live one millisecond past now', granted(override(untilNow + 1)), null],
    ['expiring exactly 7 days after its grant', granted(override(7 * DAY)), null],
    ['expired since the base recorded it', granted(override(untilNow)), granted(override(untilNow))],
    [
      'expired but revoked',
      granted(
        override(untilNow, revokedAt),
        step('override_revoked', 'failure', 'failure', { at: revokedAt }),
      ),
      null,
    ],
  ])('passes an override %s', (_label, head, base) => {
    expect(lint(head, base)).toEqual([]);
  });
});

describe('lint success_incomplete: a success carries its verdict facts', () => {
  const incomplete = (fields: string) =>
    violated(
      'success_incomplete',
      `a success entry must carry ${fields}; only a verified provenance can be recorded as success`,
    );
  const only = (entry: ReturnType<typeof verifiedEntry>) =>
    lint(entry).filter((v) => v.rule === 'success_incomplete');

  it.each([
    ['verified_at', { verified_at: null }],
    ['verdict', { verdict: null }],
    ['verified_at, verdict', { verified_at: null, verdict: null }],
    ['builder_id', { verdict: { ...FACTS, builder_id: '' } }],
    ['subjects', { verdict: { ...FACTS, subjects: [] } }],
    ['source_commit', { verdict: { ...FACTS, source_commit: null } }],
    [
      'builder_id, subjects, source_commit',
      { verdict: { ...FACTS, builder_id: '', subjects: [], source_commit: null } },
    ],
  ])('names the missing %s', (fields, overrides) => {
    expect(only(verifiedEntry(overrides))).toEqual([incomplete(fields)]);
  });

  it('has nothing to say about a complete success, or an incomplete entry that is not a success', () => {
    expect(only(verifiedEntry())).toEqual([]);
    expect(lint(entryOf({ verified_at: null, verdict: null }))).toEqual([]);
  });
});
