import { countBy } from '../dashboard/stats.js';
import type { Manifest } from '../manifest/index.js';

export interface ManifestCounts {
  readonly entries: number;
  readonly statuses: readonly { readonly label: string; readonly count: number }[];
  /** The codes entries record now: a failure a rerun fixed no longer has one. */
  readonly failureCodes: readonly { readonly label: string; readonly count: number }[];
}

export function countManifest(manifest: Manifest): ManifestCounts {
  return {
    entries: manifest.entries.length,
    statuses: countBy(manifest.entries.map((entry) => entry.status)),
    failureCodes: countBy(manifest.entries.flatMap((entry) => (entry.failure_reason === null ? [] : [entry.failure_reason]))),
  };
}

/** Mermaid pies for a job summary: entries by status and, when any entry failed, by failure code. */
export function manifestPieCharts(manifest: Manifest): string {
  const { statuses, failureCodes } = countManifest(manifest);
  const pie = (title: string, counts: ManifestCounts['statuses']) =>
    ['```mermaid', `pie showData title ${title}`, ...counts.map(({ label, count }) => `  "${label}" : ${count}`), '```'].join('\n');
  return [
    ...(statuses.length > 0 ? [pie('Manifest entries by status', statuses)] : []),
    ...(failureCodes.length > 0 ? [pie('Failure codes', failureCodes)] : []),
  ].join('\n\n');
}
