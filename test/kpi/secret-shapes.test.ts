import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiEvent, TAG_REFUSED_CHARACTER } from '../../src/core/kpi/index.js';
import { containsSecret, EMAIL_SAMPLES, redactText, SECRET_SHAPES } from '../../src/core/redaction/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { applyMigrations, SUPABASE_DIR } from '../support/supabase/migrations.js';

let server: PostgresServer;
let sql: postgres.Sql;
const notices: string[] = [];

beforeAll(async () => {
  server = await startPostgres();
  await applyMigrations(server.url);
  sql = postgres(server.url, { max: 1, onnotice: (notice) => notices.push(notice.message ?? '') });
});
afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

const looksSecret = async (text: string): Promise<boolean> =>
  (await sql<{ secret: boolean }[]>`select kpi.looks_secret(${text}) as secret`)[0]!.secret;

const SAMPLES = [
  ...SECRET_SHAPES.flatMap((shape) => shape.samples.map((sample) => [shape.name, sample] as const)),
  ...EMAIL_SAMPLES.map((sample) => ['an e-mail address', sample] as const),
];

const ORDINARY = [
  'rerun requested for incident 7',
  'tag v1.2.3-rc.1 rolled back (run 1234567890/2)',
  'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  'mentioned @security-team in the issue',
  'token expired',
  'npm_config_cache is set',
  '-----BEGIN CERTIFICATE-----',
  'see discord.com for the community',
  'registry.npmjs.org/%40scope%2fname',
];

const event = (tag: string, labels: Record<string, string>, runId = 1) => ({
  repository: 'acme/app',
  tag,
  run_id: runId,
  run_attempt: 1,
  metric: 'notify.failures',
  value: 1,
  labels: sql.json(labels),
  occurred_at: '2026-11-24T10:00:00Z',
  idempotency_key: `acme/app|${tag}|${runId}|1|notify.failures|${JSON.stringify(labels)}`,
});
const insertEvent = (tag: string, labels: Record<string, string> = {}, runId = 1) =>
  sql`insert into kpi.events ${sql(event(tag, labels, runId))}`;

describe('kpi.looks_secret mirrors src/core/redaction’s one list of shapes', () => {
  it.each(SAMPLES)('finds %s in %j, and finds nothing once redactText has run', async (_name, sample) => {
    expect(containsSecret(sample, [])).toBe(true);
    expect(await looksSecret(sample)).toBe(true);
    const redacted = redactText(sample, []);
    expect(containsSecret(redacted, [])).toBe(false);
    expect(await looksSecret(redacted)).toBe(false);
  });

  it.each(ORDINARY)('leaves ordinary text alone on both sides: %j', async (text) => {
    expect(containsSecret(text, [])).toBe(false);
    expect(redactText(text, [])).toBe(text);
    expect(await looksSecret(text)).toBe(false);
  });

  it('refuses the new shapes in the audit table too', async () => {
    for (const [, sample] of SAMPLES) {
      await expect(
        sql`insert into kpi.audit_events (repository, actor, operation, result, request_id, reason, at)
          values ('acme/app', 'bot', 'rerun', 'noop', '1/1', ${sample.slice(0, 200)}, now())`,
        sample,
      ).rejects.toThrow(/audit_events_no_secret_shapes/);
    }
  });
});

