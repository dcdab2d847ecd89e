import {
  createClient,
  FunctionsHttpError,
  FunctionsRelayError,
  type SupabaseClient,
  type WebSocketLikeConstructor,
} from '@supabase/supabase-js';
import { GuardError } from '../../core/errors/index.js';
import type { KpiEvent, KpiSink } from '../../core/kpi/index.js';
import { defaultCallTiming, delayFor, type CallFailure, type CallTiming } from '../retry/index.js';

/** The provenance-validate function takes at most this many events per request. */
const MAX_EVENTS_PER_REQUEST = 500;

export interface SupabaseTarget {
  /** The project URL, e.g. https://<ref>.supabase.co. */
  readonly url: string;
  /** The service role key; callers mask it, nothing here ever prints it. */
  readonly key: string;
  /** Each try's timeout; 15 s when absent. */
  readonly timeoutMs?: number;
  /** The retry policy's timing; its defaults when absent. */
  readonly timing?: CallTiming;
}

export interface IngestResult {
  /** Events in requests the function answered 2xx: stored now or before (duplicates). */
  readonly accepted: readonly KpiEvent[];
  readonly inserted: number;
  readonly duplicate: number;
  /** Why the first failed request failed (later ones were not tried), or null. */
  readonly failure: string | null;
}

/**
 * Node 20 has no WebSocket for supabase-js to find at start-up, and KPI ingestion never opens a realtime
 * channel.
 */
class RealtimeNotUsed {
  constructor() {
    throw new Error('provenance-guard does not use Supabase realtime');
  }
}

/**
 * Sends KPI events to the `provenance-validate` edge function through supabase-js. Each request follows
 * the retry policy (at most 3 tries, 429 waits `Retry-After`, 5xx, relay and transport errors back off);
 * sending a batch again is safe, its idempotency keys make what already landed a duplicate.
 */
export class SupabaseSink implements KpiSink {
  private readonly client: SupabaseClient;
  private readonly timeoutMs: number;
  private readonly timing: CallTiming;

  constructor(target: SupabaseTarget) {
    this.client = createClient(target.url, target.key, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      realtime: { transport: RealtimeNotUsed as unknown as WebSocketLikeConstructor },
    });
    this.timeoutMs = target.timeoutMs ?? 15_000;
    this.timing = target.timing ?? defaultCallTiming;
  }

  /** Sends in requests of at most MAX_EVENTS_PER_REQUEST, in order, stopping at the first that fails. */
  async send(events: readonly KpiEvent[]): Promise<IngestResult> {
    const accepted: KpiEvent[] = [];
    let inserted = 0;
    let duplicate = 0;
    for (let start = 0; start < events.length; start += MAX_EVENTS_PER_REQUEST) {
      const batch = events.slice(start, start + MAX_EVENTS_PER_REQUEST);
      const answer = await this.invoke(batch);
      if ('failure' in answer) return { accepted, inserted, duplicate, failure: answer.failure };
      accepted.push(...batch);
      inserted += answer.inserted;
      duplicate += answer.duplicate;
    }
    return { accepted, inserted, duplicate, failure: null };
  }

  async emit(events: readonly KpiEvent[]): Promise<void> {
    const { failure } = await this.send(events);
    if (failure !== null)
      throw new GuardError('kpi_ingest_failed', `KPI events were not ingested: ${failure}`);
  }

  private async invoke(
    events: readonly KpiEvent[],
  ): Promise<{ inserted: number; duplicate: number } | { failure: string }> {
    for (let attempt = 1; ; attempt++) {
      const { data, error } = await this.client.functions.invoke('provenance-validate', {
        body: { events },
        timeout: this.timeoutMs,
      });
      if (!error) return countsOf(data);
      const wait = delayFor(failureOf(error), attempt, this.timing);
      if (wait === null) return { failure: await describe(error) };
      await (error.context as Response | undefined)?.body?.cancel?.().catch(() => undefined);
      await this.timing.sleep(wait);
    }
  }
}

function countsOf(data: unknown): { inserted: number; duplicate: number } | { failure: string } {
  const counts = (data as { events?: { inserted?: unknown; duplicate?: unknown } } | null)?.events;
  if (typeof counts?.inserted !== 'number' || typeof counts.duplicate !== 'number')
    return { failure: 'provenance-validate answered without event counts' };
  return { inserted: counts.inserted, duplicate: counts.duplicate };
}

/**
 * A supabase-js error as the retry policy reads it: an HTTP answer (the function's or the gateway's, a
 * relay error being a 5xx), or none at all (`FunctionsFetchError`: refused, reset, timed out).
 */
function failureOf(error: Error): CallFailure {
  if (error instanceof FunctionsHttpError || error instanceof FunctionsRelayError) {
    const response = error.context as Response;
    return {
      status: error instanceof FunctionsRelayError ? Math.max(response.status, 502) : response.status,
      retryAfter: response.headers.get('retry-after'),
    };
  }
  return { transportError: true };
}

/** The function's own message for an HTTP error (`400 events.0.metric: …`); the error's name otherwise. */
async function describe(error: Error): Promise<string> {
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    return `${response.status} ${typeof body?.message === 'string' ? body.message : response.statusText}`.slice(
      0,
      300,
    );
  }
  const cause = (error as { context?: unknown }).context;
  if (!(cause instanceof Error)) return error.name;
  if (cause.name === 'AbortError') return `${error.name}: timed out`;
  const code = (cause.cause as { code?: unknown } | undefined)?.code;
  return `${error.name}: ${cause.message}${typeof code === 'string' ? ` (${code})` : ''}`.slice(0, 300);
}
