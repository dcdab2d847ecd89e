import { FAILURE_CATALOG, outcomeOf } from '../errors/index.js';
import type { Verdict } from '../policy/index.js';
import { redactText } from '../redaction/index.js';

/**
 * `--format line`, for CI logs: one line per artifact, `PASSED FILE BUILDER SOURCE@REF`, `FAILED FILE CODE:
 * WHY` or `UNDECIDED FILE CODE: WHY`. The verdict is about the artifacts together, so each line carries it.
 */
export function renderVerdictLines(verdict: Verdict, artifacts: readonly string[]): string {
  const files = artifacts.length > 0 ? artifacts : ['-'];
  const outcome = outcomeOf(verdict);
  if (outcome === 'verified' || verdict.failureReason === null) {
    const facts = verdict.facts;
    const builder = oneWord(facts?.builderId ?? '-');
    const source = `${oneWord(facts?.sourceRepository ?? '-')}@${oneWord(facts?.sourceRef ?? '-')}`;
    return files.map((file) => `PASSED ${oneWord(file)} ${builder} ${source}`).join('\n');
  }
  const head = outcome === 'rejected' ? 'FAILED' : 'UNDECIDED';
  const why = sentence(verdict);
  return files.map((file) => `${head} ${oneWord(file)} ${verdict.failureReason}: ${why}`).join('\n');
}

/** The failing check's expected and actual, or the code's meaning when no check failed. */
function sentence(verdict: Verdict): string {
  const check = verdict.checks.find((c) => c.status === 'failed');
  if (check === undefined) return oneLine(FAILURE_CATALOG[verdict.failureReason!].meaning);
  return oneLine(`${check.name} expected ${check.expected}, got ${check.actual}`);
}

/**
 * Untrusted text on a log line: redacted, without line breaks or control characters (an escape sequence in a
 * predicate could otherwise rewrite what the reader sees).
 */
function oneLine(text: string): string {
  return redactText(text, [])
    .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
    .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One field of a line: a space inside it would shift the fields after it. */
function oneWord(text: string): string {
  return oneLine(text).replace(/\s/g, '%20');
}
