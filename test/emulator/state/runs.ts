import { ApiError, notFound } from '../http.js';
import type { Sequence } from '../ids.js';
import { DAY_MS, type Clock } from './clock.js';
import { BOT_IDENTITY, type Commit } from './git-objects.js';
import type { GitStore } from './git.js';
import type { Repo, RepoStore } from './repos.js';
import type { Workflow, WorkflowStore } from './workflows.js';

export type RunStatus = 'requested' | 'in_progress' | 'completed' | 'queued' | 'waiting';
export type RunConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'timed_out' | 'action_required' | 'stale' | 'skipped';

/** The part of a run that each attempt has for itself. */
export interface RunAttempt {
  runAttempt: number;
  status: RunStatus;
  conclusion: RunConclusion | null;
  runStartedAt: Date;
  updatedAt: Date;
}

export interface WorkflowRun extends RunAttempt {
  id: number;
  /** The evaluated `run-name`, when the workflow has one. */
  displayTitle: string | null;
  repo: Repo;
  workflow: Workflow;
  runNumber: number;
  event: string;
  headBranch: string;
  headSha: string;
  createdAt: Date;
  actor: string;
  /** Dispatch inputs; not part of GitHub's run object, kept for assertions. */
  inputs: Record<string, unknown>;
  previousAttempts: RunAttempt[];
}

export interface NewRun {
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  event?: string;
  /** Branch or tag (`head_branch`); the default branch when absent. */
  ref?: string;
  /** The commit the run is for; the tip of `ref` when absent. A `pull_request` run names the head's. */
  headSha?: string;
  createdAt?: Date;
  inputs?: Record<string, unknown>;
  /** Who started it (`actor`, `triggering_actor`); the Actions bot when absent. */
  actor?: string;
  /** The workflow's `run-name` as evaluated for this run (`display_title`). */
  displayTitle?: string;
  /** When it last changed (finished, for a completed run); its creation time when absent. */
  updatedAt?: Date;
}

const MAX_RERUNS = 50;
const RERUN_WINDOW_MS = 30 * DAY_MS;

export class RunStore {
  private readonly runs = new Map<number, WorkflowRun>();

  constructor(
    private readonly repos: RepoStore,
    private readonly git: GitStore,
    private readonly workflows: WorkflowStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {}

  /** Seeds a run; completed with success unless told otherwise. */
  create(repoName: string, workflowIdOrFile: string | number, input: NewRun = {}): WorkflowRun {
    const repo = this.repos.get(repoName);
    const workflow = this.workflows.get(repoName, workflowIdOrFile);
    const ref = (input.ref ?? repo.defaultBranch).replace(/^refs\/(heads|tags)\//, '');
    const commit = this.headCommit(repoName, ref, input.headSha);
    const createdAt = input.createdAt ?? this.clock();
    const status = input.status ?? 'completed';
    const run: WorkflowRun = {
      id: this.ids.next(),
      repo,
      workflow,
      runNumber: this.runsOf(repoName, workflow.id).length + 1,
      runAttempt: 1,
      event: input.event ?? 'push',
      status,
      conclusion:
        input.conclusion === undefined ? (status === 'completed' ? 'success' : null) : input.conclusion,
      headBranch: ref,
      headSha: commit.sha,
      createdAt,
      runStartedAt: createdAt,
      updatedAt: input.updatedAt ?? createdAt,
      displayTitle: input.displayTitle ?? null,
      actor: input.actor ?? BOT_IDENTITY.name,
      inputs: input.inputs ?? {},
      previousAttempts: [],
    };
    this.runs.set(run.id, run);
    return run;
  }

  run(repoName: string, runId: number): WorkflowRun {
    const run = this.runs.get(runId);
    if (!run || run.repo !== this.repos.get(repoName)) throw notFound();
    return run;
  }

  /** Runs of the repository (of one workflow when given), newest first. */
  runsOf(repoName: string, workflowId?: number): WorkflowRun[] {
    const repo = this.repos.get(repoName);
    return [...this.runs.values()]
      .filter((run) => run.repo === repo && (workflowId === undefined || run.workflow.id === workflowId))
      .reverse();
  }

  /** The given attempt; the current one is the run itself. */
  attempt(repoName: string, runId: number, attemptNumber: number): RunAttempt {
    const run = this.run(repoName, runId);
    const found = attemptNumber === run.runAttempt ? run : run.previousAttempts[attemptNumber - 1];
    if (!found) throw notFound();
    return found;
  }

  setStatus(
    repoName: string,
    runId: number,
    status: RunStatus,
    conclusion: RunConclusion | null = null,
  ): WorkflowRun {
    const run = this.run(repoName, runId);
    Object.assign(run, { status, conclusion, updatedAt: this.clock() });
    return run;
  }

  complete(repoName: string, runId: number, conclusion: RunConclusion = 'success'): WorkflowRun {
    return this.setStatus(repoName, runId, 'completed', conclusion);
  }

  /** Starts a new attempt, as both full and failed-jobs re-runs do. */
  rerun(repoName: string, runId: number): WorkflowRun {
    const run = this.run(repoName, runId);
    const now = this.clock();
    if (now.getTime() - run.createdAt.getTime() > RERUN_WINDOW_MS) {
      throw new ApiError(403, 'Unable to retry this workflow run because it was created over a month ago');
    }
    // UNCONFIRMED: GitHub's message for a run that never completed; the one seen for a run already re-running is used.
    if (run.status !== 'completed') throw new ApiError(403, 'This workflow is already running');
    // UNCONFIRMED: GitHub reports the cap as a failed check suite; the HTTP status and message here are chosen.
    if (run.runAttempt > MAX_RERUNS) {
      throw new ApiError(
        403,
        `Unable to retry this workflow run because it has been re-run ${MAX_RERUNS} times`,
      );
    }
    const { runAttempt, status, conclusion, runStartedAt, updatedAt } = run;
    run.previousAttempts.push({ runAttempt, status, conclusion, runStartedAt, updatedAt });
    Object.assign(run, {
      runAttempt: runAttempt + 1,
      status: 'queued',
      conclusion: null,
      runStartedAt: now,
      updatedAt: now,
    });
    return run;
  }

  /** Creates the run a `workflow_dispatch` event starts. */
  dispatch(
    repoName: string,
    workflowIdOrFile: string | number,
    ref: string,
    inputs: Record<string, unknown>,
  ): WorkflowRun {
    const workflow = this.workflows.get(repoName, workflowIdOrFile);
    if (!workflow.dispatchable) throw new ApiError(422, "Workflow does not have 'workflow_dispatch' trigger");
    // UNCONFIRMED: GitHub's message for more than 25 inputs.
    if (Object.keys(inputs).length > 25)
      throw new ApiError(422, 'inputs are too large; at most 25 are allowed.');
    return this.create(repoName, workflow.id, { ref, inputs, event: 'workflow_dispatch', status: 'queued' });
  }

  /** Runs start from a branch or tag, never from a bare sha; a given head must be a commit of the repository. */
  private headCommit(repoName: string, ref: string, headSha: string | undefined): Commit {
    if (headSha !== undefined) {
      const head = this.git.resolve(repoName, headSha);
      if (head?.sha !== headSha) throw new ApiError(422, `No commit found for SHA: ${headSha}`);
      return head;
    }
    const named = this.git.ref(repoName, `refs/heads/${ref}`) ?? this.git.ref(repoName, `refs/tags/${ref}`);
    const commit = named && this.git.resolve(repoName, ref);
    if (!commit) throw new ApiError(422, `No ref found for: ${ref}`);
    return commit;
  }
}
