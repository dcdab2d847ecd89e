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
      ['audit_events', true], ['events', true], ['reader_repositories', true], ['validations', true],
    ]);
    const views = created.filter((o) => o.kind === 'v');
    expect(views.map((v) => v.name).sort()).toEqual(['daily_metric_stats', ...KPI_METRICS.map(kpiViewName)].sort());
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
      values ('acme/app', 'v1', 1, 1, 'notify.failures', 1, now(), 'acme/app|v1|1|1|notify.failures|x')`).rejects.toThrow(/duplicate key/);
  });

  it('keep e-mail addresses and secrets out of the audit table', async () => {
    await expect(auditRow('rerun requested for incident 7')).resolves.toBeDefined();
    await expect(auditRow('asked by jane.doe@example.com')).rejects.toThrow(/check constraint/);
    await expect(auditRow('token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).rejects.toThrow(/check constraint/);
    await expect(auditRow('ok', 'jane@example.com')).rejects.toThrow(/check constraint/);
    await expect(auditRow('x'.repeat(201))).rejects.toThrow(/check constraint/);
  });
});
