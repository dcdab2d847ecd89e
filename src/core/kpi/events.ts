import { redactText } from '../redaction/index.js';

/** The KPI metric names of the operations specs; dashboards and SQL views use them verbatim. */
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

export type KpiMetric = (typeof KPI_METRICS)[number];

export interface KpiEvent {
  readonly metric: KpiMetric;
  readonly value: number;
  readonly repository: string;
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly occurred_at: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Unique per (repository, tag, run, attempt, metric, event): re-sending never counts twice. */
  readonly idempotency_key: string;
}

export interface KpiContext {
  readonly repository: string;
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly occurred_at: string;
}

export interface KpiMeasurement {
  readonly metric: KpiMetric;
  readonly value: number;
  readonly labels?: Record<string, string>;
  /** Tells apart events of one metric for the same run attempt, in the idempotency key. */
  readonly event?: string;
}

/**
 * Characters a KPI tag may not hold: JavaScript's control characters (\p{Cc}) and white space (\s),
 * git's `~^:?*[\`, and `<`, `>`. kpi.is_tag_name (supabase/migrations/) and the provenance-validate
 * function refuse the same.
 */
export const TAG_REFUSED_CHARACTER = /[\p{Cc}\s~^:?*[\\<>]/gu;

/**
 * One event, fit for the KPI tables: each label key and value redacted (secret shapes become `***`,
 * e-mail addresses `<e-mail redacted>@domain`), and each character of the tag that the tables refuse
 * replaced by `_`. The event still counts; only the text that must not be stored is gone.
 */
export function kpiEvent(
  context: KpiContext,
  { metric, value, labels = {}, event = 'default' }: KpiMeasurement,
): KpiEvent {
  const tag = context.tag.replace(TAG_REFUSED_CHARACTER, '_');
  return {
    ...context,
    tag,
    metric,
    value,
    labels: Object.fromEntries(
      Object.entries(labels).map(([key, label]) => [redactText(key, []), redactText(label, [])]),
    ),
    idempotency_key: [context.repository, tag, context.run_id, context.run_attempt, metric, event].join('|'),
  };
}

/** Where KPI events go: Supabase, or a spool file flushed later. Never changes a verdict. */
export interface KpiSink {
  emit(events: readonly KpiEvent[]): Promise<void>;
}
