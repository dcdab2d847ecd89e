import type { Job } from '@actions/workflow-parser/model/workflow-template';
import { evaluateCondition, evaluateToken, type Json, type Scope } from '../workflow/expressions.js';
import { child, jobToken } from '../workflow/load.js';
import { jobPermissions, readPermissions } from '../workflow/permissions.js';
import { ConcurrencyGroups, type Contender } from './concurrency.js';
import { githubContext } from './contexts.js';
import type { RunnerDeps } from './host.js';
import { executeJob } from './job.js';
import type { JobRecord, Result, RunRecord } from './model.js';
import { deploymentRefusal, type Environment } from './settings.js';

/** The simulated time each job takes. */
export const JOB_DURATION_MS = 30_000;

/** A job held by its environment's required reviewers. */
interface Approval {
  readonly run: RunRecord;
  readonly job: JobRecord;
  readonly environment: Environment;
}

export interface RunListener {
  /** The run's status changed: `requested`, `in_progress` or `completed` (what `workflow_run` reports). */
  (run: RunRecord, action: 'requested' | 'in_progress' | 'completed'): void;
}

export function newJob(definition: Job): JobRecord {
  const job: JobRecord = {
    id: definition.id.value,
    name: definition.name ? String(definition.name) : definition.id.value,
    definition,
    status: 'queued',
    result: null,
    outputs: {},
    steps: [],
    summary: () => job.steps.map((step) => step.summary).join(''),
  };
  return job;
}

/** A run's life: its concurrency group, its job graph with `needs` and `if:`, environments, checks. */
export class RunOrchestrator {
  private readonly groups = new ConcurrencyGroups();
  private readonly approvals: Approval[] = [];

  constructor(
    private readonly deps: RunnerDeps,
    private readonly listener: RunListener,
  ) {}

  /** A new run, or a new attempt of one: queued until its workflow's concurrency group lets it run. */
  begin(run: RunRecord): void {
    this.listener(run, 'requested');
    const scope = this.runScope(run);
    const concurrency = evaluateConcurrency(child(run.workflow.root, 'concurrency'), scope);
    const contender: Contender = {
      start: () => this.deps.scheduler.enqueue(async () => this.startJobs(run)),
      cancel: (reason) => this.cancelRun(run, reason),
    };
    if (!concurrency) return contender.start();
    const name = { repo: run.trigger.repo, group: concurrency.group };
    run.concurrencyLeave = () => this.groups.leave(name, contender);
    this.groups.enter(name, contender, concurrency.cancelInProgress);
  }

  /** A reviewer of the environment approves the waiting jobs of a run. */
  approve(runId: number, environment: string, reviewer: string): void {
    const waiting = this.approvals.filter((a) => a.run.id === runId && a.environment.name === environment);
    if (waiting.length === 0) throw new Error(`run ${runId} has no job waiting for ${environment}`);
    for (const approval of waiting) {
      const { environment: env, run } = approval;
      if (!env.reviewers.includes(reviewer))
        throw new Error(`${reviewer} is not a required reviewer of ${env.name}`);
      if (env.preventSelfReview && reviewer === run.triggeringActor)
        throw new Error(`${reviewer} started run ${runId} and may not approve it (prevent self-review)`);
      this.approvals.splice(this.approvals.indexOf(approval), 1);
      this.execute(run, approval.job, env);
    }
  }

  /** Jobs waiting for a review, as the run's page shows them. */
  waiting(): readonly { runId: number; job: string; environment: string }[] {
    return this.approvals.map((a) => ({ runId: a.run.id, job: a.job.id, environment: a.environment.name }));
  }

  private runScope(run: RunRecord): Scope {
    const settings = this.deps.settings(run.trigger.repo);
    return {
      workflow: run.workflow,
      contexts: {
        github: githubContext(run, this.deps.gh.url),
        inputs: run.trigger.inputs,
        vars: Object.fromEntries(settings.variables),
      },
    };
  }

  private startJobs(run: RunRecord): void {
    if (run.status === 'completed') return;
    this.setStatus(run, 'in_progress');
    this.listener(run, 'in_progress');
    for (const job of run.jobs.values())
      if (job.status === 'queued' && this.needsDone(run, job)) this.ready(run, job);
    if ([...run.jobs.values()].every((job) => job.status === 'completed')) this.finishRun(run);
  }

  private needsDone(run: RunRecord, job: JobRecord): boolean {
    return (job.definition.needs ?? []).every((need) => run.jobs.get(need.value)?.status === 'completed');
  }

  private ancestors(run: RunRecord, job: JobRecord): JobRecord[] {
    const direct = (job.definition.needs ?? []).map((need) => run.jobs.get(need.value)!);
    return [...new Set([...direct, ...direct.flatMap((parent) => this.ancestors(run, parent))])];
  }

  private needsContext(run: RunRecord, job: JobRecord): Record<string, Json> {
    return Object.fromEntries(
      (job.definition.needs ?? []).map((need) => {
        const parent = run.jobs.get(need.value)!;
        return [need.value, { result: parent.result, outputs: parent.outputs }];
      }),
    );
  }

  private jobScope(run: RunRecord, job: JobRecord): Scope {
    const base = this.runScope(run);
    return {
      ...base,
      contexts: { ...base.contexts, needs: this.needsContext(run, job) },
      status: {
        // Job-level success() asks every ancestor, not only the direct needs (actions/runner#2205).
        success: () =>
          !run.cancelRequested && this.ancestors(run, job).every((parent) => parent.result === 'success'),
        failure: () => this.ancestors(run, job).some((parent) => parent.result === 'failure'),
        cancelled: () => run.cancelRequested,
      },
    };
  }

