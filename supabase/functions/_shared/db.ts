import postgres from 'npm:postgres@3';
import type { Ingest, KpiEvent, Validation } from './ingest-schema.ts';

export interface Counts {
  readonly inserted: number;
  readonly duplicate: number;
}

let client: postgres.Sql | null = null;

/** One pool per isolate; `prepare: false` because SUPABASE_DB_URL may be the transaction pooler. */
function database(): postgres.Sql {
  const url = Deno.env.get('SUPABASE_DB_URL');
  if (!url) throw new Error('SUPABASE_DB_URL is not set');
  client ??= postgres(url, { max: 3, prepare: false, connect_timeout: 10, onnotice: () => {} });
  return client;
}

/** The live ingest token with this SHA-256 (kpi_auth.ingest_token_repository), or null. */
export async function tokenRepository(
  sha256: Uint8Array,
): Promise<{ id: number; repository: string } | null> {
  const [row] = await database()<
    { id: string; repository: string }[]
  >`select id, repository from kpi_auth.ingest_token_repository(${sha256})`;
  return row ? { id: Number(row.id), repository: row.repository } : null;
}

/** Writes the validation and the events in one transaction; a row whose key exists already is a duplicate. */
export function ingest(body: Ingest): Promise<{ validation: Counts | null; events: Counts | null }> {
  return database().begin(async (sql) => ({
    validation: body.validation ? await insertValidation(sql, body.validation) : null,
    events: body.events ? await insertEvents(sql, body.events) : null,
  }));
}

async function insertValidation(sql: postgres.TransactionSql, v: Validation): Promise<Counts> {
  const key = [v.repository, v.tag, v.run_id, v.run_attempt, 'validation'].join('|');
  const result = await sql`
    insert into kpi.validations (repository, tag, run_id, run_attempt, status, verified_at, failure_reason, idempotency_key)
    values (${v.repository}, ${v.tag}, ${v.run_id}, ${v.run_attempt}, ${v.status}, ${v.verified_at}, ${v.failure_reason}, ${key})
    on conflict (idempotency_key) do nothing`;
  return { inserted: result.count, duplicate: 1 - result.count };
}

async function insertEvents(sql: postgres.TransactionSql, events: readonly KpiEvent[]): Promise<Counts> {
  if (events.length === 0) return { inserted: 0, duplicate: 0 };
  const result = await sql`
    insert into kpi.events (repository, tag, run_id, run_attempt, metric, value, labels, occurred_at, idempotency_key)
    select repository, tag, run_id, run_attempt, metric, value, labels, occurred_at, idempotency_key
    from jsonb_to_recordset(${sql.json(events as unknown as postgres.JSONValue)}) as e(
      repository text, tag text, run_id bigint, run_attempt integer, metric text, value double precision,
      labels jsonb, occurred_at timestamptz, idempotency_key text)
    on conflict (idempotency_key) do nothing`;
  return { inserted: result.count, duplicate: events.length - result.count };
}
