import * as core from '@actions/core';
import { FAILURE_CATALOG, runbookPath } from '../core/errors/index.js';
import type { Verdict } from '../core/policy/index.js';

const ICON = { passed: '✅ pass', failed: '❌ FAIL', skipped: '⏭️ skipped' } as const;

/** The job summary: verdict, checks table with expected vs actual, runbook for the failure. */
export async function writeVerdictSummary(verdict: Verdict): Promise<void> {
  const heading = verdict.verified ? 'Provenance verified' : `Provenance rejected: ${verdict.failureReason}`;
  const rows = verdict.checks.map((check) => [
    { data: check.name }, { data: ICON[check.status] }, { data: escapeCell(check.expected) }, { data: escapeCell(check.actual) },
  ]);
  core.summary
    .addHeading(heading, 2)
    .addTable([[{ data: 'check', header: true }, { data: 'result', header: true }, { data: 'expected', header: true }, { data: 'actual', header: true }], ...rows]);
  if (verdict.failureReason) {
    core.summary.addRaw(`<p><b>${verdict.failureReason}</b>: ${FAILURE_CATALOG[verdict.failureReason].meaning} Runbook: <code>${runbookPath(verdict.failureReason)}</code></p>`, true);
  }
  await core.summary.write();
}

function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
