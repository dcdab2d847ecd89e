import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKpiReport } from '../../src/adapters/kpi/report.js';
import { runCli } from '../../src/cli/main.js';
import { kpiEventFigures, kpiReportFigures } from '../../src/core/dashboard/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { applyMigrations } from '../support/supabase/migrations.js';
import { kpiEvents, RANGE } from './fixture.js';

let server: PostgresServer;
const fromSpool = kpiEventFigures(kpiEvents(), RANGE).figures;

beforeAll(async () => {
  server = await startPostgres();
  await applyMigrations(server.url);
  const sql = postgres(server.url, { max: 1, onnotice: () => {} });
  await sql`insert into kpi.events ${sql(kpiEvents().map((e) => ({ ...e, labels: sql.json(e.labels) })))} on conflict (idempotency_key) do nothing`;
  await sql.end();
});
afterAll(async () => {
  await server?.stop();
});

describe('the dashboard from the database views', () => {
  it('shows what the same events show from a spool: rates per day, and one day of durations alike', async () => {
    const fromViews = kpiReportFigures(await readKpiReport(server.url, RANGE));
    expect(fromViews.rerunSuccess).toEqual(fromSpool.rerunSuccess);
    expect(fromViews.ingestSuccess).toEqual(fromSpool.ingestSuccess);
    // All latency samples fall on the 24th: that day's percentile_cont is the spool's whole-range percentile.
    expect(fromSpool.issueLatency.kind === 'samples' && fromSpool.issueLatency).toMatchObject({
      samples: 4,
      p50: 37.5,
      max: 300,
    });
    expect(fromViews.issueLatency).toEqual({
      kind: 'daily',
      days: [{ day: '2026-11-24', samples: 4, p50: 37.5, p95: expect.closeTo(261.75, 9), max: 300 }],
    });
  });

  it('writes the page with --db-url', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pg-dashboard-db-'));
    const result = await runCli([
      'kpi',
      'dashboard',
      '--out',
      out,
      '--db-url',
      server.url,
      '--from',
      RANGE.from,
      '--to',
      RANGE.to,
    ]);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `${join(out, 'index.html')}: 0 manifest entries, KPI database views`,
    });
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('KPI database views');
    expect(page).toContain(
      '<tr><th scope="row">2026-11-24</th><td>4</td><td>37.5 s</td><td>4.4 min</td><td>5 min</td></tr>',
    );
  });
});
