import { FAILURE_CATALOG, outcomeOf, runbookUrl } from '../errors/index.js';
import type { Check, Verdict } from '../policy/index.js';
import { redactText } from '../redaction/index.js';

const MARK: Record<Check['status'], string> = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };

/** A readable table of checks; the failing one is marked and points at its runbook. */
export function renderVerdictTable(verdict: Verdict, title: string): string {
  const width = Math.max(...verdict.checks.map((c) => c.name.length), 5);
  const rows = verdict.checks.map((check) => {
    const marker = check.status === 'failed' ? '✗' : ' ';
    const head = `${marker} ${check.name.padEnd(width)}  ${MARK[check.status]}  `;
    const pad = ' '.repeat(head.length);
    if (check.status === 'skipped') return `${head}${shown(check.expected)}`;
    if (check.status === 'passed') return `${head}${shown(check.actual)}`;
    return `${head}expected: ${shown(check.expected)}\n${pad}actual:   ${shown(check.actual)}`;
  });
  const headline = outcomeOf(verdict).toUpperCase();
  const lines = [
    `${title}: ${verdict.failureReason ? `${headline} (${verdict.failureReason})` : headline}`,
    ...(verdict.attestation ? [shown(verdict.attestation)] : []),
    '',
    ...rows,
  ];
  if (verdict.failureReason) {
    lines.push(
      '',
      `${verdict.failureReason}: ${FAILURE_CATALOG[verdict.failureReason].meaning}`,
      `runbook: ${runbookUrl(verdict.failureReason)}`,
    );
  }
  return lines.join('\n');
}

/**
 * Untrusted text on a terminal: redacted, on one line, without control characters (an escape
 * sequence in a predicate could otherwise rewrite what the reader sees).
 */
function shown(text: string): string {
  return redactText(text, [])
    .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
    .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
