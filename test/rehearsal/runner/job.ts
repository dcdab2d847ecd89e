import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionStep, RunStep, Step } from '@actions/workflow-parser/model/workflow-template';
import {
  asString,
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  type Json,
  type Scope,
} from '../workflow/expressions.js';
import { child, jobToken, stepToken } from '../workflow/load.js';
import { emulatorGrants, type Permissions } from '../workflow/permissions.js';
import { mask, newStepLog, readFileCommand, readPathFile } from './commands.js';
import { githubContext, runnerVariables, type JobPaths } from './contexts.js';
import type { RunnerDeps, StepHost } from './host.js';
import type { JobRecord, Result, RunRecord, StepRecord } from './model.js';
import type { Environment } from './settings.js';
import { runActionStep, runScriptStep } from './steps.js';

const VIRTUAL_TIME = fileURLToPath(new URL('./virtual-time.mjs', import.meta.url));

/** The simulated time each step that runs takes, so what a step records precedes its job's end. */
export const STEP_DURATION_MS = 5_000;

const FILE_COMMANDS = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
] as const;
type StepFiles = Record<(typeof FILE_COMMANDS)[number], string>;

/** Variables a step may not set through GITHUB_ENV (the runner refuses them). */
const PROTECTED_ENV = new Set(['NODE_OPTIONS']);

export interface JobStart {
  readonly run: RunRecord;
  readonly job: JobRecord;
  readonly environment: Environment | undefined;
  readonly permissions: Permissions;
  /** The `needs` context. */
  readonly needs: Record<string, Json>;
}

/** Runs a job's steps as the runner does; sets its result and outputs. */
export async function executeJob(deps: RunnerDeps, start: JobStart): Promise<void> {
  const token = deps.credentials.jobToken(emulatorGrants(start.permissions));
  try {
    const execution = new JobExecution(deps, start, token);
    await execution.execute();
  } finally {
    deps.credentials.revoke(token);
  }
}

class JobExecution implements StepHost {
  readonly run: RunRecord;
  readonly job: JobRecord;
  readonly paths: JobPaths & { home: string };
  readonly github: Record<string, Json>;
  readonly permissions: Permissions;
  private readonly controller = new AbortController();
  private readonly masks = new Set<string>();
  private readonly secrets: Record<string, string>;
  private readonly variables: Record<string, string>;
  private readonly stepContext: Record<string, Json> = {};
  private env: Record<string, string> = {};
  private readonly pathAdditions: string[] = [];
  private failed = false;

  constructor(
    readonly deps: RunnerDeps,
    private readonly start: JobStart,
    readonly token: string,
  ) {
    this.run = start.run;
    this.job = start.job;
    this.permissions = start.permissions;
    this.paths = this.preparePaths();
    this.github = githubContext(this.run, deps.gh.url, { id: this.job.id, token, paths: this.paths });
    writeFileSync(this.paths.eventPath, JSON.stringify(this.run.trigger.payload, null, 2));
    const settings = deps.settings(this.run.trigger.repo);
    this.secrets = {
      ...Object.fromEntries(settings.secrets),
      ...Object.fromEntries(start.environment?.secrets ?? []),
      GITHUB_TOKEN: token,
    };
    this.variables = {
      ...Object.fromEntries(settings.variables),
      ...Object.fromEntries(start.environment?.variables ?? []),
    };
    for (const secret of Object.values(this.secrets)) if (secret) this.masks.add(secret);
  }

  get abort(): AbortSignal {
    return this.controller.signal;
  }

  async execute(): Promise<void> {
    const cancelWatch = setInterval(() => {
      if (this.job.cancelRequested) this.controller.abort();
    }, 50);
    try {
      this.env = evaluateStringMap(this.job.definition.env, this.scope());
      for (const [index, step] of this.job.definition.steps.entries())
        this.job.steps.push(await this.step(step, index));
      this.job.outputs = this.outputs();
      this.job.result = this.result();
    } finally {
      clearInterval(cancelWatch);
    }
  }

  scope(): Scope {
    const job = this.job;
    return {
      workflow: this.run.workflow,
      contexts: {
        github: this.github,
        env: this.env,
        vars: this.variables,
        secrets: this.secrets,
        inputs: this.run.trigger.inputs,
        needs: this.start.needs,
        steps: this.stepContext,
        job: { status: this.failed ? 'failure' : 'success', container: {}, services: {} },
        runner: {
          name: 'GitHub Actions 1',
          os: 'Linux',
          arch: 'X64',
          temp: this.paths.runnerTemp,
          tool_cache: join(this.paths.runnerTemp, 'toolcache'),
          environment: 'github-hosted',
        },
        strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
        matrix: null,
      },
      status: {
        success: () => !this.failed && !job.cancelRequested,
        failure: () => this.failed,
        cancelled: () => job.cancelRequested === true,
      },
    };
  }

  processEnv(stepEnv: Readonly<Record<string, string>>): Record<string, string> {
    return {
      PATH: [...this.pathAdditions, this.deps.binDir, process.env.PATH ?? ''].join(':'),
      HOME: this.paths.home,
      LANG: 'C.UTF-8',
      NODE_OPTIONS: `--import=${VIRTUAL_TIME}`,
      REHEARSAL_SERVICE_URL: this.deps.serviceUrl,
      REHEARSAL_CLOCK_OFFSET_MS: String(this.deps.scheduler.clock.offsetMs),
      ...runnerVariables(this.github, this.paths),
      ...this.env,
      ...stepEnv,
    };
  }

