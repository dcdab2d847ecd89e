import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSpool, SendOrSpoolSink, SpoolSink, SupabaseSink } from '../../src/adapters/kpi/index.js';
import { defaultCallTiming, delayFor, type CallTiming } from '../../src/adapters/retry/index.js';
import { kpiEvent, type KpiEvent } from '../../src/core/kpi/index.js';
import type { GatewayFault } from '../support/supabase/functions-router.js';
import { startSupabaseStack, type SupabaseStack } from '../support/supabase/stack.js';

let stack: SupabaseStack;
let sql: postgres.Sql;
let spool: string;
let runId = 0;
const dir = mkdtempSync(join(tmpdir(), 'pg-kpi-sink-'));

beforeAll(async () => {
  stack = await startSupabaseStack();
  sql = postgres(stack.postgres.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  runId++;
  spool = join(dir, `run-${runId}`, 'kpi.jsonl');
  sleeps.length = 0;
  onSleep = () => {};
});

/** The retry policy's timing with the waits recorded, not slept; `onSleep` acts between two tries. */
const sleeps: number[] = [];
let onSleep: () => void = () => {};
const timing: CallTiming = {
  ...defaultCallTiming,
  sleep: async (ms) => {
    sleeps.push(ms);
    onSleep();
  },
};

const NOW = new Date('2026-11-24T12:00:00Z');
const events = (): KpiEvent[] =>
  ['notify.failures', 'notify.slack_success_rate'].map((metric) =>
    kpiEvent(
      {
        repository: 'acme/app',
        tag: 'v1.0.0',
        run_id: runId,
        run_attempt: 1,
        occurred_at: '2026-11-24T11:00:00Z',
      },
      { metric: metric as KpiEvent['metric'], value: 1, event: 'notify' },
    ),
  );
const supabase = (timeoutMs = 2_000) =>
  new SupabaseSink({ url: stack.url, key: stack.serviceRoleKey, timeoutMs, timing });
const sink = (logged: string[] = [], timeoutMs?: number) =>
  new SendOrSpoolSink(supabase(timeoutMs), new SpoolSink(spool), {
    now: () => NOW,
    log: (event) => logged.push(event),
  });
const stored = () => sql`select metric, value from kpi.events where run_id = ${runId} order by metric`;

describe('SendOrSpoolSink', () => {
  it('sends the events with a kpi_ingest_success of 1, and spools nothing', async () => {
    const logged: string[] = [];
    await sink(logged).emit(events());
    expect(await stored()).toEqual([
      { metric: 'notify.failures', value: 1 },
      { metric: 'notify.slack_success_rate', value: 1 },
      { metric: 'security_ci.kpi_ingest_success', value: 1 },
    ]);
    expect((await readSpool(spool)).events).toEqual([]);
    expect(logged).toEqual(['kpi_sent']);
  });

  const outages: [string, GatewayFault | 'router-down'][] = [
    ['a 503 from the gateway', { kind: 'status', status: 503 }],
    ['a 500 from the gateway', { kind: 'status', status: 500 }],
    ['a relay error', { kind: 'relay-error' }],
    ['a timeout', { kind: 'hang' }],
    ['connection refused', 'router-down'],
  ];
  it.each(outages)(
    'on %s: spools the events and a kpi_ingest_success of 0, without throwing',
    async (_name, outage) => {
      if (outage === 'router-down') await stack.router.stop();
      else stack.router.inject(outage);
      const logged: string[] = [];
      try {
        await expect(sink(logged, 300).emit(events())).resolves.toBeUndefined();
      } finally {
        if (outage === 'router-down') await stack.router.start();
        else stack.router.inject(null);
      }
      expect(await stored()).toEqual([]);
      const spooled = (await readSpool(spool)).events;
      expect(spooled.slice(0, 2)).toEqual(events());
      expect(spooled[2]).toMatchObject({
        metric: 'security_ci.kpi_ingest_success',
        value: 0,
        repository: 'acme/app',
        run_id: runId,
        occurred_at: NOW.toISOString(),
      });
      expect(logged).toEqual(['kpi_spooled']);
    },
  );

  it('spools a batch the function refuses (400) rather than losing it', async () => {
    const bad = { ...events()[0]!, labels: { note: 'x'.repeat(500) } };
    await sink().emit([bad]);
    expect(await stored()).toEqual([]);
    expect((await readSpool(spool)).events.map((e) => e.value)).toEqual([1, 0]);
  });

  it('does not throw even when the spool cannot be written', async () => {
    stack.router.inject({ kind: 'status', status: 503 });
    writeFileSync(join(dir, 'not-a-dir'), '');
    const logged: string[] = [];
    const broken = new SendOrSpoolSink(supabase(), new SpoolSink(join(dir, 'not-a-dir', 'kpi.jsonl')), {
      log: (event) => logged.push(event),
    });
    await expect(broken.emit(events())).resolves.toBeUndefined();
    stack.router.inject(null);
    expect(logged).toEqual(['kpi_spooled', 'kpi_spool_failed']);
  });
});

describe('SupabaseSink', () => {
  it("throws kpi_ingest_failed with the function's reason, and never the key", async () => {
    const bad = { ...events()[0]!, metric: 'notify.fail' as KpiEvent['metric'] };
    const failure = await supabase()
      .emit([bad])
      .catch((error: unknown) => error as Error & { code: string });
    expect(failure).toMatchObject({
      code: 'kpi_ingest_failed',
      message: expect.stringContaining('400 events.0.metric'),
    });
    expect(failure!.message).not.toContain(stack.serviceRoleKey);
  });
});

describe('SupabaseSink under the retry policy', () => {
  it('a 503, then the answer: 2 tries, one wait exactly as the shared policy says, stored once', async () => {
    stack.router.inject({ kind: 'status', status: 503 });
    onSleep = () => stack.router.inject(null);
    const result = await supabase().send(events());
    expect(result).toMatchObject({ failure: null, inserted: 2, duplicate: 0 });
    expect(sleeps).toEqual([delayFor({ status: 503 }, 1, timing)]);
    expect(sleeps).toEqual([1_000]);
    expect(await stored()).toHaveLength(2);
  });

  it('503 every time: 3 tries, waits 1 s and 2 s, then the failure is reported', async () => {
    stack.router.inject({ kind: 'status', status: 503 });
    try {
      const result = await supabase().send(events());
      expect(result).toMatchObject({ accepted: [], failure: expect.stringMatching(/^503 /) });
    } finally {
      stack.router.inject(null);
    }
    expect(sleeps).toEqual([1_000, 2_000]);
    expect(await stored()).toEqual([]);
  });

  it('a timeout is a transport error: tried again, and the second try stores the events', async () => {
    stack.router.inject({ kind: 'hang' });
    onSleep = () => stack.router.inject(null);
    const result = await supabase(300).send(events());
    expect(result).toMatchObject({ failure: null, inserted: 2 });
    expect(sleeps).toEqual([1_000]);
  });

  it('a refusal (400) is final: one try, no wait', async () => {
    const bad = { ...events()[0]!, metric: 'notify.fail' as KpiEvent['metric'] };
    const result = await supabase().send([bad]);
    expect(result.failure).toMatch(/^400 events\.0\.metric/);
    expect(sleeps).toEqual([]);
  });
});
