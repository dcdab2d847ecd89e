-- kpi.audit_events refuses, in every text column, the shapes that give a secret or an e-mail address
-- away. One function names the shapes; src/core/redaction/ redacts the same ones before a row is
-- written. Safe to run twice.

-- NFKC folds the full-width ＠ (U+FF20) and the small ﹫ (U+FE6B) into @; the format characters a
-- writer could hide inside an address or a token (zero-width, soft hyphen, word joiner) are dropped.
create or replace function kpi.looks_secret(value text) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
  with folded as (
    select regexp_replace(normalize(value, NFKC), '[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]', '', 'g') as t
  )
  select t ~* 'hooks\.slack(-gov)?\.com/'
      or t ~* '\mxox[abeprs]-'
      or t ~* '\mxapp-[0-9]'
      or t ~* '\msb_(publishable|secret)_'
      or t ~* '\mbearer\s+[A-Za-z0-9._~+/=-]{12,}'
      or t ~ '\m(AKIA|ASIA)[A-Z0-9]{16}\M'
      or t ~ '\m(gh[pousr]_[A-Za-z0-9]{8,}|github_pat_)'
      or t ~ '\mpgk_[0-9a-f]{6,}'
      or t ~ '\meyJ[A-Za-z0-9_-]{8,}\.'
      or t ~ '[^[:space:]@<>()]@[^[:space:]@<>()]+\.[[:alpha:]]'
  from folded
$$;

-- An actor is a GitHub login (`name[bot]` included): no at-sign of any width belongs in it.
create or replace function kpi.looks_like_address(value text) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
  select normalize(value, NFKC) ~ '@'
$$;

alter table kpi.audit_events drop constraint if exists audit_events_no_secret_shapes;
alter table kpi.audit_events add constraint audit_events_no_secret_shapes check (
  not kpi.looks_secret(actor) and not kpi.looks_like_address(actor)
  and not kpi.looks_secret(operation)
  and not kpi.looks_secret(request_id)
  and not kpi.looks_secret(reason)
);
