-- kpi.events and kpi.validations keep what a dashboard shows free of markup and secrets: a tag is a git
-- tag name (no whitespace or control character, none of git's `~^:?*[\`, and no `<` or `>`), and no
-- label key or value holds a secret or an e-mail address (the shapes of kpi.looks_secret). The
-- provenance-validate function refuses the same with 400 before a row is written; src/core/kpi redacts
-- labels and replaces such characters of a tag before sending. Safe to run twice.

-- The characters are JavaScript's \p{Cc} and \s, the way src/core/kpi/events.ts spells them; a test
-- compares the two over every code point.
create or replace function kpi.is_tag_name(value text) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
  select char_length(value) between 1 and 255
     and value !~ '[\x01-\x20\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF~^:?*[\\<>]'
$$;

create or replace function kpi.labels_look_secret(labels jsonb) returns boolean
language sql immutable strict parallel safe
set search_path = ''
as $$
  select case when jsonb_typeof(labels) = 'object' then exists (
    select from jsonb_each_text(labels) as label(key, value)
    where kpi.looks_secret(label.key) or kpi.looks_secret(label.value)
  ) else false end
$$;

-- Added NOT VALID, so that rows written before do not stop the migration; new rows are checked at
-- once. Each constraint is then validated if the rows allow it. When they do not, a notice says so;
-- the rows are found with
--   select id, tag, labels from kpi.events where not kpi.is_tag_name(tag) or kpi.labels_look_secret(labels);
--   select id, tag from kpi.validations where not kpi.is_tag_name(tag);
-- and once they are removed, running this migration again validates the constraints.
do $$
declare
  wanted constant text[][] := array[
    ['events', 'events_tag_is_a_tag_name', 'kpi.is_tag_name(tag)'],
    ['events', 'events_labels_not_secret', 'not kpi.labels_look_secret(labels)'],
    ['validations', 'validations_tag_is_a_tag_name', 'kpi.is_tag_name(tag)']
  ];
  item text[];
begin
  foreach item slice 1 in array wanted loop
    if not exists (
      select from pg_constraint
      where conrelid = format('kpi.%I', item[1])::regclass and conname = item[2]
    ) then
      execute format('alter table kpi.%I add constraint %I check (%s) not valid', item[1], item[2], item[3]);
    end if;
    begin
      execute format('alter table kpi.%I validate constraint %I', item[1], item[2]);
    exception when check_violation then
      raise notice 'kpi.% holds rows that % refuses: it checks new rows only until they are removed',
        item[1], item[2];
    end;
  end loop;
end
$$;
