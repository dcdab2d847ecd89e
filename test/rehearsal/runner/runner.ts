import type { RepoEvent } from '../../emulator/state/events.js';
import { evaluateString, type Json } from '../workflow/expressions.js';
import { triggers, type Trigger } from '../workflow/filters.js';
import { child, loadWorkflow, WorkflowFileError, type Workflow } from '../workflow/load.js';
import { githubContext } from './contexts.js';
import { ACTIONS_BOT } from './credentials.js';
import { git } from './git-remotes.js';
import type { RunnerDeps } from './host.js';
import type { JobRecord, RunRecord, RunTrigger } from './model.js';
import { Payloads } from './payloads.js';
import { newJob, RunOrchestrator } from './runs.js';

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** "You can't use workflow_run to chain together more than three levels of workflows." */
const WORKFLOW_RUN_CHAIN_LIMIT = 3;
const ZERO_SHA = /^0{40}$/;

type Pushed = Extract<RepoEvent, { kind: 'push' }>;
type PullRequestEvent = Extract<RepoEvent, { kind: 'pull_request' }>;
type Dispatched = Extract<RepoEvent, { kind: 'workflow_dispatch' }>;
type Rerun = Extract<RepoEvent, { kind: 'rerun' }>;

/** An event that started no run, and why. */
export interface QuietEvent {
  readonly event: RepoEvent;
  readonly reason: string;
}

/**
 * GitHub Actions for the emulator's repositories: every change made through the API (a push, a pull request,
 * a dispatch, a re-run) starts the runs GitHub would start, from the workflow files at the commit GitHub
 * reads them from, and runs them to the end.
 */
export class Runner {
  readonly runs: RunRecord[] = [];
  readonly quiet: QuietEvent[] = [];
  readonly invalid: WorkflowFileError[] = [];
  private readonly orchestrator: RunOrchestrator;
  private readonly payloads: Payloads;
  private readonly parsed = new Map<string, Promise<Workflow>>();

  constructor(private readonly deps: RunnerDeps) {
    this.orchestrator = new RunOrchestrator(deps, (run, action) => this.onRunStatus(run, action));
    this.payloads = new Payloads(deps.gh.state, (repo) => deps.settings(repo).private);
    deps.gh.state.events.subscribe((event) => deps.scheduler.enqueue(() => this.onEvent(event)));
  }

  /** Runs everything queued to the end (jobs waiting for a review stay waiting). */
  settle(): Promise<void> {
    return this.deps.scheduler.settle();
  }

  approve(runId: number, environment: string, reviewer: string): void {
    this.orchestrator.approve(runId, environment, reviewer);
  }

  waiting() {
    return this.orchestrator.waiting();
  }

  /** The runs of a workflow file, oldest first. */
  runsOf(repo: string, file: string): RunRecord[] {
    return this.runs.filter((run) => run.trigger.repo === repo && run.workflow.file === file);
  }

  /** A `schedule` trigger fires now. */
  schedule(repo: string, file: string): void {
    this.deps.scheduler.enqueue(async () => {
      const { sha, branch } = this.defaultTip(repo);
      const workflow = (await this.workflowsAt(repo, sha)).find((candidate) => candidate.file === file);
      const cron = workflow?.template.events.schedule?.[0]?.cron;
      if (!workflow || cron === undefined) throw new Error(`${file} has no schedule on ${branch}`);
      const payload = this.payloads.schedule(repo, workflow, cron);
      this.start(
        workflow,
        this.defaultBranchTrigger(repo, { eventName: 'schedule', payload, actor: ACTIONS_BOT, depth: 0 }),
      );
    });
  }

  private async onEvent(event: RepoEvent): Promise<void> {
    if (event.kind === 'push') return this.onPush(event);
    if (event.kind === 'pull_request') return this.onPullRequest(event);
    if (event.kind === 'workflow_dispatch') return this.onDispatch(event);
    return this.onRerun(event);
  }

  private login(token: string): string {
    return this.deps.credentials.of(token)?.login ?? 'unknown';
  }

  private startedByActionsToken(event: RepoEvent): boolean {
    if (!this.deps.credentials.of(event.token)?.actionsToken) return false;
    this.quiet.push({ event, reason: 'made with GITHUB_TOKEN: GitHub starts no workflow for it' });
    return true;
  }

