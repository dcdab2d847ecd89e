-- Tables behind the KPI views: validations, KPI events and audit events, each written once per
-- idempotency key. Safe to run twice: every statement checks or replaces what it creates.

-- Supabase creates these roles; a plain PostgreSQL (the tests) needs them made.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin; end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin; end if;
  if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin bypassrls; end if;
end
$$;

create schema if not exists kpi;

create table if not exists kpi.validations (
  id bigint generated always as identity primary key,
  repository text not null check (repository ~ '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$'),
  tag text not null check (char_length(tag) between 1 and 255),
  run_id bigint not null check (run_id > 0),
  run_attempt integer not null check (run_attempt > 0),
  status text not null check (status in ('pending', 'success', 'failure', 'requeued', 'rerun_in_progress', 'blocked', 'rollback')),
  verified_at timestamptz,
  failure_reason text check (failure_reason ~ '^[a-z][a-z0-9_]{0,63}$'),
  received_at timestamptz not null default now(),
  idempotency_key text not null unique
);
create index if not exists validations_repository_day on kpi.validations (repository, received_at);

create table if not exists kpi.events (
  id bigint generated always as identity primary key,
  repository text not null check (repository ~ '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$'),
  tag text not null,
  run_id bigint not null,
  run_attempt integer not null,
  metric text not null,
  value double precision not null check (value between -1e12 and 1e12),
  labels jsonb not null default '{}' check (jsonb_typeof(labels) = 'object'),
  occurred_at timestamptz not null,
  received_at timestamptz not null default now(),
  idempotency_key text not null unique
);
create index if not exists events_metric_repository_day on kpi.events (metric, repository, occurred_at);

-- No column may hold a secret or an e-mail address: the checks refuse the shapes that give one away.
create table if not exists kpi.audit_events (
  id bigint generated always as identity primary key,
  repository text not null check (repository ~ '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$'),
  actor text not null check (actor !~ '@[A-Za-z0-9-]+\.[A-Za-z]'),
  operation text not null,
  result text not null check (result in ('denied', 'succeeded', 'failed', 'noop')),
  request_id text not null,
  incident bigint,
  reason text not null check (
    char_length(reason) <= 200
    and reason !~ '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]'
    and reason !~ '(gh[pousr]_|github_pat_|xox[abprs]-|sb_secret_|eyJ[A-Za-z0-9_-]{8,}\.)'
  ),
  at timestamptz not null,
  unique (repository, request_id, operation, at)
);

-- Which repositories a dashboard reader (the JWT `sub` claim) may see.
create table if not exists kpi.reader_repositories (
  reader text not null,
  repository text not null,
  primary key (reader, repository)
);
