import { readSpool, rewriteSpool } from './spool.js';
import type { SupabaseSink } from './supabase-sink.js';

export interface FlushResult {
  readonly sent: number;
  readonly inserted: number;
  readonly duplicate: number;
  /** Events still in the spool: not accepted, or appended while flushing. */
  readonly remaining: number;
  /** Torn lines that could not be read; they are dropped. */
  readonly unreadable: number;
  readonly failure: string | null;
}

/**
 * Re-sends a spool. Idempotency keys make a re-send harmless; what the function accepted leaves the
 * spool, the rest stays for the next flush. Meant for the start of a run, before new events are emitted.
 */
export async function flushSpool(path: string, supabase: SupabaseSink): Promise<FlushResult> {
  const { events, unreadable } = await readSpool(path);
  if (events.length === 0 && unreadable === 0)
    return { sent: 0, inserted: 0, duplicate: 0, remaining: 0, unreadable: 0, failure: null };
  const result = await supabase.send(events);
  const accepted = new Set(result.accepted.map((event) => event.idempotency_key));
  // Read again: another step may have appended while the requests were in flight.
  const remaining = (await readSpool(path)).events.filter((event) => !accepted.has(event.idempotency_key));
  await rewriteSpool(path, remaining);
  return {
    sent: result.accepted.length,
    inserted: result.inserted,
    duplicate: result.duplicate,
    remaining: remaining.length,
    unreadable,
    failure: result.failure,
  };
}
