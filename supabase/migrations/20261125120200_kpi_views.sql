-- One view per KPI metric, per repository and UTC day. security_invoker makes every view apply the
-- reader's own row-level security. Rates are 0..1, durations are seconds. Safe to run twice.

create or replace view kpi.daily_metric_stats with (security_invoker = true) as
select metric, repository, (occurred_at at time zone 'UTC')::date as day,
       count(*)::integer as samples,
       sum(value) as total,
       avg(value) as mean,
       percentile_cont(0.5) within group (order by value) as p50,
       percentile_cont(0.95) within group (order by value) as p95,
       max(value) as maximum
from kpi.events
group by metric, repository, (occurred_at at time zone 'UTC')::date;

-- security_ci.predicate_validation_pass_rate: recorded validations that passed.
create or replace view kpi.security_ci_predicate_validation_pass_rate with (security_invoker = true) as
select repository, (coalesce(verified_at, received_at) at time zone 'UTC')::date as day,
       count(*)::integer as validations,
       (count(*) filter (where status = 'success'))::integer as passed,
       (count(*) filter (where status = 'success'))::double precision / count(*) as pass_rate
from kpi.validations
where status in ('success', 'failure')
group by 1, 2;

-- Counts: each event's value is how many times it happened.
create or replace view kpi.security_ci_slack_issue_followups with (security_invoker = true) as
select repository, day, total::integer as followups from kpi.daily_metric_stats where metric = 'security_ci.slack_issue_followups';

create or replace view kpi.security_ci_re_run_count with (security_invoker = true) as
select repository, day, total::integer as reruns from kpi.daily_metric_stats where metric = 'security_ci.re_run_count';

create or replace view kpi.notify_failures with (security_invoker = true) as
select repository, day, total::integer as failures from kpi.daily_metric_stats where metric = 'notify.failures';

create or replace view kpi.governance_manifest_diff_count with (security_invoker = true) as
select repository, day, total::integer as diffs from kpi.daily_metric_stats where metric = 'governance.manifest_diff_count';

create or replace view kpi.artifact_retention_missing with (security_invoker = true) as
select repository, day, total::integer as occurrences from kpi.daily_metric_stats where metric = 'artifact_retention_missing';

-- Rates: each event is one attempt, value 1 (succeeded) or 0 (did not).
create or replace view kpi.security_ci_kpi_ingest_success with (security_invoker = true) as
select repository, day, samples as attempts, total::integer as succeeded, mean as success_rate
from kpi.daily_metric_stats where metric = 'security_ci.kpi_ingest_success';

create or replace view kpi.notify_slack_success_rate with (security_invoker = true) as
select repository, day, samples as attempts, total::integer as delivered, mean as success_rate
from kpi.daily_metric_stats where metric = 'notify.slack_success_rate';

create or replace view kpi.rerun_success_rate with (security_invoker = true) as
select repository, day, samples as reruns, total::integer as succeeded, mean as success_rate
from kpi.daily_metric_stats where metric = 'rerun.success_rate';

-- value 1 for an automated recovery, 0 for a manual one.
create or replace view kpi.rerun_automated_vs_manual with (security_invoker = true) as
select repository, day, total::integer as automated, samples - total::integer as manual, mean as automated_share
from kpi.daily_metric_stats where metric = 'rerun.automated_vs_manual';

-- Durations in seconds.
create or replace view kpi.notify_issue_latency with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'notify.issue_latency';

create or replace view kpi.rerun_time_to_resolution with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'rerun.time_to_resolution';

create or replace view kpi.recovery_issue_to_fix with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'recovery.issue_to_fix';

create or replace view kpi.recovery_rollback_lead_time with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'recovery.rollback_lead_time';

create or replace view kpi.recovery_slack_ack_time with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'recovery.slack_ack_time';

create or replace view kpi.metrics_lock_wait_seconds with (security_invoker = true) as
select repository, day, samples, p50 as p50_seconds, p95 as p95_seconds, maximum as max_seconds
from kpi.daily_metric_stats where metric = 'metrics.lock_wait_seconds';

-- Every view is readable (through the reader's row-level security); the grant table is not.
grant select on all tables in schema kpi to authenticated, service_role;
revoke select on kpi.reader_repositories from authenticated;
