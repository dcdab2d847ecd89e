import { describe, expect, it } from 'vitest';
import { FAULT_KINDS } from './ledger.js';
import { formatReport, runSoak } from './soak.js';

/** The seed of `npm test`: its mix has releases of every kind, private, protected and Slack-first repositories. */
const SEED = 1;
/** About 40 s on two cores; more failures mean more recoveries and re-runs, and a longer soak. */
const RELEASES = 20;
const FAULT_RATE = 0.3;

describe('the seeded fault soak of the whole release', () => {
  it(`${RELEASES} releases with ${FAULT_RATE * 100}% of the actions' calls faulted: exactly-once effects, every failure announced once, at most 3 tries per call`, async () => {
    const report = await runSoak({ releases: RELEASES, faultRate: FAULT_RATE, seed: SEED });
    console.log(formatReport(report, { explain: true }));
    // The soak did what it claims: every kind of fault met, every invariant exercised.
    for (const kind of FAULT_KINDS) expect(report.totals.faults[kind], kind).toBeGreaterThan(0);
    for (const row of report.invariants) expect(row.held, row.invariant).toBeGreaterThan(0);
    expect(report.invariants.map((row) => [row.invariant, row.violated, row.where])).toEqual(
      report.invariants.map((row) => [row.invariant, 0, []]),
    );
  }, 240_000);
});
