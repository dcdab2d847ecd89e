-- Per-repository ingest tokens: what a workflow holds instead of the service role key. A token is
-- `pgk_` + 64 hex digits; only its SHA-256 is stored. The functions look a bearer up by that hash and
-- then accept only rows of the token's own repository. Safe to run twice.

-- A schema of its own, outside config.toml's API schemas and outside kpi's blanket view grants:
-- no API role can read or call anything here; the edge functions reach it as the database owner.
create schema if not exists kpi_auth;
revoke all on schema kpi_auth from public;

create table if not exists kpi_auth.ingest_tokens (
  id bigint generated always as identity primary key,
  repository text not null check (repository ~ '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$'),
  token_sha256 bytea not null unique check (octet_length(token_sha256) = 32),
  -- The first characters after the prefix, so an operator can tell tokens apart without the secret.
  hint text not null check (hint ~ '^pgk_[0-9a-f]{6}$'),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (expires_at > created_at and expires_at <= created_at + interval '366 days')
);
create index if not exists ingest_tokens_repository on kpi_auth.ingest_tokens (repository);
alter table kpi_auth.ingest_tokens enable row level security;

-- gen_random_uuid() draws from pg_strong_random; two of them give 244 random bits without pgcrypto.
-- The token is returned once and never stored.
create or replace function kpi_auth.create_ingest_token(p_repository text, p_valid_days integer default 90)
returns table (id bigint, token text, repository text, expires_at timestamptz)
language plpgsql volatile
set search_path = ''
as $$
declare
  secret text := 'pgk_' || replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
begin
  if p_valid_days is null or p_valid_days not between 1 and 366 then
    raise exception 'an ingest token is valid for 1 to 366 days (got %)', p_valid_days using errcode = '22023';
  end if;
  return query
    insert into kpi_auth.ingest_tokens as t (repository, token_sha256, hint, expires_at)
    values (p_repository, sha256(convert_to(secret, 'UTF8')), left(secret, 10), now() + make_interval(days => p_valid_days))
    returning t.id, secret, t.repository, t.expires_at;
end
$$;

-- True when this call revoked the token; false when it was unknown or revoked already.
create or replace function kpi_auth.revoke_ingest_token(p_id bigint)
returns boolean
language sql volatile
set search_path = ''
as $$
  with revoked as (
    update kpi_auth.ingest_tokens set revoked_at = now() where id = p_id and revoked_at is null returning 1
  )
  select exists (select from revoked)
$$;

-- The repository a live token may write, or no row. Callers pass the hash, never the token.
create or replace function kpi_auth.ingest_token_repository(p_token_sha256 bytea)
returns table (id bigint, repository text)
language sql stable
set search_path = ''
as $$
  select t.id, t.repository from kpi_auth.ingest_tokens t
  where t.token_sha256 = p_token_sha256 and t.revoked_at is null and t.expires_at > now()
$$;

revoke all on all functions in schema kpi_auth from public;
revoke all on all tables in schema kpi_auth from public, anon, authenticated;
grant usage on schema kpi_auth to service_role;
grant execute on all functions in schema kpi_auth to service_role;
grant select, insert, update on kpi_auth.ingest_tokens to service_role;
