import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { KPI_METRICS, kpiViewName } from '../../src/core/kpi/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { applyMigrations } from '../support/supabase/migrations.js';
import { DAY, EXPECTED, SAMPLE_VALIDATIONS, sampleEvents } from './event-set.js';

let server: PostgresServer;
let sql: postgres.Sql;

beforeAll(async () => {
  server = await startPostgres();
  await applyMigrations(server.url);
  sql = postgres(server.url, { max: 2, onnotice: () => {} });
  const events = sampleEvents();
  await sql`insert into kpi.events ${sql(events.map((e) => ({ ...e, labels: sql.json(e.labels) })))}`;
  await sql`insert into kpi.validations ${sql(SAMPLE_VALIDATIONS.map((v) => ({ ...v, idempotency_key: `${v.repository}|${v.tag}|${v.run_id}|1|validation` })))}`;
});
afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

describe('KPI views', () => {
  it.each(KPI_METRICS)('%s: the figures the hand-computed event set implies', async (metric) => {
    const rows =
      await sql`select * from ${sql(`kpi.${kpiViewName(metric)}`)} where repository = 'acme/app' and day = ${DAY}::date`;
    expect(rows).toHaveLength(1);
    for (const [column, expected] of Object.entries(EXPECTED[metric]))
      expect(Number(rows[0]![column]), column).toBeCloseTo(expected, 9);
  });

  it('groups by repository and UTC day', async () => {
    const rows =
      await sql`select repository, day::text, failures from kpi.notify_failures order by repository, day`;
    expect(rows.map((r) => [r.repository, r.day, r.failures])).toEqual([
      ['acme/app', DAY, 2],
      ['acme/app', '2026-11-25', 1],
      ['acme/other', DAY, 5],
    ]);
  });
});

describe('kpi report', () => {
  it('prints every metric of the day range as one JSON object', async () => {
    const result = await runCli([
      'kpi',
      'report',
      '--db-url',
      server.url,
      '--from',
      DAY,
      '--to',
      DAY,
      '--json',
    ]);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ from: DAY, to: DAY });
    expect(Object.keys(report.metrics)).toEqual([...KPI_METRICS]);
    for (const metric of KPI_METRICS) {
      const row = report.metrics[metric].find((r: { repository: string }) => r.repository === 'acme/app');
      expect(row, metric).toMatchObject({ day: DAY });
      for (const [column, expected] of Object.entries(EXPECTED[metric]))
        expect(row[column], `${metric} ${column}`).toBeCloseTo(expected, 9);
    }
    expect(report.metrics['notify.failures']).toHaveLength(2);
  });

  it('prints a table, and no data outside the range', async () => {
    const inRange = await runCli(['kpi', 'report', '--db-url', server.url, '--from', '2026-11-25']);
    expect(inRange.stdout).toMatch(/^notify\.failures\s+acme\/app\s+2026-11-25\s+failures=1$/m);
    expect(inRange.stdout).toMatch(/^notify\.issue_latency\s+-\s+-\s+no data$/m);
    expect(inRange.stdout).not.toContain(DAY);
  });

  it('refuses a malformed date and hides the database URL when it cannot connect', async () => {
    const badDate = await runCli(['kpi', 'report', '--db-url', server.url, '--from', '24.11.2026']);
    expect(badDate).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--from must be a date, YYYY-MM-DD'),
    });
    const unreachable = await runCli([
      'kpi',
      'report',
      '--db-url',
      'postgres://kpi:hunter2-password@127.0.0.1:1/postgres',
      '--json',
    ]);
    expect(unreachable.exitCode).toBe(2);
    expect(unreachable.stdout).toContain('cannot read the KPI views');
    expect(unreachable.stdout).not.toContain('hunter2-password');
  });
});
