import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiEvent, type KpiEvent } from '../../src/core/kpi/index.js';
import { SECRET_SHAPES } from '../../src/core/redaction/index.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { startDenoFunction, type DenoFunction } from '../support/supabase/deno-function.js';
import { startFunctionsRouter, type FunctionsRouter } from '../support/supabase/functions-router.js';
import { signJwt } from '../support/supabase/jwt.js';
import { applyMigrations } from '../support/supabase/migrations.js';

const JWT_SECRET = 'ingest-refusals-jwt-secret-of-32-characters';
const SERVICE_ROLE_KEY = signJwt(JWT_SECRET, { iss: 'supabase-demo', role: 'service_role', exp: 1983812996 });

let database: PostgresServer;
let validate: DenoFunction;
let router: FunctionsRouter;
let sql: postgres.Sql;

beforeAll(async () => {
  database = await startPostgres();
  await applyMigrations(database.url);
  validate = await startDenoFunction('provenance-validate', {
    SUPABASE_DB_URL: database.url,
    SUPABASE_SERVICE_ROLE_KEY: SERVICE_ROLE_KEY,
    SUPABASE_ANON_KEY: signJwt(JWT_SECRET, { iss: 'supabase-demo', role: 'anon', exp: 1983812996 }),
  });
  router = await startFunctionsRouter({ 'provenance-validate': validate.url }, JWT_SECRET);
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await router?.stop();
  await validate?.stop();
  await database?.stop();
});

/** The function's answer to a body, as the action's sink would send it. */
async function ingest(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${router.url}/functions/v1/provenance-validate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SERVICE_ROLE_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const context = (tag: string, runId: number) => ({
  repository: 'acme/app',
  tag,
  run_id: runId,
  run_attempt: 1,
  occurred_at: '2026-11-24T10:00:00Z',
});
/** An event as a caller that skips kpiEvent could send it: tag and labels exactly as given. */
const raw = (tag: string, labels: Record<string, string>, runId: number): KpiEvent => ({
  ...context(tag, runId),
  metric: 'notify.failures',
  value: 1,
  labels,
  idempotency_key: `acme/app|raw|${runId}`,
});
const stored = async (runId: number) =>
  (await sql<{ n: number }[]>`select count(*)::int as n from kpi.events where run_id = ${runId}`)[0]!.n;

describe('provenance-validate refuses what the KPI tables must not hold', () => {
  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['a newline', 'v1.0.0\nforged line'],
    ['a control character', 'v1\u0007'],
    ['a space', 'v1 beta'],
  ])('a tag with %s: 400 naming events.0.tag, nothing written', async (_name, tag) => {
    const answer = await ingest({ events: [raw(tag, {}, 11)] });
    expect(answer).toMatchObject({ status: 400, body: { code: 400, path: 'events.0.tag' } });
    const validation = { repository: 'acme/app', tag, run_id: 11, status: 'success', verified_at: null };
    expect(await ingest({ validation })).toMatchObject({ status: 400, body: { path: 'validation.tag' } });
    expect(await stored(11)).toBe(0);
  });

  const secretLabels: readonly (readonly [string, Record<string, string>])[] = [
    ['an e-mail address in a value', { requested_by: 'jane.doe@example.com' }],
    ['a URL-encoded e-mail address in a value', { requested_by: 'jane.doe%40example.com' }],
    ['a secret-shaped key', { [`${'npm'}_abcdefghijklmnopqrstuvwxyz0123456789`]: '1' }],
    ...SECRET_SHAPES.map((shape) => [shape.name, { note: shape.samples[0]!.slice(0, 200) }] as const),
  ];
  it.each(secretLabels)(
    'a label holding %s: 400 naming the table’s check, the whole batch refused',
    async (_name, labels) => {
      const answer = await ingest({ events: [raw('v1.0.0', {}, 12), raw('v1.0.0', labels, 13)] });
      expect(answer).toEqual({
        status: 400,
        body: {
          code: 400,
          path: 'events',
          constraint: 'events_labels_not_secret',
          message: 'events: kpi.events refuses a row (check events_labels_not_secret)',
        },
      });
      expect((await stored(12)) + (await stored(13))).toBe(0);
    },
  );

  it('takes the same tags and labels once kpiEvent has built the events: the tag’s characters replaced, the labels redacted', async () => {
    const events = [
      kpiEvent(context('<script>\nv1', 21), {
        metric: 'notify.failures',
        value: 1,
        labels: { requested_by: 'jane.doe@example.com', note: SECRET_SHAPES[0]!.samples[0]! },
      }),
      ...SECRET_SHAPES.map((shape, index) =>
        kpiEvent(context('v1.0.0', 22 + index), {
          metric: 'notify.failures',
          value: 1,
          labels: { note: shape.samples[0]!.slice(0, 200) },
        }),
      ),
    ];
    const answer = await ingest({ events });
    expect(answer).toMatchObject({
      status: 201,
      body: { events: { inserted: events.length, duplicate: 0 } },
    });
    expect(await sql`select tag, labels from kpi.events where run_id = 21`).toEqual([
      { tag: '_script__v1', labels: { requested_by: '<e-mail redacted>@example.com', note: '***' } },
    ]);
  });
});
