import type { KpiEvent } from '../../core/kpi/index.js';
import { claimSpool, discardBatches, readSpool, SpoolSink } from './spool.js';
import type { SupabaseSink } from './supabase-sink.js';

export interface FlushResult {
  readonly sent: number;
  readonly inserted: number;
  readonly duplicate: number;
  /** Events in the spool afterwards: not accepted, or appended while flushing. */
  readonly remaining: number;
  /** Torn lines that could not be read; they are dropped. */
  readonly unreadable: number;
  readonly failure: string | null;
}

/**
 * Re-sends a spool. Idempotency keys make a re-send harmless. The spool is taken as a batch first, so
 * events appended meanwhile wait in a fresh spool; what the function did not accept is appended back,
 * and only then is the batch deleted (a crash in between leaves copies, which are duplicates).
 */
export async function flushSpool(path: string, supabase: Pick<SupabaseSink, 'send'>): Promise<FlushResult> {
  const batches = await claimSpool(path);
  const { events, unreadable } = await readBatches(batches);
  const result = await supabase.send(events);
  const accepted = new Set(result.accepted.map((event) => event.idempotency_key));
  await new SpoolSink(path).emit(events.filter((event) => !accepted.has(event.idempotency_key)));
  await discardBatches(batches);
  return {
    sent: result.accepted.length,
    inserted: result.inserted,
    duplicate: result.duplicate,
    remaining: (await readSpool(path)).events.length,
    unreadable,
    failure: result.failure,
  };
}

/** The batches' events, each idempotency key once, so one flush never sends an event twice. */
async function readBatches(batches: readonly string[]): Promise<{ events: KpiEvent[]; unreadable: number }> {
  const reads = await Promise.all(batches.map((batch) => readSpool(batch)));
  const byKey = new Map(reads.flatMap((read) => read.events).map((event) => [event.idempotency_key, event]));
  return {
    events: [...byKey.values()],
    unreadable: reads.reduce((sum, read) => sum + read.unreadable, 0),
  };
}
