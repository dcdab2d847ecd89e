import type { ManifestEntry } from '../../core/manifest/index.js';
import type { AuditEvent } from '../../core/operations/index.js';
import { entryTable } from './manifest.js';
import { shown, table } from './markdown.js';

const RESULT_ICON = { succeeded: '✅', noop: 'ℹ️', denied: '⛔', failed: '❌' } as const;

export interface OperationReport {
  readonly title: string;
  /** What was done, one line per effect, already escaped. */
  readonly done: readonly string[];
  readonly audit: AuditEvent;
  /** The entry as the manifest holds it after the operation; null when it could not be read. */
  readonly entry: ManifestEntry | null;
}

/**
 * recover and rollback: what was done, what the manifest now holds, and the audit record with its request id.
 */
export function renderOperationSummary(report: OperationReport): string {
  const { audit } = report;
  return [
    `## ${RESULT_ICON[audit.result]} ${report.title}`,
    report.done.map((line) => `- ${line}`).join('\n'),
    '### The manifest entry now',
    report.entry ? entryTable(report.entry) : '_The entry could not be read back; see the audit record._',
    '### Audit record',
    table(
      ['request id', 'operation', 'result', 'actor', 'incident', 'reason'],
      [
        [
          shown(audit.request_id),
          shown(audit.operation),
          audit.result,
          shown(audit.actor),
          audit.incident === null ? '—' : `#${audit.incident}`,
          shown(audit.reason),
        ],
      ],
    ),
  ]
    .join('\n\n')
    .concat('\n');
}

/**
 * The entry as its home file holds it now, for the summary; a read that fails leaves it out, not the summary.
 */
export async function entryAfter(
  store: { read(of: { tag: string; run_id: number }): Promise<{ entries: readonly ManifestEntry[] }> } | null,
  tag: string,
  runId: number,
): Promise<ManifestEntry | null> {
  const manifest = store ? await store.read({ tag, run_id: runId }).catch(() => null) : null;
  return manifest?.entries.find((e) => e.tag === tag && e.run_id === runId) ?? null;
}
