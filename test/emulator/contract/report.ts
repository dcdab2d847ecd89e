import { checkResponse, type Verdict } from './check.js';
import type { RecordedResponse } from './recorder.js';

export interface OperationCount {
  operation: string;
  responses: number;
  /** Status documented (or in the README table), documented headers present, body valid. */
  faithful: number;
  /** Of the faithful, those whose status is one of the README table's. */
  listed: number;
  undocumentedStatus: number;
  invalidBody: number;
  missingHeader: number;
  /** Answered by an injected fault or outside api.github.com: not checked. */
  exempt: number;
}

const isFaithful = (verdict: Verdict): boolean =>
  (verdict.basis === 'documented' || verdict.basis === 'listed') && verdict.findings.length === 0;

export function countByOperation(verdicts: readonly Verdict[]): OperationCount[] {
  const counts = new Map<string, OperationCount>();
  for (const verdict of verdicts) {
    const count = counts.get(verdict.operation) ?? {
      operation: verdict.operation,
      responses: 0,
      faithful: 0,
      listed: 0,
      undocumentedStatus: 0,
      invalidBody: 0,
      missingHeader: 0,
      exempt: 0,
    };
    const has = (kind: string) => verdict.findings.some((finding) => finding.kind === kind);
    count.responses += 1;
    if (isFaithful(verdict)) count.faithful += 1;
    if (isFaithful(verdict) && verdict.basis === 'listed') count.listed += 1;
    if (verdict.basis === 'fault' || verdict.basis === 'outside-api') count.exempt += 1;
    if (has('undocumented-status') || has('no-operation') || has('emulator-error'))
      count.undocumentedStatus += 1;
    if (has('invalid-body')) count.invalidBody += 1;
    if (has('missing-header')) count.missingHeader += 1;
    counts.set(verdict.operation, count);
  }
  return [...counts.values()].sort((a, b) => a.operation.localeCompare(b.operation));
}

export function formatCounts(counts: readonly OperationCount[]): string {
  const total = counts.reduce(
    (sum, count) => ({
      ...sum,
      responses: sum.responses + count.responses,
      faithful: sum.faithful + count.faithful,
      listed: sum.listed + count.listed,
      undocumentedStatus: sum.undocumentedStatus + count.undocumentedStatus,
      invalidBody: sum.invalidBody + count.invalidBody,
      missingHeader: sum.missingHeader + count.missingHeader,
      exempt: sum.exempt + count.exempt,
    }),
    {
      operation: 'total',
      responses: 0,
      faithful: 0,
      listed: 0,
      undocumentedStatus: 0,
      invalidBody: 0,
      missingHeader: 0,
      exempt: 0,
    },
  );
  const row = (c: OperationCount) =>
    `| ${[c.operation, c.responses, c.faithful, c.listed, c.undocumentedStatus, c.invalidBody, c.missingHeader, c.exempt].join(' | ')} |`;
  return [
    '| operation | responses | faithful | of which listed | undocumented status | invalid body | missing header | exempt |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...counts, total].map(row),
  ].join('\n');
}

/** Throws when a response is not what GitHub's description allows; every emulator's `close()` calls it. */
export function assertFaithful(responses: readonly RecordedResponse[]): void {
  const violations = describeViolations(responses);
  if (violations) {
    const why = `The GitHub emulator answered what GitHub's OpenAPI description does not allow (test/emulator/README.md, "Contract")`;
    throw new Error(`${why}:\n${violations}`);
  }
}

/** The unfaithful responses, one paragraph each (the first `limit`); empty when every response is faithful. */
export function describeViolations(responses: readonly RecordedResponse[], limit = 10): string {
  const violations = responses
    .map((response) => ({ response, verdict: checkResponse(response) }))
    .filter(({ verdict }) => verdict.findings.length > 0);
  const shown = violations.slice(0, limit).map(({ response, verdict }) => {
    const heading = `${response.method} ${response.path} → ${response.status} (${verdict.operation})`;
    return [heading, ...verdict.findings.map((finding) => `  ${finding.kind}: ${finding.detail}`)].join('\n');
  });
  if (violations.length > limit) shown.push(`… and ${violations.length - limit} more`);
  return shown.join('\n');
}
