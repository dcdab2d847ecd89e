import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_METRICS, kpiViewName } from '../../src/core/kpi/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { applyMigrations } from '../support/supabase/migrations.js';

let server: PostgresServer;
let sql: postgres.Sql;

beforeAll(async () => {
  server = await startPostgres();
  sql = postgres(server.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

const objects = () => sql`
  select c.relname as name, c.relkind as kind, c.relrowsecurity as rls, c.reloptions as options
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'kpi' and c.relkind in ('r', 'v') order by c.relname`;

const auditRow = (reason: string, actor = 'release-bot') => sql`
  insert into kpi.audit_events (repository, actor, operation, result, request_id, incident, reason, at)
  values ('acme/app', ${actor}, 'rerun', 'succeeded', '555/1', 7, ${reason}, now())`;

describe('supabase/migrations', () => {
  it('apply cleanly to an empty database: the tables with row-level security, one security_invoker view per metric', async () => {
    const files = await applyMigrations(server.url);
    expect(files.every((file) => /^\d{14}_[a-z_]+\.sql$/.test(file))).toBe(true);
    const created = await objects();
    expect(created.filter((o) => o.kind === 'r').map((o) => [o.name, o.rls])).toEqual([
      ['audit_events', true],
      ['events', true],
      ['reader_repositories', true],
      ['validations', true],
    ]);
    const views = created.filter((o) => o.kind === 'v');
    expect(views.map((v) => v.name).sort()).toEqual(
      ['daily_metric_stats', ...KPI_METRICS.map(kpiViewName)].sort(),
    );
    for (const view of views) expect(view.options, view.name).toContain('security_invoker=true');
  });

  it('apply a second time without error, keeping the data and changing nothing', async () => {
    await sql`insert into kpi.events (repository, tag, run_id, run_attempt, metric, value, occurred_at, idempotency_key)
      values ('acme/app', 'v1', 1, 1, 'notify.failures', 1, now(), 'acme/app|v1|1|1|notify.failures|x')`;
    const before = await objects();
    await applyMigrations(server.url);
    expect(await objects()).toEqual(before);
    expect((await sql`select count(*)::int as n from kpi.events`)[0]!.n).toBe(1);
  });

  it('refuse a second row with the same idempotency key', async () => {
    await expect(sql`insert into kpi.events (repository, tag, run_id, run_attempt, metric, value, occurred_at, idempotency_key)
      values ('acme/app', 'v1', 1, 1, 'notify.failures', 1, now(), 'acme/app|v1|1|1|notify.failures|x')`).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('keep e-mail addresses and secrets out of the audit table', async () => {
    await expect(auditRow('rerun requested for incident 7')).resolves.toBeDefined();
    await expect(auditRow('asked by jane.doe@example.com')).rejects.toThrow(/check constraint/);
    await expect(auditRow('token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).rejects.toThrow(
      /check constraint/,
    );
    await expect(auditRow('ok', 'jane@example.com')).rejects.toThrow(/check constraint/);
    await expect(auditRow('x'.repeat(201))).rejects.toThrow(/check constraint/);
  });

  // Fixtures are assembled from parts so that no complete credential shape sits in the source.
  const SECRET_SHAPES: readonly [string, string][] = [
    ['a Slack webhook URL', `posted to ${'https://hooks.slack'}.com/services/T0000/B0000/abcdefabcdef`],
    ['a Slack webhook URL in capitals', `HTTPS://HOOKS.SLACK${'.COM'}/services/T0/B0/x`],
    ['a GovSlack webhook URL', `https://hooks.slack-gov${'.com'}/services/T0/B0/x`],
    ['a Slack bot token', `${'xoxb'}-1234567890-abcdefghij`],
    ['a Slack user token', `${'xoxp'}-1234567890-abcdefghij`],
    ['a Slack refresh token', `${'xoxe'}.xoxp-1-abcdefghij and ${'xoxe'}-1-abcdefghijkl`],
    ['a Supabase publishable key', `key ${'sb_publishable'}_AbCdEf0123456789`],
    ['a Supabase secret key', `${'sb_secret'}_AbCdEf0123456789`],
    ['a bearer token', `header was ${'Bearer'} abcdefABCDEF0123456789`],
    ['a lower-case bearer token', `${'bearer'}    abc.def-ghi_jkl/mno`],
    ['an AWS access key', `${'AKIA'}IOSFODNN7EXAMPLE`],
    ['an AWS temporary access key', `id=${'ASIA'}ABCDEFGHIJKLMNOP`],
    ['a GitHub personal access token', `${'ghp'}_abcdefghij0123456789`],
    ['a GitHub Actions token', `${'ghs'}_abcdefghij0123456789`],
    ['a fine-grained GitHub token', `${'github_pat'}_11ABCDEFG0123456789_abcdef`],
    ['a provenance-guard ingest token', `${'pgk'}_${'0123456789abcdef'.repeat(4)}`],
    ['a JWT', `${'eyJhbGciOiJIUzI1NiJ9'}.eyJyb2xlIjoiYW5vbiJ9.sig`],
    ['an e-mail address', 'asked by jane.doe@example.com'],
    ['an e-mail address with a full-width at-sign', 'asked by jane\uFF20example.com'],
    ['an e-mail address with a small at-sign', 'asked by jane\uFE6Bexample.com'],
    ['an e-mail address with a zero-width space after the at-sign', 'asked by jane@\u200Bexample.com'],
    ['an e-mail address with a full-width dot', 'asked by jane@example\uFF0Ecom'],
    ['a secret hidden by a soft hyphen', `${'gh'}\u00ADp_abcdefghij0123456789`],
  ];

  it.each(SECRET_SHAPES)('refuse %s in any text column of the audit table', async (_name, text) => {
    await expect(auditRow(text)).rejects.toThrow(/audit_events_no_secret_shapes/);
    await expect(sql`insert into kpi.audit_events (repository, actor, operation, result, request_id, reason, at)
      values ('acme/app', 'bot', ${text}, 'noop', '1/1', 'ok', now())`).rejects.toThrow(
      /audit_events_no_secret_shapes/,
    );
    await expect(sql`insert into kpi.audit_events (repository, actor, operation, result, request_id, reason, at)
      values ('acme/app', 'bot', 'rerun', 'noop', ${text}, 'ok', now())`).rejects.toThrow(
      /audit_events_no_secret_shapes/,
    );
  });

  it('refuse an at-sign of any width in the actor', async () => {
    for (const actor of ['jane@corp', 'jane\uFF20corp', 'jane\uFE6Bcorp']) {
      await expect(auditRow('ok', actor), actor).rejects.toThrow(/check constraint/);
    }
  });

  it.each([
    ['rerun requested for incident 7', 'release-bot'],
    ['no write permission: the actor has read', 'octocat'],
    ['mentioned @security-team in the issue', 'dependabot[bot]'],
    ['tag v1.2.3-rc.1 rolled back (run 1234567890/2)', 'jane-doe'],
    ['bearer of the rerun: the ops rota', 'renovate[bot]'],
    ['ASIA region outage; akia is not a key', 'ops'],
    ['see https://github.com/acme/app/actions/runs/1', 'ops'],
  ])('still accept an ordinary audit row: %s', async (reason, actor) => {
    await expect(auditRow(reason, actor)).resolves.toBeDefined();
  });

  it('keep the ingest tokens in kpi_auth, with row-level security, and apply a third time unchanged', async () => {
    const tokenTable =
      () => sql`select c.relrowsecurity as rls, (select count(*)::int from pg_constraint where conrelid = c.oid) as constraints
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'kpi_auth' and c.relname = 'ingest_tokens'`;
    const before = await tokenTable();
    expect(before).toEqual([{ rls: true, constraints: expect.any(Number) }]);
    await applyMigrations(server.url);
    expect(await tokenTable()).toEqual(before);
    expect(
      (
        await sql`select count(*)::int as n from pg_constraint where conname = 'audit_events_no_secret_shapes'`
      )[0]!.n,
    ).toBe(1);
  });
});
