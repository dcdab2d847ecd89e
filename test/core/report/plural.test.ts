import { describe, expect, it } from 'vitest';
import { applyEvent, emptyManifest, type ManifestEntry } from '../../../src/core/manifest/index.js';
import { explainPolicy, loadPolicyFile } from '../../../src/core/policy-file/index.js';
import { decideRecovery } from '../../../src/core/recovery/index.js';
import { counted } from '../../../src/core/report/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const DAY_MS = 86_400_000;
const now = new Date('2026-11-25T12:00:00Z');

function failedEntry(): ManifestEntry {
  const applied = applyEvent(emptyManifest(), manifestEvent('failed'));
  if (!applied.ok) throw new Error(applied.reason);
  return applied.manifest.entries[0]!;
}

const why = (ageDays: number, runAttempt: number) =>
  decideRecovery({
    entry: failedEntry(),
    run: {
      createdAt: new Date(now.getTime() - ageDays * DAY_MS),
      runAttempt,
      status: 'completed',
      conclusion: 'failure',
    },
    tag: 'v1.0.0',
    now,
    dispatchAvailable: true,
    failedJobsOnly: false,
  }).why;

describe('counts in words agree with their number', () => {
  it('counted: one is singular, every other count plural, irregular plurals given', () => {
    expect([0, 1, 2].map((n) => counted(n, 'day'))).toEqual(['0 days', '1 day', '2 days']);
    expect(counted(1, 'entry', 'entries')).toBe('1 entry');
    expect(counted(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('recovery: "1 day old with 1 rerun", never "1 days" or "1 reruns"', () => {
    expect(why(1.5, 2)).toBe('run is 1 day old with 1 rerun');
    expect(why(0.2, 1)).toBe('run is 0 days old with 0 reruns');
    expect(why(31, 3)).toBe(
      'run is 31 days old (rerun window 30 days): dispatching the release workflow for v1.0.0',
    );
  });

  it('policy lint: an override of at most 1 day', () => {
    const { file } = loadPolicyFile(
      [
        'version: 1',
        'artifacts:',
        '  - match: "*"',
        '    override: { allow-slsa-v0.2: true, approvers: [alice], max-days: 1 }',
      ].join('\n'),
      'policy.yml',
    );
    expect(explainPolicy(file)).toContain(
      '  - override: SLSA v0.2 may pass for at most 1 day, approved by alice',
    );
  });
});
