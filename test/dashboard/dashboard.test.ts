import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  kpiReportFigures,
  percentile,
  type Dashboard,
} from '../../src/core/dashboard/index.js';
import { KPI_METRICS, type KpiMetric, type KpiReport, type KpiRow } from '../../src/core/kpi/index.js';
import { firstDay, HOSTILE_DETAIL, HOSTILE_TAG, RANGE, secondDay, spoolEvents } from './fixture.js';

const dashboard: Dashboard = buildDashboard({
  manifests: [firstDay(), secondDay()],
  kpi: { events: spoolEvents(), unreadable: 1 },
  range: RANGE,
  generatedAt: new Date('2026-11-25T06:00:00Z'),
});

describe('dashboard figures from manifests and a KPI spool (fixture worked out by hand)', () => {
  it('counts every verdict in range per UTC day, first runs and reruns alike, the 22nd left out', () => {
    // 23rd: v1.0.0 passed, v1.0.1 failed then its rerun passed, v1.0.2 failed (once, though in both manifests).
    // 24th: v1.1.0 and v1.1.2 passed; v1.1.1 failed and its rerun failed; the hostile tag failed.
    expect(dashboard.passRate).toEqual([
      { day: '2026-11-23', attempts: 4, succeeded: 2 },
      { day: '2026-11-24', attempts: 5, succeeded: 2 },
    ]);
  });

  it('counts failed entries by the code they record, newest failure first, with the merged issue number', () => {
    expect(dashboard.failuresByCode).toEqual([
      { label: 'tag_mismatch', count: 2 },
      { label: 'builder_mismatch', count: 1 },
    ]);
    expect(dashboard.latestFailures).toEqual([
      {
        tag: HOSTILE_TAG,
        runId: 204,
        runAttempt: 1,
        at: '2026-11-24T12:00:00Z',
        code: 'tag_mismatch',
        status: 'failure',
        issueNumber: null,
        detail: null,
      },
      {
        tag: 'v1.1.1',
        runId: 202,
        runAttempt: 2,
        at: '2026-11-24T10:00:00Z',
        code: 'builder_mismatch',
        status: 'blocked',
        issueNumber: null,
        detail: 'unexpected builder again',
      },
      {
        tag: 'v1.0.2',
        runId: 103,
        runAttempt: 1,
        at: '2026-11-23T12:00:00Z',
        code: 'tag_mismatch',
        status: 'failure',
        issueNumber: 42,
        detail: HOSTILE_DETAIL,
      },
      {
        tag: 'v1.0.1',
        runId: 102,
        runAttempt: 1,
        at: '2026-11-23T10:00:00Z',
        code: null,
        status: 'success',
        issueNumber: 41,
        detail: 'app.tgz digest is not a subject',
      },
    ]);
  });

  it('reads rates and route counts from KPI events, a re-sent event once, the 22nd left out', () => {
    expect(dashboard.rerunSuccess).toEqual([
      { day: '2026-11-23', attempts: 1, succeeded: 1 },
      { day: '2026-11-24', attempts: 2, succeeded: 1 },
    ]);
    expect(dashboard.ingestSuccess).toEqual([
      { day: '2026-11-23', attempts: 2, succeeded: 1 },
      { day: '2026-11-24', attempts: 3, succeeded: 3 },
    ]);
    expect(dashboard.notifyRoutes).toEqual([
      { label: 'slack', count: 3 },
      { label: 'issue', count: 1 },
      { label: 'summary', count: 1 },
    ]);
  });

  it('summarises durations with percentile_cont percentiles and a histogram from the first to the last filled bucket', () => {
    // [12, 30, 45, 300]: p50 = 30 + 0.5 × 15; p95 at rank 2.85 = 45 + 0.85 × 255.
    expect(dashboard.issueLatency).toEqual({
      kind: 'samples',
      samples: 4,
      p50: 37.5,
      p95: expect.closeTo(261.75, 10),
      max: 300,
      histogram: [
        { label: '5–30 s', count: 1 },
        { label: '30 s–2 min', count: 2 },
        { label: '2–10 min', count: 1 },
      ],
    });
    // [90, 600, 5400]: p95 at rank 1.9 = 600 + 0.9 × 4800; 600 s is the first value of the 10–60 min bucket.
    expect(dashboard.timeToResolution).toEqual({
      kind: 'samples',
      samples: 3,
      p50: 600,
      p95: expect.closeTo(4920, 10),
      max: 5400,
      histogram: [
        { label: '30 s–2 min', count: 1 },
        { label: '2–10 min', count: 0 },
        { label: '10–60 min', count: 1 },
        { label: '1–6 h', count: 1 },
      ],
    });
    // [0.4, 1.2, 2.6, 7]: p50 = 1.2 + 0.5 × 1.4; p95 = 2.6 + 0.85 × 4.4.
    expect(dashboard.lockWait).toEqual({
      kind: 'samples',
      samples: 4,
      p50: expect.closeTo(1.9, 10),
      p95: expect.closeTo(6.34, 10),
      max: 7,
      histogram: [
        { label: '< 1 s', count: 1 },
        { label: '1–5 s', count: 2 },
        { label: '5–30 s', count: 1 },
      ],
    });
  });

  it('says what it read: 8 distinct entries, 24 usable events, 4 lines skipped', () => {
    expect(dashboard.sources).toEqual({
      manifestFiles: 2,
      entries: 8,
      kpiEvents: 24,
      skippedEvents: 4,
      database: false,
      unvouchedVerdicts: null,
    });
  });

  it('uses the pass-rate KPI events when no manifest is given, and has empty figures without data', () => {
    const events = ['2026-11-23', '2026-11-23', '2026-11-24'].map((day, i) => ({
      metric: 'security_ci.predicate_validation_pass_rate',
      value: i === 1 ? 0 : 1,
      repository: 'acme/app',
      tag: 't',
      run_id: i + 1,
      run_attempt: 1,
      occurred_at: `${day}T00:00:00Z`,
      labels: {},
      idempotency_key: `k${i}`,
    }));
    const alone = buildDashboard({
      manifests: [],
      kpi: { events, unreadable: 0 },
      range: { from: null, to: null },
      generatedAt: new Date(0),
    });
    expect(alone.passRate).toEqual([
      { day: '2026-11-23', attempts: 2, succeeded: 1 },
      { day: '2026-11-24', attempts: 1, succeeded: 1 },
    ]);
    expect(alone.latestFailures).toEqual([]);
    expect(alone.issueLatency).toEqual({
      kind: 'samples',
      samples: 0,
      p50: null,
      p95: null,
      max: null,
      histogram: [],
    });
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks like PostgreSQL percentile_cont', () => {
    expect(percentile([10, 20, 30, 40, 100], 0.95)).toBeCloseTo(88, 10);
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('dashboard figures from the database views', () => {
  const row = (repository: string, day: string, figures: Record<string, number>): KpiRow => ({
    repository,
    day,
    ...figures,
  });
  const metrics = Object.fromEntries(KPI_METRICS.map((metric) => [metric, []])) as unknown as Record<
    KpiMetric,
    KpiRow[]
  >;
  metrics['security_ci.predicate_validation_pass_rate'] = [
    row('acme/app', '2026-11-24', { validations: 4, passed: 3, pass_rate: 0.75 }),
    row('acme/other', '2026-11-24', { validations: 1, passed: 0, pass_rate: 0 }),
  ];
  metrics['notify.issue_latency'] = [
    row('acme/app', '2026-11-24', { samples: 5, p50_seconds: 30, p95_seconds: 88, max_seconds: 100 }),
    row('acme/other', '2026-11-24', { samples: 2, p50_seconds: 40, p95_seconds: 50, max_seconds: 60 }),
    row('acme/app', '2026-11-23', { samples: 1, p50_seconds: 9, p95_seconds: 9, max_seconds: 9 }),
  ];
  const report: KpiReport = { from: null, to: null, metrics };

  it('adds repositories up per day and shows the highest percentile of any repository; routes are not kept', () => {
    const figures = kpiReportFigures(report);
    expect(figures.passRate).toEqual([{ day: '2026-11-24', attempts: 5, succeeded: 3 }]);
    expect(figures.issueLatency).toEqual({
      kind: 'daily',
      days: [
        { day: '2026-11-23', samples: 1, p50: 9, p95: 9, max: 9 },
        { day: '2026-11-24', samples: 7, p50: 40, p95: 88, max: 100 },
      ],
    });
    expect(figures.notifyRoutes).toBeNull();
    expect(
      buildDashboard({
        manifests: [],
        kpi: { report },
        range: { from: null, to: null },
        generatedAt: new Date(0),
      }).sources.database,
    ).toBe(true);
  });
});
