import { describe, expect, it } from 'vitest';
import { KPI_METRICS, renderKpiReport, type KpiReport, type KpiRow } from '../../src/core/kpi/index.js';

const report = (figures: Record<string, number | string | null>): KpiReport => ({
  from: '2026-11-24',
  to: null,
  metrics: Object.fromEntries(
    KPI_METRICS.map((metric) => [
      metric,
      metric === 'notify.failures'
        ? [{ repository: 'acme/app', day: '2026-11-24', ...figures } as KpiRow]
        : [],
    ]),
  ) as unknown as KpiReport['metrics'],
});

describe('renderKpiReport', () => {
  // Figures show at most three decimals and no trailing zeros; an integer stays whole.
  it('writes each figure with at most three decimals and no trailing zeros', () => {
    const text = renderKpiReport(
      report({ a: 0.5, b: 1.25, c: 3, d: 0.1 + 0.2, e: 1 / 3, f: 100.5004, g: -0.0001, h: 12.0004, i: null }),
    );
    const line = text.split('\n').find((l) => l.startsWith('notify.failures'));
    expect(line).toContain('a=0.5 b=1.25 c=3 d=0.3 e=0.333 f=100.5 g=0 h=12 i=-');
  });
});
