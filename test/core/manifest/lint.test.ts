import { describe, expect, it } from 'vitest';
import { GuardError } from '../../../src/core/errors/index.js';
import { applyEvent, emptyManifest, lintManifest, parseManifest, serializeManifest, type Manifest, type ManifestEntry } from '../../../src/core/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const now = new Date('2026-11-25T00:00:00Z');

function build(...events: Parameters<typeof manifestEvent>[]): Manifest {
  return events.reduce((manifest, args) => {
    const result = applyEvent(manifest, manifestEvent(...args));
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, emptyManifest());
}

const editEntry = (manifest: Manifest, change: (entry: ManifestEntry) => ManifestEntry): Manifest =>
  ({ ...manifest, entries: manifest.entries.map((e, i) => (i === 0 ? change(structuredClone(e)) : e)) });

describe('lintManifest', () => {
  const base = build(['failed'], ['issue_opened']);

  it('passes a change made through events', () => {
    const head = [['requeued'], ['rerun_started'], ['rerun_succeeded']].reduce((m, [name]) => {
      const r = applyEvent(m, manifestEvent(name as 'requeued'));
      if (!r.ok) throw new Error(r.reason);
      return r.manifest;
    }, base);
    expect(lintManifest(head, base, now)).toEqual([]);
  });

  it.each([
    ['entry_removed', () => ({ ...base, entries: [] })],
    ['history_rewritten', () => editEntry(base, (e) => ({ ...e, history: e.history.slice(1).map((h) => ({ ...h, from: null })) }))],
    ['illegal_transition', () => editEntry(base, (e) => ({ ...e, status: 'success' }))],
    ['issue_number_changed', () => editEntry(base, (e) => ({ ...e, issue_number: 99 }))],
    ['override_invalid', () => editEntry(base, (e) => ({ ...e, governance_flag: 'override' }))],
    ['override_invalid', () => editEntry(base, (e) => ({ ...e, governance_flag: 'override', override: { reason: 'r', approver: 'a', granted_at: '2026-11-24T00:00:00Z', expires_at: '2026-12-24T00:00:00Z', revoked_at: null } }))],
    ['override_invalid', () => editEntry(base, (e) => ({ ...e, governance_flag: 'override', override: { reason: 'r', approver: 'a', granted_at: '2026-11-01T00:00:00Z', expires_at: '2026-11-02T00:00:00Z', revoked_at: null } }))],
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
    ['a huge file', `{"schema_version":1,"entries":[],"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`, /larger than/],
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
    expect(() => parseManifest(serializeManifest(doubled), 'm.json')).toThrowError(/two entries for tag v1.0.0, run 100/);
  });

  it('round-trips what it serializes', () => {
    const manifest = build(['validated'], ['rolled_back']);
    expect(parseManifest(serializeManifest(manifest), 'm.json')).toEqual(manifest);
  });
});
