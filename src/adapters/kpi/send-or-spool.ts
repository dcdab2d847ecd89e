import { createHash } from 'node:crypto';
import { kpiEvent, type KpiEvent, type KpiSink } from '../../core/kpi/index.js';
import { SpoolSink } from './spool.js';
import { SupabaseSink, type SupabaseTarget } from './supabase-sink.js';

export interface SendOrSpoolOptions {
  readonly now?: () => Date;
  readonly log?: (event: string, fields?: Record<string, unknown>) => void;
}

/**
 * The sink commands use: send to Supabase, else spool for `kpi flush`. Either way it records
 * `security_ci.kpi_ingest_success` (1 sent, 0 spooled) and it never throws, so a KPI outage cannot
 * change a verdict or a notification.
 */
export class SendOrSpoolSink implements KpiSink {
  constructor(
    private readonly supabase: SupabaseSink,
    private readonly spool: SpoolSink,
    private readonly options: SendOrSpoolOptions = {},
  ) {}

  async emit(events: readonly KpiEvent[]): Promise<void> {
    if (events.length === 0) return;
    const at = (this.options.now ?? (() => new Date()))();
    // Sent last, so it is stored only when every event before it was.
    const result = await this.supabase.send([...events, ingestOutcome(events, 1, at)]);
    if (result.failure === null) {
      this.options.log?.('kpi_sent', {
        events: events.length,
        inserted: result.inserted,
        duplicate: result.duplicate,
      });
      return;
    }
    const sent = new Set(result.accepted.map((event) => event.idempotency_key));
    const unsent = events.filter((event) => !sent.has(event.idempotency_key));
    this.options.log?.('kpi_spooled', {
      code: 'kpi_ingest_failed',
      events: unsent.length,
      reason: result.failure,
    });
    try {
      await this.spool.emit([...unsent, ingestOutcome(events, 0, at)]);
    } catch (error) {
      this.options.log?.('kpi_spool_failed', { events: unsent.length, reason: (error as Error).message });
    }
  }
}

/** What commands emit KPI events to: Supabase when it is configured, else the spool alone. */
export function kpiSink(
  spoolPath: string,
  supabase: SupabaseTarget | null,
  options: SendOrSpoolOptions = {},
): KpiSink {
  const spool = new SpoolSink(spoolPath);
  return supabase ? new SendOrSpoolSink(new SupabaseSink(supabase), spool, options) : spool;
}

/**
 * One ingest attempt's outcome. Success and failure share the idempotency key: when a timed-out
 * request was stored after all, the spooled 0 is a duplicate on flush and the 1 stands.
 */
function ingestOutcome(events: readonly KpiEvent[], value: 0 | 1, at: Date): KpiEvent {
  const [first] = events;
  const batch = createHash('sha256')
    .update(events.map((event) => event.idempotency_key).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return kpiEvent(
    {
      repository: first!.repository,
      tag: first!.tag,
      run_id: first!.run_id,
      run_attempt: first!.run_attempt,
      occurred_at: at.toISOString(),
    },
    { metric: 'security_ci.kpi_ingest_success', value, event: `ingest-${batch}` },
  );
}