  private async onPush(event: Pushed): Promise<void> {
    const { repo } = event;
    if (ZERO_SHA.test(event.after)) return;
    const sha = this.deps.gh.state.git.resolve(repo, event.after)!.sha;
    const defaultRef = `refs/heads/${this.deps.gh.state.repos.get(repo).defaultBranch}`;
    if (event.ref === defaultRef)
      for (const workflow of await this.workflowsAt(repo, sha)) this.register(repo, workflow);
    if (this.startedByActionsToken(event)) return;
    const actor = this.login(event.token);
    const trigger: Trigger = {
      event: 'push',
      ref: event.ref,
      changedPaths: () => this.changedPaths(repo, event.before, sha),
    };
    const name = event.ref.replace(/^refs\/(heads|tags)\//, '');
    for (const workflow of await this.workflowsAt(repo, sha)) {
      if (!triggers(workflow, trigger)) continue;
      this.start(workflow, {
        repo,
        repository: this.payloads.repository(repo),
        eventName: 'push',
        payload: this.payloads.push(repo, actor, event),
        ref: event.ref,
        sha,
        headBranch: name,
        headSha: sha,
        actor,
        inputs: {},
        depth: 0,
      });
    }
  }

  private async onPullRequest(event: PullRequestEvent): Promise<void> {
    if (this.startedByActionsToken(event)) return;
    const { repo } = event;
    const pull = this.deps.gh.state.pulls.get(repo, event.number);
    const merge = event.action === 'closed' ? null : await this.deps.git.pullRequestMerge(repo, pull);
    const sha = merge ?? pull.baseSha;
    if (event.action !== 'closed' && merge === null)
      return void this.quiet.push({
        event,
        reason: 'the pull request conflicts with its base: no merge commit',
      });
    const actor = this.login(event.token);
    const trigger: Trigger = {
      event: 'pull_request',
      action: event.action,
      baseRef: pull.base,
      changedPaths: () => {
        const base = this.deps.gh.state.git.mergeBase(repo, pull.baseSha, pull.headSha);
        return this.changedPaths(repo, base?.sha ?? pull.baseSha, pull.headSha);
      },
    };
    for (const workflow of await this.workflowsAt(repo, sha)) {
      if (!triggers(workflow, trigger)) continue;
      this.start(workflow, {
        repo,
        repository: this.payloads.repository(repo),
        eventName: 'pull_request',
        payload: this.payloads.pullRequest(repo, actor, event.action, pull),
        ref: `refs/pull/${pull.number}/merge`,
        sha,
        headRef: pull.head,
        baseRef: pull.base,
        headBranch: pull.head,
        headSha: pull.headSha,
        actor,
        inputs: {},
        depth: 0,
      });
    }
  }

  private async onDispatch(event: Dispatched): Promise<void> {
    const { repo } = event;
    const name = event.ref.replace(/^refs\/(heads|tags)\//, '');
    const sha = this.deps.gh.state.git.resolve(repo, name)!.sha;
    const workflow = (await this.workflowsAt(repo, sha)).find(
      (candidate) => candidate.path === event.workflow,
    );
    if (!workflow?.template.events.workflow_dispatch)
      return void this.quiet.push({
        event,
        reason: `${event.workflow} at ${event.ref} has no workflow_dispatch trigger`,
      });
    const actor = this.login(event.token);
    const inputs = dispatchInputs(workflow, event.inputs);
    const strings = Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, String(value)]));
    this.start(
      workflow,
      {
        repo,
        repository: this.payloads.repository(repo),
        eventName: 'workflow_dispatch',
        payload: this.payloads.dispatch(repo, actor, {
          ref: event.ref,
          inputs: strings,
          workflow: workflow.path,
        }),
        ref: event.ref,
        sha,
        headBranch: name,
        headSha: sha,
        actor,
        inputs,
        depth: 0,
      },
      event.runId,
    );
  }

  /** A re-run: the same run, a new attempt; "failed jobs" keeps the jobs that passed and their outputs. */
  private onRerun(event: Rerun): void {
    const run = this.runs.find((candidate) => candidate.id === event.runId);
    if (!run)
      return void this.quiet.push({ event, reason: `run ${event.runId} was not started by the rehearsal` });
    const previous = run.jobs;
    const again = event.failedJobsOnly ? jobsToRerun(previous) : new Set(previous.keys());
    const jobs = new Map(
      [...previous].map(([id, job]) => [id, again.has(id) ? newJob(job.definition) : job] as const),
    );
    Object.assign(run, {
      attempt: event.attempt,
      triggeringActor: this.login(event.token),
      status: 'queued',
      conclusion: null,
      cancelRequested: false,
      jobs,
    });
    run.attempts.set(event.attempt, jobs);
    this.orchestrator.begin(run);
  }

  /** `workflow_run`: the default branch's workflows that name this one hear of it. */
  private onRunStatus(run: RunRecord, action: 'requested' | 'in_progress' | 'completed'): void {
    if (run.trigger.depth >= WORKFLOW_RUN_CHAIN_LIMIT) return;
    const { repo } = run.trigger;
    this.deps.scheduler.enqueue(async () => {
      const trigger: Trigger = {
        event: 'workflow_run',
        action,
        workflowName: run.workflow.name,
        branch: run.trigger.headBranch,
      };
      const workflowId = this.deps.gh.state.workflows.get(repo, run.workflow.file).id;
      for (const workflow of await this.workflowsAt(repo, this.defaultTip(repo).sha)) {
        if (!triggers(workflow, trigger)) continue;
        const payload = this.payloads.workflowRun(repo, action, run, workflowId);
        this.start(
          workflow,
          this.defaultBranchTrigger(repo, {
            eventName: 'workflow_run',
            payload,
            actor: run.trigger.actor,
            depth: run.trigger.depth + 1,
          }),
        );
      }
    });
  }

  private defaultTip(repo: string): { branch: string; sha: string } {
    const branch = this.deps.gh.state.repos.get(repo).defaultBranch;
    return { branch, sha: this.deps.gh.state.git.tip(repo, branch).sha };
  }

  /** A run of the default branch's tip (`schedule`, `workflow_run`). */
  private defaultBranchTrigger(
    repo: string,
    event: Pick<RunTrigger, 'eventName' | 'payload' | 'actor' | 'depth'>,
  ): RunTrigger {
    const { eventName, payload, actor, depth } = event;
    const { branch, sha } = this.defaultTip(repo);
    return {
      repo,
      repository: this.payloads.repository(repo),
      eventName,
      payload,
      ref: `refs/heads/${branch}`,
      sha,
      headBranch: branch,
      headSha: sha,
      actor,
      inputs: {},
      depth,
    };
  }

  /** Creates the run on the emulator (or adopts the one a dispatch created) and hands it to the orchestrator. */
  private start(workflow: Workflow, trigger: RunTrigger, dispatchedRunId?: number): RunRecord {
    const state = this.deps.gh.state;
    this.register(trigger.repo, workflow);
    const emulated =
      dispatchedRunId === undefined
        ? state.runs.create(trigger.repo, workflow.file, {
            event: trigger.eventName,
            ref: trigger.headBranch,
            headSha: trigger.headSha,
            status: 'queued',
            actor: trigger.actor,
          })
        : state.runs.run(trigger.repo, dispatchedRunId);
    const jobs = new Map(
      workflow.template.jobs.map((definition) => {
        if (definition.type !== 'job')
          throw new Error(`${workflow.file}: reusable workflows are not rehearsed`);
        return [definition.id.value, newJob(definition)] as const;
      }),
    );
    const run: RunRecord = {
      id: emulated.id,
      number: emulated.runNumber,
      workflow,
      trigger,
      attempt: 1,
      triggeringActor: trigger.actor,
      displayTitle: '',
      status: 'queued',
      conclusion: null,
      cancelRequested: false,
      jobs,
      attempts: new Map([[1, jobs]]),
      uploads: new Set(),
    };
    run.displayTitle = this.displayTitle(run);
    // What GitHub records with the run: its evaluated run-name, and who started it (the emulator's dispatch
    // route cannot tell whose token it was).
    Object.assign(emulated, { displayTitle: run.displayTitle, actor: trigger.actor });
    this.runs.push(run);
    this.orchestrator.begin(run);
    return run;
  }

  /** `run-name`, else what GitHub shows: the head commit's first line, the pull request's title, or the workflow's name. */
  private displayTitle(run: RunRecord): string {
    const runName = child(run.workflow.root, 'run-name');
    const settings = this.deps.settings(run.trigger.repo);
    if (runName)
      return evaluateString(runName, {
        workflow: run.workflow,
        contexts: {
          github: githubContext(run, this.deps.gh.url),
          inputs: run.trigger.inputs,
          vars: Object.fromEntries(settings.variables),
        },
      });
    const pull = run.trigger.payload.pull_request as Record<string, Json> | undefined;
    if (pull) return String(pull.title);
    if (run.trigger.eventName === 'push' || run.trigger.eventName === 'workflow_run')
      return this.deps.gh.state.git.resolve(run.trigger.repo, run.trigger.sha)?.message.split('\n')[0] ?? '';
    return run.workflow.name;
  }

  /** GitHub lists a workflow once its file is on the default branch. */
  private register(repo: string, workflow: Workflow): void {
    const workflows = this.deps.gh.state.workflows;
    try {
      workflows.get(repo, workflow.file);
    } catch {
      workflows.add(repo, {
        path: workflow.path,
        name: workflow.name,
        dispatchable: workflow.template.events.workflow_dispatch !== undefined,
      });
    }
  }

  /** The workflow files of a commit (a pull request's merge commit is read from the git remote). */
  private async workflowsAt(repo: string, sha: string): Promise<Workflow[]> {
    const commit = this.deps.gh.state.git.resolve(repo, sha);
    const files = commit
      ? [...commit.tree]
          .filter(([path]) => WORKFLOW_FILE.test(path))
          .map(([path, blob]) => ({ path, blob: blob.sha, read: () => blob.bytes.toString('utf8') }))
      : await this.filesFromRemote(repo, sha);
    const loaded = await Promise.all(
      files.map(async (file) => {
        const key = `${file.path}@${file.blob}`;
        if (!this.parsed.has(key)) this.parsed.set(key, loadWorkflow(file.path, await file.read()));
        try {
          return await this.parsed.get(key)!;
        } catch (error) {
          if (!(error instanceof WorkflowFileError)) throw error;
          if (!this.invalid.includes(error)) this.invalid.push(error);
          return null;
        }
      }),
    );
    return loaded.filter((workflow): workflow is Workflow => workflow !== null);
  }

  private async filesFromRemote(repo: string, sha: string) {
    const remote = await this.deps.git.remote(repo);
    const listing = await git(remote, ['ls-tree', sha, '.github/workflows/']);
    return listing
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string];
        const blob = meta.split(' ')[2]!;
        return { path, blob, read: () => git(remote, ['cat-file', 'blob', blob]) };
      })
      .filter((file) => WORKFLOW_FILE.test(file.path));
  }

  /** Files that differ between two commits (a new branch: against the default branch). */
  private changedPaths(repo: string, before: string, after: string): string[] {
    const git = this.deps.gh.state.git;
    const from = ZERO_SHA.test(before)
      ? git.tip(repo, this.deps.gh.state.repos.get(repo).defaultBranch)
      : git.resolve(repo, before);
    const to = git.resolve(repo, after);
    const a = from?.tree ?? new Map();
    const b = to?.tree ?? new Map();
    return [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path)?.sha !== b.get(path)?.sha);
  }
}

/** Failed or cancelled jobs and every job that needs one of them. */
function jobsToRerun(jobs: ReadonlyMap<string, JobRecord>): Set<string> {
  const again = new Set(
    [...jobs.values()]
      .filter((job) => job.result === 'failure' || job.result === 'cancelled')
      .map((job) => job.id),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const job of jobs.values())
      if (!again.has(job.id) && (job.definition.needs ?? []).some((need) => again.has(need.value))) {
        again.add(job.id);
        grew = true;
      }
  }
  return again;
}

/** The `inputs` context of a dispatch: given values, defaults for the rest; booleans as booleans, choices checked. */
function dispatchInputs(workflow: Workflow, given: Record<string, unknown>): Record<string, Json> {
  const declared = workflow.template.events.workflow_dispatch?.inputs ?? {};
  return Object.fromEntries(
    Object.entries(declared).map(([name, input]) => {
      const raw = given[name] ?? input.default ?? '';
      const value = String(raw);
      if (input.type === 'choice' && value !== '' && !(input.options ?? []).includes(value))
        throw new Error(
          `${workflow.file}: input ${name} is "${value}", not one of ${input.options?.join(', ')}`,
        );
      return [name, input.type === 'boolean' ? value === 'true' : value];
    }),
  );
}
