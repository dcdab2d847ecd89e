import { kpiEvent, type KpiEvent, type KpiMetric } from '../../src/core/kpi/index.js';

/**
 * A day of KPI events for acme/app whose view figures are computed by hand below, plus acme/other
 * (another repository, same day) and one acme/app event on the next UTC day.
 */
const SAMPLES: Record<KpiMetric, readonly number[]> = {
  'security_ci.predicate_validation_pass_rate': [],
  'security_ci.slack_issue_followups': [1, 1],
  'security_ci.re_run_count': [1, 1, 1],
  'security_ci.kpi_ingest_success': [1, 1, 1, 0],
  'notify.failures': [1, 1],
  'notify.slack_success_rate': [1, 0],
  'notify.issue_latency': [10, 20, 30, 40, 100],
  'rerun.success_rate': [1, 1, 0, 1],
  'rerun.time_to_resolution': [60, 120],
  'rerun.automated_vs_manual': [1, 1, 0],
  'recovery.issue_to_fix': [3600],
  'recovery.rollback_lead_time': [300, 900],
  'recovery.slack_ack_time': [5, 15, 25],
  'metrics.lock_wait_seconds': [0.5, 1.5, 2, 8],
  'governance.manifest_diff_count': [2, 3],
  artifact_retention_missing: [1],
};

export const DAY = '2026-11-24';

export function sampleEvents(): KpiEvent[] {
  const events: KpiEvent[] = [];
  for (const [metric, values] of Object.entries(SAMPLES) as [KpiMetric, number[]][]) {
    values.forEach((value, i) => {
      // 00:30+01:00 is still the 24th in UTC: days are UTC days.
      const occurred_at = i === 0 ? '2026-11-25T00:30:00+01:00' : `${DAY}T1${i}:00:00Z`;
      events.push(
        kpiEvent(
          { repository: 'acme/app', tag: 'v1.0.0', run_id: 100 + i, run_attempt: 1, occurred_at },
          { metric, value },
        ),
      );
    });
  }
  events.push(
    kpiEvent(
      { repository: 'acme/other', tag: 'v2.0.0', run_id: 7, run_attempt: 1, occurred_at: `${DAY}T12:00:00Z` },
      { metric: 'notify.failures', value: 5 },
    ),
  );
  events.push(
    kpiEvent(
      {
        repository: 'acme/app',
        tag: 'v1.0.1',
        run_id: 200,
        run_attempt: 1,
        occurred_at: '2026-11-25T09:00:00Z',
      },
      { metric: 'notify.failures', value: 1 },
    ),
  );
  return events;
}

/** Validations of acme/app on DAY: 3 passed, 1 failed; a pending one does not count. */
export const SAMPLE_VALIDATIONS = [
  { tag: 'v1.0.0', run_id: 100, status: 'success', failure_reason: null },
  { tag: 'v1.0.0', run_id: 101, status: 'success', failure_reason: null },
  { tag: 'v1.0.0', run_id: 102, status: 'failure', failure_reason: 'subject_mismatch' },
  { tag: 'v1.0.0', run_id: 103, status: 'success', failure_reason: null },
  { tag: 'v1.0.0', run_id: 104, status: 'pending', failure_reason: null },
].map((v) => ({ repository: 'acme/app', run_attempt: 1, verified_at: `${DAY}T08:00:00Z`, ...v }));

/** The acme/app row of each view on DAY, computed by hand (percentile_cont interpolates linearly). */
export const EXPECTED: Record<KpiMetric, Record<string, number>> = {
  'security_ci.predicate_validation_pass_rate': { validations: 4, passed: 3, pass_rate: 0.75 },
  'security_ci.slack_issue_followups': { followups: 2 },
  'security_ci.re_run_count': { reruns: 3 },
  'security_ci.kpi_ingest_success': { attempts: 4, succeeded: 3, success_rate: 0.75 },
  'notify.failures': { failures: 2 },
  'notify.slack_success_rate': { attempts: 2, delivered: 1, success_rate: 0.5 },
  'notify.issue_latency': { samples: 5, p50_seconds: 30, p95_seconds: 88, max_seconds: 100 },
  'rerun.success_rate': { reruns: 4, succeeded: 3, success_rate: 0.75 },
  'rerun.time_to_resolution': { samples: 2, p50_seconds: 90, p95_seconds: 117, max_seconds: 120 },
  'rerun.automated_vs_manual': { automated: 2, manual: 1, automated_share: 2 / 3 },
  'recovery.issue_to_fix': { samples: 1, p50_seconds: 3600, p95_seconds: 3600, max_seconds: 3600 },
  'recovery.rollback_lead_time': { samples: 2, p50_seconds: 600, p95_seconds: 870, max_seconds: 900 },
  'recovery.slack_ack_time': { samples: 3, p50_seconds: 15, p95_seconds: 24, max_seconds: 25 },
  'metrics.lock_wait_seconds': { samples: 4, p50_seconds: 1.75, p95_seconds: 7.1, max_seconds: 8 },
  'governance.manifest_diff_count': { diffs: 5 },
  artifact_retention_missing: { occurrences: 1 },
};
