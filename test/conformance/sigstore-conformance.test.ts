import { afterAll, describe, expect, it } from 'vitest';
import type { SigstoreConformanceCase } from './cases.js';
import { loadTable, meetsExpectation, replay, REPO_ROOT, summaryLine, type Tally } from './replay.js';
import { renderTable } from './scripts/generate.js';
import { sigstoreConformanceCases, SIGSTORE_CONFORMANCE_DIR } from './scripts/sigstore-conformance-cases.js';

const TABLE_PATH = `${SIGSTORE_CONFORMANCE_DIR}/cases.json`;
const table = loadTable<SigstoreConformanceCase>(TABLE_PATH);
const tally: Tally = { cases: 0, asThePeer: 0, differences: 0, unexpected: 0 };

describe('sigstore-conformance bundle-verify, replayed through the CLI', () => {
  it('the checked-in table is what the generator makes of the vendored folders', () => {
    expect(renderTable(sigstoreConformanceCases(REPO_ROOT))).toBe(renderTable(table));
  });

  it.each(table.cases.map((c) => [c.id, c] as const))('%s', async (_id, row) => {
    const outcome = await replay(row.ours);
    tally.cases += 1;
    if (row.ours.difference) tally.differences += 1;
    else tally.asThePeer += 1;
    if (!meetsExpectation(row.ours.expect, outcome)) tally.unexpected += 1;
    expect(outcome.verdict).not.toMatch(/^crash/);
    expect(
      meetsExpectation(row.ours.expect, outcome),
      `expected ${JSON.stringify(row.ours.expect)}, got ${outcome.verdict}`,
    ).toBe(true);
  });

  afterAll(() => {
    console.log(summaryLine('sigstore-conformance', tally));
  });
});
