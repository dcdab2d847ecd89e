import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_METRICS, kpiViewName } from '../../src/core/kpi/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { applyMigrations } from '../support/supabase/migrations.js';
import { SAMPLE_VALIDATIONS, sampleEvents } from './event-set.js';

let server: PostgresServer;
let sql: postgres.Sql;

beforeAll(async () => {
  server = await startPostgres();
  await applyMigrations(server.url);
  sql = postgres(server.url, { max: 2, onnotice: () => {} });
  const events = sampleEvents();
  await sql`insert into kpi.events ${sql(events.map((e) => ({ ...e, labels: sql.json(e.labels) })))}`;
  const validations = [...SAMPLE_VALIDATIONS, { ...SAMPLE_VALIDATIONS[0]!, repository: 'acme/other' }];
  await sql`insert into kpi.validations ${sql(validations.map((v) => ({ ...v, idempotency_key: `${v.repository}|${v.run_id}` })))}`;
  await sql`insert into kpi.audit_events (repository, actor, operation, result, request_id, reason, at) values
    ('acme/app', 'bot', 'rerun', 'succeeded', '1/1', 'ok', now()), ('acme/other', 'bot', 'rollback', 'denied', '2/1', 'no write permission', now())`;
  await sql`insert into kpi.reader_repositories (reader, repository) values ('reader-app', 'acme/app')`;
});
afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

/** Runs a query the way PostgREST does for a signed-in reader: role and JWT claims set for the transaction. */
function asReader<T>(
  role: string,
  sub: string | null,
  query: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify({ sub, role })}, true)`;
    return query(tx);
  }) as Promise<T>;
}

const repositoriesIn = (relation: string) => (tx: postgres.TransactionSql) =>
  tx`select distinct repository from ${tx(relation)} order by repository`.then((rows) =>
    rows.map((r) => r.repository as string),
  );

describe('row-level security', () => {
  it('shows a reader only the repositories granted to it, in every table and view', async () => {
    for (const relation of [
      'kpi.events',
      'kpi.validations',
      'kpi.audit_events',
      ...KPI_METRICS.map((m) => `kpi.${kpiViewName(m)}`),
    ]) {
      expect(await asReader('authenticated', 'reader-app', repositoriesIn(relation)), relation).toEqual([
        'acme/app',
      ]);
    }
  });

  it('shows a reader without grants nothing, while the service role sees everything', async () => {
    expect(await asReader('authenticated', 'stranger', repositoriesIn('kpi.notify_failures'))).toEqual([]);
    expect(await asReader('authenticated', null, repositoriesIn('kpi.events'))).toEqual([]);
    expect(await asReader('service_role', null, repositoriesIn('kpi.notify_failures'))).toEqual([
      'acme/app',
      'acme/other',
    ]);
  });

  it('keeps the grant table hidden from readers and everything from anon', async () => {
    await expect(
      asReader('authenticated', 'reader-app', (tx) => tx`select * from kpi.reader_repositories`),
    ).rejects.toThrow(/permission denied/);
    await expect(asReader('anon', null, (tx) => tx`select * from kpi.notify_failures`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('does not let a reader write', async () => {
    await expect(
      asReader(
        'authenticated',
        'reader-app',
        (tx) => tx`insert into kpi.reader_repositories values ('reader-app', 'acme/other')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(asReader('authenticated', 'reader-app', (tx) => tx`delete from kpi.events`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