  /** All its needs are done: `if:`, then the job's concurrency group, its environment, its steps. */
  private ready(run: RunRecord, job: JobRecord): void {
    job.status = 'pending';
    const scope = this.jobScope(run, job);
    if (!evaluateCondition(job.definition.if, scope))
      return this.complete(run, job, run.cancelRequested ? 'cancelled' : 'skipped');
    const concurrency = evaluateConcurrency(job.definition.concurrency, scope);
    const contender: Contender = {
      start: () => this.enterEnvironment(run, job, scope),
      cancel: (reason) => this.cancelJob(run, job, reason),
    };
    if (!concurrency) return contender.start();
    const name = { repo: run.trigger.repo, group: concurrency.group };
    job.concurrencyLeave = () => this.groups.leave(name, contender);
    this.groups.enter(name, contender, concurrency.cancelInProgress);
  }

  private enterEnvironment(run: RunRecord, job: JobRecord, scope: Scope): void {
    const name = environmentName(
      job.definition.environment ? evaluateToken(job.definition.environment, scope) : null,
    );
    if (name === null) return this.execute(run, job, undefined);
    const settings = this.deps.settings(run.trigger.repo);
    // Naming an environment that does not exist creates it, unprotected.
    const environment = settings.environments.get(name) ?? createEnvironment(settings.environments, name);
    job.environment = name;
    const refusal = deploymentRefusal(environment, run.trigger.ref);
    if (refusal !== null) {
      job.message = refusal;
      return this.complete(run, job, 'failure');
    }
    if (environment.reviewers.length === 0) return this.execute(run, job, environment);
    job.status = 'waiting';
    this.setStatus(run, 'waiting');
    this.approvals.push({ run, job, environment });
  }

  private execute(run: RunRecord, job: JobRecord, environment: Environment | undefined): void {
    job.status = 'in_progress';
    this.setStatus(run, 'in_progress');
    const workflowPermissions = readPermissions(
      child(run.workflow.root, 'permissions') &&
        evaluateToken(child(run.workflow.root, 'permissions')!, {
          contexts: {},
        }),
    );
    const ownToken = child(jobToken(run.workflow, job.id), 'permissions');
    const permissions = jobPermissions(
      workflowPermissions,
      readPermissions(ownToken && evaluateToken(ownToken, { contexts: {} })),
      this.deps.settings(run.trigger.repo).defaultPermissions,
    );
    const needs = this.needsContext(run, job);
    this.deps.scheduler.enqueue(async () => {
      if (job.cancelRequested) return this.complete(run, job, 'cancelled');
      // A job takes its time: setting up the runner, its steps. Timestamps of consecutive jobs differ.
      this.deps.scheduler.clock.advance(JOB_DURATION_MS);
      await executeJob(this.deps, { run, job, environment, permissions, needs });
      this.complete(run, job, job.result ?? 'failure');
    });
  }

  private complete(run: RunRecord, job: JobRecord, result: Result): void {
    job.status = 'completed';
    job.result = result;
    this.deps.gh.state.checks.record(run.trigger.repo, run.trigger.headSha, job.name, result);
    job.concurrencyLeave?.();
    for (const next of run.jobs.values())
      if (next.status === 'queued' && this.needsDone(run, next)) this.ready(run, next);
    if ([...run.jobs.values()].every((candidate) => candidate.status === 'completed')) this.finishRun(run);
  }

  private finishRun(run: RunRecord): void {
    if (run.status === 'completed') return;
    const results = [...run.jobs.values()].map((job) => job.result);
    run.conclusion = runConclusion(results);
    run.status = 'completed';
    this.deps.gh.state.runs.complete(run.trigger.repo, run.id, run.conclusion);
    run.concurrencyLeave?.();
    this.listener(run, 'completed');
  }

  private cancelJob(run: RunRecord, job: JobRecord, reason: string): void {
    job.message = reason;
    job.cancelRequested = true;
    if (job.status === 'pending') this.complete(run, job, 'cancelled');
  }

  private cancelRun(run: RunRecord, reason: string): void {
    run.cancelRequested = true;
    for (const job of run.jobs.values()) {
      if (job.status === 'completed') continue;
      job.message = reason;
      job.cancelRequested = true;
    }
    if (run.status !== 'queued') return;
    for (const job of run.jobs.values()) Object.assign(job, { status: 'completed', result: 'cancelled' });
    this.finishRun(run);
  }

  private setStatus(run: RunRecord, status: 'in_progress' | 'waiting'): void {
    if (run.status === 'completed' || run.status === status) return;
    run.status = status;
    this.deps.gh.state.runs.setStatus(run.trigger.repo, run.id, status);
  }
}

/** GitHub's run conclusion from its jobs': any failure fails it, else any cancellation cancels it. */
export function runConclusion(results: readonly (Result | null)[]): Result {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  return results.length > 0 && results.every((result) => result === 'skipped') ? 'skipped' : 'success';
}

function evaluateConcurrency(
  token: Parameters<typeof evaluateToken>[0] | undefined,
  scope: Scope,
): { group: string; cancelInProgress: boolean } | null {
  if (!token) return null;
  const value = evaluateToken(token, scope);
  if (typeof value === 'string') return value === '' ? null : { group: value, cancelInProgress: false };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const group = String(value.group ?? '');
  return group === '' ? null : { group, cancelInProgress: value['cancel-in-progress'] === true };
}

function environmentName(value: Json): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.name === 'string')
    return value.name === '' ? null : value.name;
  return null;
}

function createEnvironment(environments: Map<string, Environment>, name: string): Environment {
  const environment: Environment = {
    name,
    secrets: new Map(),
    variables: new Map(),
    deployment: { kind: 'all' },
    reviewers: [],
    preventSelfReview: false,
  };
  environments.set(name, environment);
  return environment;
}
