import { KPI_METRICS, type KpiEvent, type KpiMetric } from '../kpi/index.js';
import type { NotifyRoute } from '../notify/route.js';
import type { DailyRate, DayRange, KpiFigures } from './model.js';
import { dailyRates, dayOf, distribution, inRange } from './stats.js';

const NOTIFY_ROUTES: readonly NotifyRoute[] = ['slack', 'issue', 'summary'];

export interface KpiEventFigures {
  readonly figures: KpiFigures;
  /** Distinct usable events in range. */
  readonly used: number;
  readonly skipped: number;
}

/**
 * Spool lines are parsed, not validated: an event without a known metric, a finite value, a date or
 * an idempotency key is skipped. A re-sent event (same key) counts once, as in the database.
 */
export function kpiEventFigures(events: readonly unknown[], range: DayRange): KpiEventFigures {
  const seen = new Set<string>();
  const usable: (KpiEvent & { day: string })[] = [];
  let skipped = 0;
  for (const event of events) {
    const day = isKpiEvent(event) ? dayOf(event.occurred_at) : null;
    if (!isKpiEvent(event) || day === null) skipped++;
    else if (!seen.has(event.idempotency_key)) {
      seen.add(event.idempotency_key);
      if (inRange(day, range)) usable.push({ ...event, day });
    }
  }
  const of = (metric: KpiMetric) => usable.filter((event) => event.metric === metric);
  const rates = (metric: KpiMetric): DailyRate[] =>
    dailyRates(of(metric).map(({ day, value }) => ({ day, ok: value > 0 })));
  const seconds = (metric: KpiMetric) => distribution(of(metric).map(({ value }) => value));
  const routed = of('notify.failures');
  return {
    used: usable.length,
    skipped,
    figures: {
      passRate: rates('security_ci.predicate_validation_pass_rate'),
      rerunSuccess: rates('rerun.success_rate'),
      notifyRoutes: NOTIFY_ROUTES.map((route) => ({
        label: route,
        count: routed
          .filter((event) => event.labels?.route === route)
          .reduce((sum, event) => sum + event.value, 0),
      })),
      issueLatency: seconds('notify.issue_latency'),
      timeToResolution: seconds('rerun.time_to_resolution'),
      lockWait: seconds('metrics.lock_wait_seconds'),
      ingestSuccess: rates('security_ci.kpi_ingest_success'),
    },
  };
}

function isKpiEvent(value: unknown): value is KpiEvent {
  const event = value as Partial<KpiEvent> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    (KPI_METRICS as readonly unknown[]).includes(event.metric) &&
    typeof event.value === 'number' &&
    Number.isFinite(event.value) &&
    typeof event.occurred_at === 'string' &&
    typeof event.idempotency_key === 'string'
  );
}
