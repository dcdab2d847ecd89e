import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { flushSpool, readSpool, SpoolSink, type IngestResult } from '../../src/adapters/kpi/index.js';
import { kpiEvent, type KpiEvent } from '../../src/core/kpi/index.js';

/** Points where another step's append is made to land, deterministically. */
const hooks = vi.hoisted(() => ({
  /** Runs after every file read while set. */
  afterRead: null as (() => Promise<void>) | null,
  /** Runs once, after the next open of a file and before anything is written to it. */
  afterOpen: null as (() => Promise<void>) | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readFile: async (...args: Parameters<typeof actual.readFile>) => {
      const text = await actual.readFile(...args);
      await hooks.afterRead?.();
      return text;
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const hook = hooks.afterOpen;
      hooks.afterOpen = null;
      await hook?.();
      return handle;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'kpi-spool-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runId = 0;
const event = (): KpiEvent =>
  kpiEvent(
    {
      repository: 'acme/app',
      tag: 'v4.0.0',
      run_id: ++runId,
      run_attempt: 1,
      occurred_at: '2026-11-24T09:00:00Z',
    },
    { metric: 'notify.failures', value: 1 },
  );

/** A Supabase that accepts everything and records what each flush sent. */
function recordingSupabase() {
  const sent: string[] = [];
  return {
    sent,
    send: async (events: readonly KpiEvent[]): Promise<IngestResult> => {
      sent.push(...events.map((e) => e.idempotency_key));
      return { accepted: events, inserted: events.length, duplicate: 0, failure: null };
    },
  };
}

const keys = (events: readonly KpiEvent[]) => events.map((e) => e.idempotency_key);
const spooledKeys = async (path: string) => keys((await readSpool(path)).events);

describe('a flush racing appends to the same spool', () => {
  it('loses no event appended right after each of the flush’s reads, and sends none twice', async () => {
    const spool = join(dir, 'race', 'kpi.jsonl');
    const appender = new SpoolSink(spool);
    const first = event();
    await appender.emit([first]);
    const appended: KpiEvent[] = [];
    hooks.afterRead = async () => {
      const next = event();
      appended.push(next);
      await appender.emit([next]);
    };
    const supabase = recordingSupabase();
    const result = await flushSpool(spool, supabase).finally(() => (hooks.afterRead = null));

    expect(supabase.sent).toEqual([first.idempotency_key]);
    expect(result).toMatchObject({ sent: 1, failure: null });
    expect(appended.length).toBeGreaterThan(0);
    expect(await spooledKeys(spool)).toEqual(keys(appended));
  });

  it('re-appends an event whose write lands in a spool a flush has already taken and sent', async () => {
    const spool = join(dir, 'claimed', 'kpi.jsonl');
    const appender = new SpoolSink(spool);
    const first = event();
    const late = event();
    await appender.emit([first]);
    const supabase = recordingSupabase();
    hooks.afterOpen = async () => {
      await flushSpool(spool, supabase);
    };
    await appender.emit([late]);

    expect(hooks.afterOpen).toBeNull();
    expect(supabase.sent).toEqual([first.idempotency_key]);
    expect(await spooledKeys(spool)).toEqual([late.idempotency_key]);
  });

  it('sends the batch a crashed flush left behind with the next flush, each event once, and leaves no file behind', async () => {
    const spool = join(dir, 'crashed', 'kpi.jsonl');
    const appender = new SpoolSink(spool);
    const before = event();
    const after = event();
    await appender.emit([before]);
    const crashing = {
      send: (): Promise<IngestResult> => Promise.reject(new Error('killed while sending')),
    };
    await expect(flushSpool(spool, crashing)).rejects.toThrow('killed while sending');
    // The crashed batch's event is spooled again too, as an append that raced a flush may do.
    await appender.emit([before, after]);
    const supabase = recordingSupabase();
    const result = await flushSpool(spool, supabase);

    expect(supabase.sent.sort()).toEqual(keys([before, after]).sort());
    expect(result).toMatchObject({ sent: 2, remaining: 0, failure: null });
    expect(readdirSync(join(dir, 'crashed'))).toEqual([]);
  });

  it('puts what the function did not accept back into the spool, beside what was appended meanwhile', async () => {
    const spool = join(dir, 'refused', 'kpi.jsonl');
    const appender = new SpoolSink(spool);
    const [accepted, refused, appended] = [event(), event(), event()];
    await appender.emit([accepted, refused]);
    const result = await flushSpool(spool, {
      send: async (): Promise<IngestResult> => {
        await appender.emit([appended]);
        return { accepted: [accepted], inserted: 1, duplicate: 0, failure: '503 Service Unavailable' };
      },
    });

    expect(result).toEqual({
      sent: 1,
      inserted: 1,
      duplicate: 0,
      remaining: 2,
      unreadable: 0,
      failure: '503 Service Unavailable',
    });
    expect((await spooledKeys(spool)).sort()).toEqual(keys([refused, appended]).sort());
  });
});