describe('what kpi.events and kpi.validations refuse', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a closing angle bracket', 'v1>'],
    ['a newline', 'v1\nv2'],
    ['a carriage return', 'v1\r'],
    ['a tab', 'v1\tx'],
    ['an escape character', 'v1\u001b[31m'],
    ['a C1 control character', 'v1\u0085'],
    ['a line separator', 'v1\u2028'],
    ['a no-break space', 'v1\u00a0'],
    ['git’s refused characters', 'v1~1'],
    ['a colon', 'refs:v1'],
    ['a backslash', 'v1\\x'],
    ['nothing', ''],
  ])('a tag with %s', async (_name, tag) => {
    await expect(insertEvent(tag)).rejects.toThrow(/events_tag_is_a_tag_name/);
    await expect(sql`insert into kpi.validations (repository, tag, run_id, run_attempt, status, idempotency_key)
      values ('acme/app', ${tag}, 1, 1, 'success', ${`k-${tag}`})`).rejects.toThrow(/check constraint/);
  });

  it('accepts the tags git and a release use', async () => {
    for (const [index, tag] of [
      'v1.2.3',
      'v1.2.3-rc.1+build.5',
      'release/2026-11',
      'v1_x',
      'version-é',
    ].entries())
      await expect(insertEvent(tag, {}, 100 + index), tag).resolves.toBeDefined();
  });

  it.each(SAMPLES)('a label key or value holding %s', async (_name, sample) => {
    await expect(insertEvent('v1', { route: sample })).rejects.toThrow(/events_labels_not_secret/);
    await expect(insertEvent('v1', { [sample.slice(0, 64)]: 'x' })).rejects.toThrow(
      /events_labels_not_secret/,
    );
  });

  it('accepts ordinary labels, and the same labels once kpiEvent has redacted them', async () => {
    await expect(
      insertEvent('v1', { route: 'slack', failure_reason: 'tag_mismatch' }, 200),
    ).resolves.toBeDefined();
    for (const [index, [, sample]] of SAMPLES.entries()) {
      const built = kpiEvent(
        {
          repository: 'acme/app',
          tag: 'v1',
          run_id: 300 + index,
          run_attempt: 1,
          occurred_at: '2026-11-24T10:00:00Z',
        },
        { metric: 'notify.failures', value: 1, labels: { route: sample, [sample.slice(0, 30)]: 'x' } },
      );
      await expect(
        sql`insert into kpi.events ${sql({ ...built, labels: sql.json(built.labels) })}`,
        sample,
      ).resolves.toBeDefined();
    }
  });

  it('leaves rows written before the migration in place: it applies, and validates once they are gone', async () => {
    const constraints = () =>
      sql<{ name: string; valid: boolean }[]>`select conname as name, convalidated as valid from pg_constraint
        where conname in ('events_tag_is_a_tag_name', 'events_labels_not_secret', 'validations_tag_is_a_tag_name')
        order by conname`;
    expect(await constraints()).toEqual([
      { name: 'events_labels_not_secret', valid: true },
      { name: 'events_tag_is_a_tag_name', valid: true },
      { name: 'validations_tag_is_a_tag_name', valid: true },
    ]);
    await sql`alter table kpi.events drop constraint events_tag_is_a_tag_name`;
    await sql`alter table kpi.events drop constraint events_labels_not_secret`;
    await insertEvent('<b>old</b>', {}, 900);
    await insertEvent('v1', { who: 'jane@example.com' }, 901);
    notices.length = 0;
    await sql.unsafe(
      readFileSync(`${SUPABASE_DIR}migrations/20261125120600_kpi_events_tag_and_labels.sql`, 'utf8'),
    );
    expect(await constraints()).toEqual([
      { name: 'events_labels_not_secret', valid: false },
      { name: 'events_tag_is_a_tag_name', valid: false },
      { name: 'validations_tag_is_a_tag_name', valid: true },
    ]);
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/kpi\.events holds rows that events_tag_is_a_tag_name refuses/),
      ]),
    );
    await expect(insertEvent('<i>new</i>', {}, 902)).rejects.toThrow(/events_tag_is_a_tag_name/);
    await sql`delete from kpi.events where run_id in (900, 901)`;
    await applyMigrations(server.url);
    expect((await constraints()).every((c) => c.valid)).toBe(true);
  });
});

describe('one rule for a tag’s characters', () => {
  it('kpi.is_tag_name refuses exactly the characters TAG_REFUSED_CHARACTER names, over every code point', async () => {
    const codePoints = Array.from({ length: 0x10000 }, (_, cp) => cp).filter(
      (cp) => cp !== 0 && (cp < 0xd800 || cp > 0xdfff),
    );
    codePoints.push(0x1f600, 0xe0001, 0x10ffff);
    const sqlRefused = new Set(
      (
        await sql<{ cp: number }[]>`select cp from unnest(${codePoints}::int[]) as cp
          where not kpi.is_tag_name('v' || chr(cp))`
      ).map((row) => row.cp),
    );
    const tsRefused = new Set(
      codePoints.filter((cp) => new RegExp(TAG_REFUSED_CHARACTER.source, 'u').test(String.fromCodePoint(cp))),
    );
    expect([...sqlRefused].sort((a, b) => a - b)).toEqual([...tsRefused].sort((a, b) => a - b));
    expect(tsRefused.has('<'.codePointAt(0)!)).toBe(true);
    expect(tsRefused.has('\n'.codePointAt(0)!)).toBe(true);
  });

  it('is spelled the same in the edge function', () => {
    const schema = readFileSync(`${SUPABASE_DIR}functions/_shared/ingest-schema.ts`, 'utf8');
    const edge = /const TAG_REFUSED_CHARACTER = \/(.+)\/u;/.exec(schema)?.[1];
    expect(edge).toBe(TAG_REFUSED_CHARACTER.source);
  });

  it('kpiEvent replaces each refused character of a tag, so the tables take the event', () => {
    const built = kpiEvent(
      {
        repository: 'acme/app',
        tag: '<v1>\n x',
        run_id: 1,
        run_attempt: 1,
        occurred_at: '2026-11-24T10:00:00Z',
      },
      { metric: 'notify.failures', value: 1, labels: { who: 'jane@example.com' } },
    );
    expect(built.tag).toBe('_v1___x');
    expect(built.labels).toEqual({ who: '<e-mail redacted>@example.com' });
    expect(built.idempotency_key).toBe('acme/app|_v1___x|1|1|notify.failures|default');
  });
});
