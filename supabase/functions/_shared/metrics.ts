/**
 * The KPI metric names, as in src/core/kpi/events.ts. Deployed functions cannot import from src/, so
 * the list is repeated here; test/kpi/metric-names.test.ts fails when the two differ.
 */
export const KPI_METRICS = [
  'security_ci.predicate_validation_pass_rate',
  'security_ci.slack_issue_followups',
  'security_ci.re_run_count',
  'security_ci.kpi_ingest_success',
  'notify.failures',
  'notify.slack_success_rate',
  'notify.issue_latency',
  'rerun.success_rate',
  'rerun.time_to_resolution',
  'rerun.automated_vs_manual',
  'recovery.issue_to_fix',
  'recovery.rollback_lead_time',
  'recovery.slack_ack_time',
  'metrics.lock_wait_seconds',
  'governance.manifest_diff_count',
  'artifact_retention_missing',
] as const;
