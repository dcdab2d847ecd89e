import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readSpool } from '../adapters/kpi/spool.js';
import {
  buildDashboard,
  isEmpty,
  renderDashboardHtml,
  type DashboardInput,
} from '../core/dashboard/index.js';
import { GuardError } from '../core/errors/index.js';
import { counted } from '../core/report/index.js';
import { parseManifest, verdictVouched, type ManifestEntry } from '../core/manifest/index.js';
import { repositoryOf, signaturePolicy } from './signature-policy.js';
import { redactText } from '../core/redaction/index.js';
import { text, url } from '../commands/verify/index.js';
import type { CommandResult } from './exit.js';
import { day } from './day.js';
import { parseCommandArgs } from './args.js';
import { parseCliInputs } from './cli-inputs.js';
import { KPI_DASHBOARD_FLAGS } from './flags.js';

const DashboardSchema = z.object({
  out: text,
  from: day.nullable(),
  to: day.nullable(),
  manifests: z.array(text),
  spools: z.array(text),
  databaseUrl: text.nullable(),
  repoUrl: url
    .refine((value) => /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL')
    .nullable(),
});

const FLAG: Record<string, string> = {
  out: '--out',
  from: '--from',
  to: '--to',
  manifests: '--manifest',
  spools: '--kpi-spool',
  databaseUrl: '--db-url (or SUPABASE_DB_URL)',
  repoUrl: '--repo-url (or GITHUB_SERVER_URL/GITHUB_REPOSITORY)',
};

/**
 * `kpi dashboard --out DIR [--from DATE] [--to DATE] [--manifest FILE ...] [--kpi-spool FILE ...] [--db-url
 * URL] [--repo-url URL]`.
 */
export async function runDashboard(
  argv: readonly string[],
  now: Date,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const { values } = parseCommandArgs(KPI_DASHBOARD_FLAGS, argv);
  const spools = values['kpi-spool'] ?? [];
  const inputs = parseCliInputs(
    DashboardSchema,
    {
      out: values.out ?? '',
      from: values.from ?? null,
      to: values.to ?? null,
      manifests: values.manifest ?? [],
      spools,
      // An explicit spool means "these events": the environment's database does not silently take over.
      databaseUrl:
        values['db-url'] ?? (spools.length === 0 && env.SUPABASE_DB_URL ? env.SUPABASE_DB_URL : null),
      repoUrl:
        values['repo-url'] ??
        (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
          ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
          : null),
    },
    (field: string) => FLAG[field] ?? field,
  );
  if (inputs.databaseUrl !== null && spools.length > 0) {
    throw new GuardError(
      'input_invalid',
      '--kpi-spool and --db-url both give KPI events: the database views already hold every flushed spool; pick one',
    );
  }
  const range = { from: inputs.from, to: inputs.to };
  const manifests = await Promise.all(
    inputs.manifests.map(async (path) => parseManifest(await readText(path), path)),
  );
  const kpi =
    inputs.databaseUrl === null
      ? await readSpools(spools)
      : { report: await readViews(inputs.databaseUrl, range) };
  // In a workflow the repository is known: a success no signature vouches for is not counted as a pass.
  const repository = repositoryOf(values, env);
  const policy = repository === null ? null : await signaturePolicy(values, repository, env);
  const dashboard = buildDashboard({
    manifests,
    kpi,
    range,
    generatedAt: now,
    ...(policy ? { vouched: (entry: ManifestEntry) => verdictVouched(entry, policy) } : {}),
  });
  const page = join(inputs.out, 'index.html');
  await mkdir(inputs.out, { recursive: true });
  await writeFile(page, renderDashboardHtml(dashboard, { repoUrl: inputs.repoUrl }));
  const { sources } = dashboard;
  // Day one has no manifest yet: the page says so and the publishing workflow still succeeds.
  if (isEmpty(dashboard))
    return { exitCode: 0, stdout: `${page}: empty-state page (no manifest, spool or database given yet)` };
  return {
    exitCode: 0,
    stdout: `${page}: ${counted(sources.entries, 'manifest entry', 'manifest entries')}, ${sources.database ? 'KPI database views' : counted(sources.kpiEvents, 'KPI event')}`,
  };
}

async function readSpools(paths: readonly string[]): Promise<DashboardInput['kpi']> {
  const spools = await Promise.all(
    paths.map(async (path) => {
      // A spool that was never written reads as empty for `kpi flush`; here a wrong path must not look like a
      // quiet week.
      await stat(path).catch((error: Error) => {
        throw cannotRead(path, error);
      });
      return readSpool(path);
    }),
  );
  return {
    events: spools.flatMap((spool) => spool.events),
    unreadable: spools.reduce((sum, spool) => sum + spool.unreadable, 0),
  };
}

async function readViews(databaseUrl: string, range: { from: string | null; to: string | null }) {
  const secrets = [
    databaseUrl,
    URL.canParse(databaseUrl) ? decodeURIComponent(new URL(databaseUrl).password) : '',
  ];
  // Loaded here so a page built from files does not pay for the database driver.
  const { readKpiReport } = await import('../adapters/kpi/report.js');
  return readKpiReport(databaseUrl, range).catch((error: Error) => {
    throw new GuardError(
      'kpi_ingest_failed',
      `cannot read the KPI views: ${redactText(error.message, secrets)}`,
      { cause: error },
    );
  });
}

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: Error) => {
    throw cannotRead(path, error);
  });
}

function cannotRead(path: string, error: Error): GuardError {
  return new GuardError('input_invalid', `cannot read ${path}: ${error.message}`, { cause: error });
}
