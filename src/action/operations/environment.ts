import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { AuditSpool } from '../../adapters/audit/index.js';
import { githubClient, toRepositoryRef, type GitHubApi } from '../../adapters/github/index.js';
import { kpiSink } from '../../adapters/kpi/index.js';
import { GitHubContentsStore } from '../../adapters/manifest/index.js';
import { GuardError, runbookUrl, type FailureCode } from '../../core/errors/index.js';
import { stepClaimId } from '../../core/manifest/index.js';
import { toCodedError, type OperationDependencies } from '../../commands/operations/index.js';

export const optional = (name: string) => core.getInput(name).trim() || null;

export function required(name: string): string {
  const value = optional(name);
  if (value === null) throw new GuardError('input_invalid', `${name} is required`);
  return value;
}

/**
 * An input exactly as given: the command validates it once, so whitespace in a tag is refused, not trimmed
 * away.
 */
export function verbatim(name: string): string {
  const value = core.getInput(name, { trimWhitespace: false });
  if (value.trim() === '') throw new GuardError('input_invalid', `${name} is required`);
  return value;
}

export function positiveInteger(name: string, value: string | null): number {
  if (value === null || !/^[1-9][0-9]*$/.test(value))
    throw new GuardError('input_invalid', `${name} must be a positive integer`);
  return Number(value);
}

/** Who asked: the person who triggered the run (a rerun's triggering actor), never an input. */
export function actorOf(env: NodeJS.ProcessEnv = process.env): string {
  const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR;
  if (!actor)
    throw new GuardError(
      'input_invalid',
      'GITHUB_ACTOR is not set: privileged operations run only inside a workflow',
    );
  return actor;
}

export interface OperationEnvironment {
  readonly deps: OperationDependencies;
  readonly requestId: string;
  readonly secrets: readonly string[];
  readonly auditLog: string;
  readonly kpiSpool: string;
}

/** GitHub, the manifest, audit and KPI spools, from the inputs every privileged action shares. */
export function operationEnvironment(
  now: () => Date,
  env: NodeJS.ProcessEnv = process.env,
): OperationEnvironment {
  // Without manifest-path each entry is found in the file of its release run's day, whatever day this runs.
  const token = required('github-token');
  const { octokit, repository } = repositoryClient(token, env);
  const dir = join(env.RUNNER_TEMP ?? tmpdir(), 'provenance-guard');
  const auditLog = optional('audit-log') ?? join(dir, 'audit.jsonl');
  const kpiSpool = optional('kpi-spool') ?? join(dir, 'kpi-spool.jsonl');
  const manifestPath = optional('manifest-path');
  const branch = optional('manifest-branch');
  const supabaseUrl = optional('supabase-url');
  const supabaseKey = optional('supabase-key');
  if (supabaseKey) core.setSecret(supabaseKey);
  const supabase = supabaseUrl && supabaseKey ? { url: supabaseUrl, key: supabaseKey } : null;
  const log = (event: string, fields: Record<string, unknown> = {}) =>
    core.info([event, ...Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`)].join(' '));
  return {
    deps: {
      github: { octokit, repository },
      store:
        optional('manifest') === 'false'
          ? null
          : new GitHubContentsStore(octokit, {
              ...repository,
              path: manifestPath,
              ...(branch ? { branch } : {}),
            }),
      // KPIs go to Supabase when configured, else (and on an outage) to the spool a later run flushes.
      audit: new AuditSpool(auditLog),
      kpi: kpiSink(kpiSpool, supabase, { log }),
      now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log,
    },
    requestId: stepClaimId({
      runId: env.GITHUB_RUN_ID ?? 'local',
      job: env.GITHUB_JOB ?? 'operation',
      step: env.GITHUB_ACTION ?? 'operation',
      attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    }),
    secrets: [token],
    auditLog,
    kpiSpool,
  };
}

/** A client for this workflow's repository, authenticated by `token` (masked in the log). */
export function repositoryClient(token: string, env: NodeJS.ProcessEnv = process.env): GitHubApi {
  core.setSecret(token);
  return {
    octokit: githubClient({ token, baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com' }),
    repository: toRepositoryRefOrInvalid(env.GITHUB_REPOSITORY ?? ''),
  };
}

function toRepositoryRefOrInvalid(fullName: string): ReturnType<typeof toRepositoryRef> {
  try {
    return toRepositoryRef(fullName);
  } catch (error) {
    throw new GuardError('input_invalid', `GITHUB_REPOSITORY: ${(error as Error).message}`, { cause: error });
  }
}

export function reviewers(): string[] {
  return core
    .getMultilineInput('governance-reviewers')
    .flatMap((line) => line.split(','))
    .map((r) => r.trim().replace(/^@/, ''))
    .filter(Boolean);
}

/**
 * Every failure fails the step as one coded `::error::` line with its runbook — never a stack trace.
 * An error that is not coded yet gets the action's own code (`fallback`).
 */
export function failStep(error: unknown, fallback: FailureCode): void {
  const coded = toCodedError(error, fallback);
  core.setOutput('failure-reason', coded.code);
  core.setFailed(`${coded.code}: ${oneLine(coded.message)} (runbook: ${runbookUrl(coded.code)})`);
}

/** Each run of white space that holds a line break becomes one space; one pass, whatever the message. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}
