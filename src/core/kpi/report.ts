import { KPI_METRICS, type KpiMetric } from './events.js';

/** Schema of the KPI views in Supabase (supabase/migrations/*_kpi_views.sql). */
export const KPI_VIEW_SCHEMA = 'kpi';

/** Each metric has one view, named after it: `notify.issue_latency` → `kpi.notify_issue_latency`. */
export function kpiViewName(metric: KpiMetric): string {
  return metric.replaceAll('.', '_');
}

/** One view row: repository, UTC day and the view's own figures (counts, rates 0..1, seconds). */
export type KpiRow = Readonly<Record<string, string | number | null>> & {
  readonly repository: string;
  readonly day: string;
};

export interface KpiReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly metrics: Readonly<Record<KpiMetric, readonly KpiRow[]>>;
}

/** A plain-text table: one line per metric, repository and day, with the view's figures. */
export function renderKpiReport(report: KpiReport): string {
  const range = `${report.from ?? 'the first day'} to ${report.to ?? 'today'}`;
  const lines = KPI_METRICS.flatMap((metric) => {
    const rows = report.metrics[metric];
    if (rows.length === 0) return [[metric, '-', '-', 'no data']];
    return rows.map(({ repository, day, ...figures }) => [
      metric,
      repository,
      day,
      Object.entries(figures)
        .map(([name, value]) => `${name}=${format(value)}`)
        .join(' '),
    ]);
  });
  const header = ['metric', 'repository', 'day', 'figures'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ');
  return [`KPIs from ${range}`, row(header), ...lines.map(row)].join('\n');
}

/** At most three decimals, without trailing zeros: 0.5, 1.25, 3 (Number drops the zeros toFixed writes). */
function format(value: string | number | null): string {
  if (typeof value !== 'number') return value ?? '-';
  return String(Number(value.toFixed(3)));
}
