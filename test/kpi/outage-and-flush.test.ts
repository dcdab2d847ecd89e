import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushSpool, kpiSink, readSpool, SpoolSink, SupabaseSink } from '../../src/adapters/kpi/index.js';
import { runCli } from '../../src/cli/main.js';
import { runKpi } from '../../src/cli/kpi-command.js';
import { kpiEvent, type KpiEvent } from '../../src/core/kpi/index.js';
import { startSupabaseStack, type SupabaseStack } from '../support/supabase/stack.js';

let stack: SupabaseStack;
let sql: postgres.Sql;
const dir = mkdtempSync(join(tmpdir(), 'pg-kpi-outage-'));

beforeAll(async () => {
  stack = await startSupabaseStack();
  sql = postgres(stack.postgres.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const runEvents = (runId: number, metrics: KpiEvent['metric'][]): KpiEvent[] =>
  metrics.map((metric, i) =>
    kpiEvent(
      {
        repository: 'acme/app',
        tag: 'v3.0.0',
        run_id: runId,
        run_attempt: 1,
        occurred_at: '2026-11-24T09:00:00Z',
      },
      { metric, value: i },
    ),
  );
const flags = (spool: string) => [
  '--spool',
  spool,
  '--supabase-url',
  stack.url,
  '--supabase-key',
  stack.serviceRoleKey,
];
const countsByKey = (runIds: number[]) =>
  sql`select idempotency_key, count(*)::int as n from kpi.events where run_id = any(${runIds}) group by 1 order by 1`;

describe('a Supabase outage, then kpi flush', () => {
  const spool = join(dir, 'outage.jsonl');
  const first = runEvents(301, [
    'notify.failures',
    'notify.slack_success_rate',
    'security_ci.slack_issue_followups',
    'notify.issue_latency',
  ]);
  const second = runEvents(302, ['rerun.success_rate', 'rerun.time_to_resolution']);

  it('spools every event while the gateway is down, with kpi_ingest_success 0 per attempt', async () => {
    await stack.router.stop();
    const sink = kpiSink(spool, { url: stack.url, key: stack.serviceRoleKey, timeoutMs: 1_000 });
    await sink.emit(first);
    await sink.emit(second);
    const spooled = (await readSpool(spool)).events;
    expect(spooled).toHaveLength(first.length + second.length + 2);
    expect(
      spooled.filter((e) => e.metric === 'security_ci.kpi_ingest_success').map((e) => [e.run_id, e.value]),
    ).toEqual([
      [301, 0],
      [302, 0],
    ]);
  });

  it('keeps the spool when kpi flush still cannot reach Supabase, and says so without printing the key', async () => {
    const result = await runCli(['kpi', 'flush', ...flags(spool)]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /0 events accepted .* 8 left in the spool\nkpi_ingest_failed: FunctionsFetchError/,
    );
    expect(result.stdout).not.toContain(stack.serviceRoleKey);
    expect((await readSpool(spool)).events).toHaveLength(8);
  });

  it('once the gateway is back, kpi flush stores every event exactly once and empties the spool', async () => {
    await stack.router.start();
    copyFileSync(spool, `${spool}.copy`);
    const spooledKeys = (await readSpool(spool)).events.map((e) => e.idempotency_key);
    const result = await runCli(['kpi', 'flush', ...flags(spool), '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      sent: 8,
      inserted: 8,
      duplicate: 0,
      remaining: 0,
      failure: null,
    });
    expect((await readSpool(spool)).events).toEqual([]);
    expect(await countsByKey([301, 302])).toEqual(
      spooledKeys.sort().map((idempotency_key) => ({ idempotency_key, n: 1 })),
    );
  });

  it('re-sending the same spool changes nothing: every event is a duplicate', async () => {
    const result = await runKpi(['flush', '--spool', `${spool}.copy`, '--json'], new Date(), {
      SUPABASE_URL: stack.url,
      SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
    });
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      sent: 8,
      inserted: 0,
      duplicate: 8,
      remaining: 0,
    });
    expect((await countsByKey([301, 302])).every((r) => r.n === 1)).toBe(true);
  });
});

describe('flushSpool', () => {
  it('sends a large spool in requests of at most 500 events', async () => {
    const spool = join(dir, 'large.jsonl');
    const many = Array.from(
      { length: 1_200 },
      (_, i) => runEvents(1_000 + i, ['metrics.lock_wait_seconds'])[0]!,
    );
    await new SpoolSink(spool).emit(many);
    const result = await flushSpool(spool, new SupabaseSink({ url: stack.url, key: stack.serviceRoleKey }));
    expect(result).toEqual({
      sent: 1_200,
      inserted: 1_200,
      duplicate: 0,
      remaining: 0,
      unreadable: 0,
      failure: null,
    });
  });

  it('keeps what the function refused and drops torn lines', async () => {
    const spool = join(dir, 'refused.jsonl');
    await new SpoolSink(spool).emit([
      { ...runEvents(400, ['notify.failures'])[0]!, metric: 'notify.fail' as KpiEvent['metric'] },
    ]);
    await appendFile(spool, '{"metric":"notify.fail');
    const result = await flushSpool(spool, new SupabaseSink({ url: stack.url, key: stack.serviceRoleKey }));
    expect(result).toMatchObject({
      sent: 0,
      remaining: 1,
      unreadable: 1,
      failure: expect.stringContaining('400 events.0.metric'),
    });
    expect((await readSpool(spool)).events).toHaveLength(1);
  });

  it('does nothing for a missing spool, and kpi flush names a missing key', async () => {
    expect(
      await flushSpool(
        join(dir, 'none.jsonl'),
        new SupabaseSink({ url: stack.url, key: stack.serviceRoleKey }),
      ),
    ).toMatchObject({ sent: 0, remaining: 0, failure: null });
    await expect(
      runKpi(['flush', '--spool', join(dir, 'none.jsonl'), '--supabase-url', stack.url], new Date(), {}),
    ).rejects.toThrow('--supabase-key (or KPI_INGEST_TOKEN, or SUPABASE_SERVICE_ROLE_KEY) must not be empty');
  });
});
