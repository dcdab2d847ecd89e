import { z } from 'zod';
import { flushSpool, SupabaseSink, type FlushResult } from '../adapters/kpi/index.js';
import { GuardError } from '../core/errors/index.js';
import { renderKpiReport } from '../core/kpi/index.js';
import { redactText } from '../core/redaction/index.js';
import { text, url } from '../commands/verify/index.js';
import { EXIT, type CommandResult } from './exit.js';
import { databaseUrlSecrets, runKpiToken } from './kpi-token-command.js';
import { parseCommandArgs } from './args.js';
import { parseCliInputs } from './cli-inputs.js';
import { KPI_FLUSH_FLAGS, KPI_REPORT_FLAGS } from './flags.js';
import { day } from './day.js';

const FlushSchema = z.object({ spool: text, supabaseUrl: url, supabaseKey: text });
const ReportSchema = z.object({ from: day.nullable(), to: day.nullable(), databaseUrl: text });

const FLAG: Record<string, string> = {
  spool: '--kpi-spool',
  supabaseUrl: '--supabase-url (or SUPABASE_URL)',
  supabaseKey: '--supabase-key (or KPI_INGEST_TOKEN, or SUPABASE_SERVICE_ROLE_KEY)',
  from: '--from',
  to: '--to',
  databaseUrl: '--db-url (or SUPABASE_DB_URL)',
};

/**
 * `kpi flush --spool FILE [...]`, `kpi report [--from DATE] [--to DATE] [...]`, `kpi dashboard --out DIR
 * [...]` and `kpi token create|revoke [...]`.
 */
export async function runKpi(
  argv: readonly string[],
  now: Date,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub === 'flush') return flush(rest, env);
  if (sub === 'report') return report(rest, env);
  if (sub === 'dashboard') return (await import('./dashboard-command.js')).runDashboard(rest, now, env);
  if (sub === 'token') return runKpiToken(rest, env);
  throw new GuardError(
    'input_invalid',
    `kpi needs a subcommand: flush, report or dashboard, or token (got ${sub ?? 'nothing'})`,
  );
}

async function flush(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { values } = parseCommandArgs(KPI_FLUSH_FLAGS, argv);
  const inputs = parseCliInputs(
    FlushSchema,
    {
      spool: values['kpi-spool'] ?? '',
      supabaseUrl: values['supabase-url'] ?? env.SUPABASE_URL ?? '',
      supabaseKey: values['supabase-key'] ?? env.KPI_INGEST_TOKEN ?? env.SUPABASE_SERVICE_ROLE_KEY ?? '',
    },
    (field: string) => FLAG[field] ?? field,
  );
  const result = await flushSpool(
    inputs.spool,
    new SupabaseSink({ url: inputs.supabaseUrl, key: inputs.supabaseKey }),
  );
  const ok = result.failure === null && result.remaining === 0;
  const stdout = values.json
    ? JSON.stringify({ ok, spool: inputs.spool, ...result }, null, 2)
    : describeFlush(inputs.spool, result);
  return { exitCode: ok ? 0 : EXIT.rejected, stdout: redactText(stdout, [inputs.supabaseKey]) };
}

function describeFlush(spool: string, result: FlushResult): string {
  const lines = [
    `${spool}: ${result.sent} events accepted (${result.inserted} new, ${result.duplicate} already stored), ${result.remaining} left in the spool`,
  ];
  if (result.unreadable > 0) lines.push(`${result.unreadable} unreadable lines dropped`);
  if (result.failure !== null)
    lines.push(`kpi_ingest_failed: ${result.failure}; run kpi flush again once Supabase answers`);
  return lines.join('\n');
}

async function report(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { values } = parseCommandArgs(KPI_REPORT_FLAGS, argv);
  const inputs = parseCliInputs(
    ReportSchema,
    {
      from: values.from ?? null,
      to: values.to ?? null,
      databaseUrl: values['db-url'] ?? env.SUPABASE_DB_URL ?? '',
    },
    (field: string) => FLAG[field] ?? field,
  );
  const secrets = databaseUrlSecrets(inputs.databaseUrl);
  // Loaded here so `kpi flush` does not pay for the database driver.
  const { readKpiReport } = await import('../adapters/kpi/report.js');
  // An unreachable database is an operational failure of the KPI store, not a bad argument.
  const result = await readKpiReport(inputs.databaseUrl, { from: inputs.from, to: inputs.to }).catch(
    (error: Error) => {
      throw new GuardError(
        'kpi_ingest_failed',
        `cannot read the KPI views: ${redactText(error.message, secrets)}`,
        { cause: error },
      );
    },
  );
  const stdout = values.json ? JSON.stringify(result, null, 2) : renderKpiReport(result);
  return { exitCode: 0, stdout: redactText(stdout, secrets) };
}
