import type { KpiReport } from '../kpi/index.js';
import type { Manifest, ManifestEntry } from '../manifest/index.js';
import { kpiEventFigures } from './from-kpi-events.js';
import { kpiReportFigures } from './from-kpi-report.js';
import { manifestFigures } from './from-manifests.js';
import type { Dashboard, DayRange } from './model.js';

export interface DashboardInput {
  readonly manifests: readonly Manifest[];
  /**
   * Spool lines (JSON-parsed, with the count of lines that did not parse), or the database views, which hold
   * every flushed event.
   */
  readonly kpi:
    { readonly events: readonly unknown[]; readonly unreadable: number } | { readonly report: KpiReport };
  readonly range: DayRange;
  readonly generatedAt: Date;
  /** Whether a signature vouches for an entry's verdict; absent: signatures are not checked. */
  readonly vouched?: (entry: ManifestEntry) => boolean;
}

/**
 * Pass rate and failures come from the manifests; the database's pass rate or KPI events stand in without
 * them.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const fromManifests = manifestFigures(input.manifests, input.range, input.vouched ?? null);
  const kpi =
    'report' in input.kpi
      ? { figures: kpiReportFigures(input.kpi.report), used: 0, skipped: 0 }
      : kpiEventFigures(input.kpi.events, input.range);
  const unreadable = 'unreadable' in input.kpi ? input.kpi.unreadable : 0;
  return {
    ...kpi.figures,
    passRate: input.manifests.length > 0 ? fromManifests.passRate : kpi.figures.passRate,
    range: input.range,
    generatedAt: input.generatedAt.toISOString(),
    sources: {
      manifestFiles: input.manifests.length,
      entries: fromManifests.entries,
      unvouchedVerdicts: fromManifests.unvouched,
      kpiEvents: kpi.used,
      skippedEvents: kpi.skipped + unreadable,
      database: 'report' in input.kpi,
    },
    failuresByCode: fromManifests.failuresByCode,
    latestFailures: fromManifests.latestFailures,
  };
}
