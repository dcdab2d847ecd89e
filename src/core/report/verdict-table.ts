import { FAILURE_CATALOG, runbookPath } from '../errors/index.js';
import type { Check, Verdict } from '../policy/index.js';

const MARK: Record<Check['status'], string> = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };

/** A readable table of checks; the failing one is marked and points at its runbook. */
export function renderVerdictTable(verdict: Verdict, title: string): string {
  const width = Math.max(...verdict.checks.map((c) => c.name.length), 5);
  const rows = verdict.checks.map((check) => {
    const marker = check.status === 'failed' ? '✗' : ' ';
    const head = `${marker} ${check.name.padEnd(width)}  ${MARK[check.status]}  `;
    const pad = ' '.repeat(head.length);
    if (check.status === 'skipped') return `${head}${check.expected}`;
    if (check.status === 'passed') return `${head}${check.actual}`;
    return `${head}expected: ${check.expected}\n${pad}actual:   ${check.actual}`;
  });
  const outcome = verdict.verified ? 'VERIFIED' : `REJECTED (${verdict.failureReason})`;
  const lines = [`${title}: ${outcome}`, ...(verdict.attestation ? [verdict.attestation] : []), '', ...rows];
  if (verdict.failureReason) {
    lines.push('', `${verdict.failureReason}: ${FAILURE_CATALOG[verdict.failureReason].meaning}`, `runbook: ${runbookPath(verdict.failureReason)}`);
  }
  return lines.join('\n');
}
