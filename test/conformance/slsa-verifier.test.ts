import { afterAll, describe, expect, it } from 'vitest';
import type { SlsaVerifierCase } from './cases.js';
import {
  groupBy,
  loadTable,
  meetsExpectation,
  replay,
  REPO_ROOT,
  summaryLine,
  type Tally,
} from './replay.js';
import { renderTable } from './scripts/generate.js';
import { slsaVerifierCases, SLSA_VERIFIER_DIR } from './scripts/slsa-verifier-cases.js';

const TABLE_PATH = `${SLSA_VERIFIER_DIR}/cases.json`;
const table = loadTable<SlsaVerifierCase>(TABLE_PATH);
const groups = groupBy(table.cases, (c) => `${c.test} ${c.builder}`);
const tally: Tally = { cases: 0, asThePeer: 0, differences: 0, unexpected: 0 };

describe('slsa-verifier conformance (main_regression_test.go, replayed through the CLI)', () => {
  it('the checked-in table is what the generator makes of the vendored test', () => {
    expect(renderTable(slsaVerifierCases(REPO_ROOT))).toBe(renderTable(table));
  });

  for (const [group, cases] of groups) {
    it(`${group}: every case gives the peer's verdict or its documented difference`, async () => {
      const unexpected: { id: string; expected: SlsaVerifierCase['ours']['expect']; actual: string }[] = [];
      for (const row of cases) {
        const outcome = await replay(row.ours);
        tally.cases += 1;
        if (row.ours.difference) tally.differences += 1;
        else tally.asThePeer += 1;
        if (meetsExpectation(row.ours.expect, outcome)) continue;
        unexpected.push({ id: row.id, expected: row.ours.expect, actual: outcome.verdict });
      }
      tally.unexpected += unexpected.length;
      expect(unexpected).toEqual([]);
    }, 120_000);
  }

  afterAll(() => {
    console.log(summaryLine('slsa-verifier', tally));
  });
});
