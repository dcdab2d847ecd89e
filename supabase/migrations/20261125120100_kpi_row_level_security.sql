-- Row-level security: the edge functions write through SUPABASE_DB_URL (the tables' owner) and the
-- service role bypasses RLS; an `authenticated` reader sees only the repositories granted to its JWT
-- `sub` in kpi.reader_repositories; `anon` sees nothing. Safe to run twice.

alter table kpi.validations enable row level security;
alter table kpi.events enable row level security;
alter table kpi.audit_events enable row level security;
alter table kpi.reader_repositories enable row level security;

-- PostgREST puts the verified JWT in request.jwt.claims; `sub` names the reader.
create or replace function kpi.current_reader() returns text
language sql stable
set search_path = ''
as $$
  select nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
$$;

-- Security definer: readers may not read the grant table itself, only learn their own repositories.
create or replace function kpi.readable_repositories() returns setof text
language sql stable security definer
set search_path = ''
as $$
  select repository from kpi.reader_repositories where reader = kpi.current_reader()
$$;

revoke all on function kpi.readable_repositories() from public;
grant usage on schema kpi to authenticated, service_role;
grant execute on function kpi.current_reader(), kpi.readable_repositories() to authenticated, service_role;
grant select on kpi.validations, kpi.events, kpi.audit_events to authenticated;
grant select, insert on kpi.validations, kpi.events, kpi.audit_events to service_role;
grant select, insert, delete on kpi.reader_repositories to service_role;

drop policy if exists validations_granted_repositories on kpi.validations;
create policy validations_granted_repositories on kpi.validations for select to authenticated
  using (repository in (select kpi.readable_repositories()));

drop policy if exists events_granted_repositories on kpi.events;
create policy events_granted_repositories on kpi.events for select to authenticated
  using (repository in (select kpi.readable_repositories()));

drop policy if exists audit_events_granted_repositories on kpi.audit_events;
create policy audit_events_granted_repositories on kpi.audit_events for select to authenticated
  using (repository in (select kpi.readable_repositories()));
