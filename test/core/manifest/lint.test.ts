import { describe, expect, it } from 'vitest';
import { GuardError } from '../../../src/core/errors/index.js';
import {
  applyEvent,
  emptyManifest,
  lintManifest,
  parseManifest,
  serializeManifest,
  type Manifest,
  type ManifestEntry,
} from '../../../src/core/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const now = new Date('2026-11-25T00:00:00Z');

function build(...events: Parameters<typeof manifestEvent>[]): Manifest {
  return events.reduce((manifest, args) => {
    const result = applyEvent(manifest, manifestEvent(...args));
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, emptyManifest());
}

const editEntry = (manifest: Manifest, change: (entry: ManifestEntry) => ManifestEntry): Manifest => ({
  ...manifest,
  entries: manifest.entries.map((e, i) => (i === 0 ? change(structuredClone(e)) : e)),
});

describe('lintManifest', () => {
  const base = build(['failed'], ['issue_opened']);

  it('passes a change made through events', () => {
    const head = [
      ['requeued', 1],
      ['rerun_started', 1],
      ['rerun_succeeded', 2],
    ].reduce((m, [name, attempt]) => {
      const r = applyEvent(m, manifestEvent(name as 'requeued', { run_attempt: attempt }));
      if (!r.ok) throw new Error(r.reason);
      return r.manifest;
    }, base);
    expect(lintManifest(head, base, now)).toEqual([]);
  });

  it.each([
    ['entry_removed', () => ({ ...base, entries: [] })],
    [
      'history_rewritten',
      () =>
        editEntry(base, (e) => ({ ...e, history: e.history.slice(1).map((h) => ({ ...h, from: null })) })),
    ],
    ['illegal_transition', () => editEntry(base, (e) => ({ ...e, status: 'success' }))],
    ['issue_number_changed', () => editEntry(base, (e) => ({ ...e, issue_number: 99 }))],
    ['override_invalid', () => editEntry(base, (e) => ({ ...e, governance_flag: 'override' }))],
    [
      'override_invalid',
      () =>
        editEntry(base, (e) => ({
          ...e,
          governance_flag: 'override',
          override: {
            reason: 'r',
            approver: 'a',
            granted_at: '2026-11-24T00:00:00Z',
            expires_at: '2026-12-24T00:00:00Z',
            revoked_at: null,
          },
        })),
    ],
    [
      'override_invalid',
      () =>
        editEntry(base, (e) => ({
          ...e,
          governance_flag: 'override',
          override: {
            reason: 'r',
            approver: 'a',
            granted_at: '2026-11-01T00:00:00Z',
            expires_at: '2026-11-02T00:00:00Z',
            revoked_at: null,
          },
        })),
    ],
  ] as const)('reports %s with the entry and what to do', (rule, makeHead) => {
    const violations = lintManifest(makeHead() as Manifest, base, now);
    expect(violations.map((v) => v.rule)).toContain(rule);
    const found = violations.find((v) => v.rule === rule)!;
    if (rule !== 'entry_removed') expect(found).toMatchObject({ tag: 'v1.0.0', run_id: 100 });
    expect(found.message.length).toBeGreaterThan(20);
  });

  it('a success entry without its verdict facts is success_incomplete', () => {
    const success = build(['validated']);
    const head = editEntry(success, (e) => ({ ...e, verdict: null }));
    expect(lintManifest(head, null, now).map((v) => v.rule)).toEqual(['success_incomplete']);
  });
});

describe('parseManifest', () => {
  it.each([
    ['not JSON', '{', /not JSON/],
    ['a wrong schema version', '{"schema_version":2,"entries":[]}', /schema_version 2/],
    [
      'a file over the 100 MB GitHub serves',
      `{"schema_version":1,"entries":[],"pad":"${'x'.repeat(100 * 1024 * 1024)}"}`,
      /larger than/,
    ],
    ['an unknown field', '{"schema_version":1,"entries":[],"extra":1}', /does not match the manifest schema/],
  ])('refuses %s with input_invalid', (_label, text, message) => {
    expect(() => parseManifest(text, 'm.json')).toThrowError(message);
    try {
      parseManifest(text, 'm.json');
    } catch (error) {
      expect((error as GuardError).code).toBe('input_invalid');
    }
  });

  it('refuses duplicate (tag, run_id) entries', () => {
    const manifest = build(['failed']);
    const doubled = { ...manifest, entries: [manifest.entries[0]!, manifest.entries[0]!] };
    expect(() => parseManifest(serializeManifest(doubled), 'm.json')).toThrowError(
      /two entries for tag v1.0.0, run 100/,
    );
  });

  it('round-trips what it serializes', () => {
    const manifest = build(['validated'], ['rolled_back']);
    expect(parseManifest(serializeManifest(manifest), 'm.json')).toEqual(manifest);
  });
});

/** Issue #13, case 7: forged history that only looked legal status by status; each is refused by a named rule. */
describe('lint checks meaning: forged manifests are rejected', () => {
  const failed = build(['failed'], ['issue_opened']);
  const verified = build(['validated']);
  const revoked = build(['validated'], ['override_granted'], ['override_revoked']);
  const rules = (head: Manifest, against: Manifest | null) =>
    lintManifest(head, against, now).map((v) => v.rule);
  const step = (event: string, from: string | null, to: string, extra: Record<string, unknown> = {}) => ({
    at: '2026-11-24T10:00:00.000Z',
    event,
    actor: 'someone',
    run_id: 100,
    run_attempt: 1,
    from,
    to,
    reason: null,
    ...extra,
  });

  it('a failure turned into success by appending rerun_started / rerun_succeeded with an invented verdict', () => {
    const forged = editEntry(
      failed,
      (e) =>
        ({
          ...e,
          status: 'success',
          failure_reason: null,
          verified_at: '2026-11-24T10:01:00.000Z',
          verdict: { ...verified.entries[0]!.verdict!, builder_id: 'https://example.com/invented' },
          history: [
            ...e.history,
            step('rerun_started', 'failure', 'rerun_in_progress'),
            step('rerun_succeeded', 'rerun_in_progress', 'success', { at: '2026-11-24T10:01:00.000Z' }),
          ],
        }) as ManifestEntry,
    );
    expect(rules(forged, failed)).toEqual(expect.arrayContaining(['success_unverified', 'rerun_attempt']));
    expect(rules(forged, null)).toContain('success_unverified');
  });

  it('even with a matching digest, a rerun outcome from the same attempt that started it is refused', () => {
    const real = verified.entries[0]!;
    const forged = editEntry(
      failed,
      (e) =>
        ({
          ...e,
          status: 'success',
          failure_reason: null,
          verified_at: real.verified_at,
          verdict: real.verdict,
          history: [
            ...e.history,
            step('rerun_started', 'failure', 'rerun_in_progress'),
            step('rerun_succeeded', 'rerun_in_progress', 'success', {
              verdict_sha256: real.history[0]!.verdict_sha256,
            }),
          ],
        }) as ManifestEntry,
    );
    expect(rules(forged, failed)).toEqual(['rerun_attempt']);
  });

  it('swapped subject digests on a verified entry', () => {
    const forged = editEntry(verified, (e) => ({
      ...e,
      verdict: { ...e.verdict!, subjects: [{ name: 'app.tgz', digest: { sha256: 'c'.repeat(64) } }] },
    }));
    expect(rules(forged, verified)).toEqual(
      expect.arrayContaining(['verdict_changed', 'success_unverified']),
    );
    expect(rules(forged, null)).toEqual(['success_unverified']);
  });

  it('a revoked override un-revoked and renewed with no event', () => {
    const renewed = (e: ManifestEntry) =>
      new Date(Date.parse(e.override!.granted_at) + 6 * 86_400_000).toISOString();
    const forged = editEntry(revoked, (e) => ({
      ...e,
      override: { ...e.override!, revoked_at: null, expires_at: renewed(e) },
    }));
    expect(rules(forged, revoked)).toEqual(['override_unrecorded']);
    expect(rules(forged, null)).toEqual(['override_unrecorded']);
  });

  it('an override renewed in place (same grant, later expiry) with no event', () => {
    const granted = build(['validated'], ['override_granted']);
    const forged = editEntry(granted, (e) => ({
      ...e,
      override: {
        ...e.override!,
        expires_at: new Date(Date.parse(e.override!.granted_at) + 6 * 86_400_000).toISOString(),
      },
    }));
    expect(rules(forged, granted)).toEqual(['override_unrecorded']);
  });

  it('a fabricated entry whose only step is notified: null → success', () => {
    const fabricated = {
      ...verified,
      entries: [
        {
          ...verified.entries[0]!,
          tag: 'v9.9.9',
          history: [step('notified', null, 'success')],
        } as ManifestEntry,
      ],
    };
    expect(rules(fabricated, null)).toEqual(expect.arrayContaining(['entry_not_created', 'event_mismatch']));
    expect(rules(fabricated, emptyManifest())).toEqual(
      expect.arrayContaining(['entry_not_created', 'event_mismatch']),
    );
  });

  it('a step {"event":"failed","from":null,"to":"success"}', () => {
    const forged = {
      ...verified,
      entries: [
        {
          ...verified.entries[0]!,
          tag: 'v9.9.8',
          history: [step('failed', null, 'success')],
        } as ManifestEntry,
      ],
    };
    const found = lintManifest(forged, null, now);
    expect(found.map((v) => v.rule)).toContain('event_mismatch');
    expect(found.find((v) => v.rule === 'event_mismatch')!.message).toMatch(/failed leads to failure/);
  });

  it('the compensations are events that lint accepts', () => {
    const saga = (
      ['requeued', 'rerun_started', 'rerun_not_started', 'notify_claimed', 'notify_released'] as const
    ).reduce((m, name) => {
      const r = applyEvent(m, manifestEvent(name));
      if (!r.ok) throw new Error(r.reason);
      return r.manifest;
    }, failed);
    expect(saga.entries[0]).toMatchObject({
      status: 'requeued',
      rerun_in_progress: false,
      notify_claim: null,
    });
    expect(lintManifest(saga, failed, now)).toEqual([]);
  });
});
