import postgres from 'postgres';
import {
  KPI_METRICS,
  KPI_VIEW_SCHEMA,
  kpiViewName,
  type KpiMetric,
  type KpiReport,
  type KpiRow,
} from '../../core/kpi/index.js';

export interface DayRange {
  /** YYYY-MM-DD, inclusive; null for no bound. */
  readonly from: string | null;
  readonly to: string | null;
}

/** Reads every metric's view for the days in range, rows ordered by repository and day. */
export async function readKpiReport(databaseUrl: string, range: DayRange): Promise<KpiReport> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const metrics = {} as Record<KpiMetric, readonly KpiRow[]>;
    for (const metric of KPI_METRICS) {
      const rows = await sql<{ row: KpiRow }[]>`
        select row_to_json(v) as row from ${sql(`${KPI_VIEW_SCHEMA}.${kpiViewName(metric)}`)} v
        where (${range.from}::date is null or v.day >= ${range.from}::date) and (${range.to}::date is null or v.day <= ${range.to}::date)
        order by v.repository, v.day`;
      metrics[metric] = rows.map(({ row }) => row);
    }
    return { ...range, metrics };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
