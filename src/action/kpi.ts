import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { flushSpool, kpiSink, SupabaseSink, type SupabaseTarget } from '../adapters/kpi/index.js';
import type { KpiSink } from '../core/kpi/index.js';

/**
 * The KPI sink of an action step: Supabase when `supabase-url` and `supabase-key` are given (the
 * spool left by earlier outages is flushed first), else the spool file alone. Never fails the step.
 */
export async function actionKpiSink(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ sink: KpiSink; spool: string }> {
  const spool =
    core.getInput('kpi-spool').trim() ||
    join(env.RUNNER_TEMP ?? tmpdir(), 'provenance-guard', 'kpi-spool.jsonl');
  const url = core.getInput('supabase-url').trim();
  const key = core.getInput('supabase-key').trim();
  if (key) core.setSecret(key);
  const target: SupabaseTarget | null = url && key ? { url, key } : null;
  if (target) {
    const flushed = await flushSpool(spool, new SupabaseSink(target)).catch((error: unknown) => ({
      failure: (error as Error).message,
      sent: 0,
      remaining: -1,
    }));
    core.info(
      `kpi_flush sent=${flushed.sent} remaining=${flushed.remaining}${flushed.failure ? ` failure=${JSON.stringify(flushed.failure)}` : ''}`,
    );
  }
  return {
    sink: kpiSink(spool, target, {
      log: (event, fields = {}) => core.info(`${event} ${JSON.stringify(fields)}`),
    }),
    spool,
  };
}
