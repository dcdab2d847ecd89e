import type { KpiMetric, KpiReport, KpiRow } from '../kpi/index.js';
import type { DailyDistribution, DailyRate, KpiFigures } from './model.js';

/**
 * The database views hold one row per repository and day. Repositories are added up per day; for
 * durations, whose percentiles cannot be added, a day shows the highest figure of any repository.
 */
export function kpiReportFigures(report: KpiReport): KpiFigures {
  const rates = (metric: KpiMetric, attempts: string, succeeded: string): DailyRate[] =>
    byDay(report.metrics[metric]).map(([day, rows]) => ({
      day,
      attempts: sum(rows, attempts),
      succeeded: sum(rows, succeeded),
    }));
  const seconds = (metric: KpiMetric): DailyDistribution => ({
    kind: 'daily',
    days: byDay(report.metrics[metric]).map(([day, rows]) => ({
      day,
      samples: sum(rows, 'samples'),
      p50: highest(rows, 'p50_seconds'),
      p95: highest(rows, 'p95_seconds'),
      max: highest(rows, 'max_seconds'),
    })),
  });
  return {
    passRate: rates('security_ci.predicate_validation_pass_rate', 'validations', 'passed'),
    rerunSuccess: rates('rerun.success_rate', 'reruns', 'succeeded'),
    notifyRoutes: null,
    issueLatency: seconds('notify.issue_latency'),
    timeToResolution: seconds('rerun.time_to_resolution'),
    lockWait: seconds('metrics.lock_wait_seconds'),
    ingestSuccess: rates('security_ci.kpi_ingest_success', 'attempts', 'succeeded'),
  };
}

function byDay(rows: readonly KpiRow[]): [string, KpiRow[]][] {
  const days = new Map<string, KpiRow[]>();
  for (const row of rows) days.set(row.day, [...(days.get(row.day) ?? []), row]);
  return [...days].sort(([a], [b]) => a.localeCompare(b));
}

const figure = (row: KpiRow, column: string) => Number(row[column] ?? 0);
const sum = (rows: readonly KpiRow[], column: string) =>
  rows.reduce((total, row) => total + figure(row, column), 0);
const highest = (rows: readonly KpiRow[], column: string) =>
  Math.max(...rows.map((row) => figure(row, column)));