  private preparePaths(): JobPaths & { home: string } {
    const base = join(this.deps.workDir, 'runs', `${this.run.id}-${this.run.attempt}`, this.job.id);
    const paths = {
      workspace: join(base, 'work', this.run.trigger.repo.split('/')[1]!),
      runnerTemp: join(base, 'temp'),
      home: join(base, 'home'),
      eventPath: join(base, 'event.json'),
    };
    for (const dir of [paths.workspace, paths.runnerTemp, paths.home]) mkdirSync(dir, { recursive: true });
    return paths;
  }

  private async step(step: Step, index: number): Promise<StepRecord> {
    const log = newStepLog(this.masks);
    const record: StepRecord = {
      id: step.id,
      name: this.stepName(step),
      outcome: 'skipped',
      conclusion: 'skipped',
      outputs: {},
      log,
      summary: '',
    };
    if (!('if' in step) || !step.if || !evaluateCondition(step.if, this.scope()))
      return this.remember(record);
    const raw = stepToken(this.run.workflow, this.job.id, index);
    const files = this.stepFiles();
    const outcome = await this.perform(step as RunStep | ActionStep, raw, files, record);
    Object.assign(record.outputs, readFileCommand(files.GITHUB_OUTPUT), log.outputs);
    this.applyEnvFiles(files);
    record.summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
    record.outcome = outcome;
    const continueOnError = step['continue-on-error'] === true;
    record.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    if (record.conclusion === 'failure') this.failed = true;
    this.deps.scheduler.clock.advance(STEP_DURATION_MS);
    return this.remember(record);
  }

  private async perform(
    step: RunStep | ActionStep,
    raw: ReturnType<typeof stepToken>,
    files: StepFiles,
    { log, outputs }: StepRecord,
  ): Promise<Result> {
    try {
      const env = { ...evaluateStringMap(step.env, this.scope()), ...files };
      if (this.job.cancelRequested) return 'cancelled';
      const call = {
        host: this,
        raw,
        env,
        log,
        setOutput: (name: string, value: string) => (outputs[name] = value),
      };
      const code =
        'run' in step
          ? await runScriptStep(call, evaluateString(step.run, this.scope()))
          : await runActionStep(call, step.uses.value);
      if (this.job.cancelRequested) return 'cancelled';
      if (code !== 0) log.lines.push(`##[error]Process completed with exit code ${code}.`);
      return code === 0 ? 'success' : 'failure';
    } catch (error) {
      // A stand-in's refusal, or what the runner itself reports (an expression that cannot be evaluated, an
      // action it cannot resolve): the step fails with it as its error.
      const message = mask((error as Error).message, this.masks);
      log.annotations.push({ level: 'error', message, properties: {} });
      log.lines.push(`##[error]${message}`);
      return 'failure';
    }
  }

  private stepName(step: Step): string {
    if (step.name) return evaluateString(step.name, this.scope());
    if ('run' in step) return `Run ${asString(evaluateToken(step.run, this.scope())).split('\n')[0]}`;
    return 'uses' in step ? `Run ${step.uses.value}` : step.id;
  }

  private remember(record: StepRecord): StepRecord {
    if (!record.id.startsWith('__'))
      this.stepContext[record.id] = {
        outputs: record.outputs,
        outcome: record.outcome,
        conclusion: record.conclusion,
      };
    return record;
  }

  /** Fresh file-command files for one step. */
  private stepFiles(): StepFiles {
    const dir = join(this.paths.runnerTemp, '_runner_file_commands');
    mkdirSync(dir, { recursive: true });
    const files = Object.fromEntries(
      FILE_COMMANDS.map((name) => [name, join(dir, `${name.toLowerCase()}_${randomUUID()}`)]),
    ) as StepFiles;
    for (const path of Object.values(files)) writeFileSync(path, '');
    return files;
  }

  private applyEnvFiles(files: StepFiles): void {
    const added = Object.entries(readFileCommand(files.GITHUB_ENV)).filter(
      ([name]) => !PROTECTED_ENV.has(name),
    );
    this.env = { ...this.env, ...Object.fromEntries(added) };
    this.pathAdditions.unshift(...readPathFile(files.GITHUB_PATH).reverse());
  }

  /** Job outputs; one that holds a secret is left out, as the runner does. */
  private outputs(): Record<string, string> {
    const definition = child(jobToken(this.run.workflow, this.job.id), 'outputs');
    const evaluated = evaluateStringMap(definition, this.scope());
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(evaluated)) {
      if (mask(value, this.masks) !== value) {
        this.job.steps.at(-1)?.log.lines.push(`Warning: Skip output '${name}' since it may contain secret.`);
        continue;
      }
      kept[name] = value;
    }
    return kept;
  }

  private result(): Result {
    if (this.job.cancelRequested) return 'cancelled';
    return this.failed ? 'failure' : 'success';
  }
}
