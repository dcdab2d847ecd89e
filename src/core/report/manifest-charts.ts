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
    failureCodes: countBy(
      manifest.entries.flatMap((entry) => (entry.failure_reason === null ? [] : [entry.failure_reason])),
    ),
  };
}
