import type { Verdict } from '../core/policy/index.js';
import { renderVerdictLines, renderVerdictTable, toVerdictJson } from '../core/report/index.js';
import type { OutputFormat } from './verify-inputs.js';

/** The verdict in the format asked for: the table, the --json contract, or one line per artifact. */
export function renderVerdict(
  verdict: Verdict,
  format: OutputFormat,
  artifacts: readonly string[],
  {
    title = 'provenance-guard verify',
    extra = {},
  }: { readonly title?: string; readonly extra?: object } = {},
): string {
  if (format === 'json') return JSON.stringify({ ...toVerdictJson(verdict), ...extra }, null, 2);
  if (format === 'line') return renderVerdictLines(verdict, artifacts);
  return renderVerdictTable(verdict, title);
}
