-- kpi.looks_secret learns the shapes src/core/redaction/shapes.ts added: npm tokens, PEM private keys,
-- Discord webhooks, a GitHub token wrapped in base64, an e-mail address with a URL-encoded at-sign
-- (`%40`), and a value after the word `token`. The list in shapes.ts is the one list; each line below
-- mirrors one of its shapes, and test/kpi/secret-shapes.test.ts runs this function on every sample
-- there. Safe to run twice.
--
-- The audit table's check (audit_events_no_secret_shapes) calls this function, so new rows meet the new
-- shapes at once. Rows written before were checked against the earlier shapes only; any that hold one
-- of the new shapes are found with
--   select id from kpi.audit_events where kpi.looks_secret(actor) or kpi.looks_secret(operation)
--     or kpi.looks_secret(request_id) or kpi.looks_secret(reason);

create or replace function kpi.looks_secret(value text) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
  with folded as (
    select regexp_replace(normalize(value, NFKC), '[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]', '', 'g') as t
  )
  select t ~* 'hooks\.slack(-gov)?\.com/'
      or t ~* 'discord(app)?\.com/api/webhooks/'
      or t ~* '\mxox[abeprs]-'
      or t ~* '\mxapp-[0-9]'
      or t ~* '\msb_(publishable|secret)_'
      or t ~* '\mbearer\s+[A-Za-z0-9._~+/=-]{12,}'
      or t ~* '\mtoken\s+[A-Za-z0-9._~+/-]{16,}'
      or t ~ '\m(AKIA|ASIA)[A-Z0-9]{16}\M'
      or t ~ '\m(gh[pousr]_[A-Za-z0-9]{8,}|github_pat_)'
      or t ~ '\mZ2h[1vwyz]X[A-Za-z0-9+/]{27,}'
      or t ~ '\mnpm_[A-Za-z0-9]{36}\M'
      or t ~ '\mpgk_[0-9a-f]{6,}'
      or t ~ '\meyJ[A-Za-z0-9_-]{8,}\.'
      or t ~ '-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----'
      or t ~ '[^[:space:]@<>()]@[^[:space:]@<>()]+\.[[:alpha:]]'
      or t ~ '[[:alnum:]._%+-]%40[[:alnum:]-]+(\.[[:alnum:]-]+)*\.[[:alpha:]]{2}'
  from folded
$$;
