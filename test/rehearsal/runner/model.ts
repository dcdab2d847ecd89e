import type { Job } from '@actions/workflow-parser/model/workflow-template';
import type { Json } from '../workflow/expressions.js';
import type { Workflow } from '../workflow/load.js';
import type { StepLog } from './commands.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';
export type JobStatus = 'queued' | 'pending' | 'waiting' | 'in_progress' | 'completed';

export interface StepRecord {
  readonly id: string;
  readonly name: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  readonly log: StepLog;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
}

export interface JobRecord {
  readonly id: string;
  /** `name:` or the id: the check run's name. */
  readonly name: string;
  readonly definition: Job;
  status: JobStatus;
  result: Result | null;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The environment it ran in. */
  environment?: string;
  /** Why the runner failed or cancelled it before or between steps (environment policy, concurrency). */
  message?: string;
  /** Set when a newer run or job displaced it while it ran. */
  cancelRequested?: boolean;
  /** Leaves its concurrency group (set while it holds or waits for one). */
  concurrencyLeave?: () => void;
  /** The job summary: every step's summary, in order. */
  readonly summary: () => string;
}

/** What started a run: GitHub's event and the facts of its ref. */
export interface RunTrigger {
  readonly repo: string;
  /** The repository's facts for the `github` context (a schedule's payload carries none). */
  readonly repository: Record<string, Json>;
  readonly eventName: string;
  /** `github.event`. */
  readonly payload: Record<string, Json>;
  /** GITHUB_REF and GITHUB_SHA. */
  readonly ref: string;
  readonly sha: string;
  /** The run's `head_branch` and `head_sha` on the API, where job results are checks. */
  readonly headBranch: string;
  readonly headSha: string;
  readonly headRef?: string;
  readonly baseRef?: string;
  readonly actor: string;
  readonly inputs: Record<string, Json>;
  /** How many `workflow_run` links led here (GitHub stops after three). */
  readonly depth: number;
}

export interface RunRecord {
  readonly id: number;
  readonly number: number;
  readonly workflow: Workflow;
  readonly trigger: RunTrigger;
  attempt: number;
  triggeringActor: string;
  displayTitle: string;
  status: 'queued' | 'in_progress' | 'waiting' | 'completed';
  conclusion: Result | null;
  /** A newer run of its concurrency group displaced it. */
  cancelRequested: boolean;
  /** Leaves its workflow's concurrency group (set while it holds or waits for one). */
  concurrencyLeave?: () => void;
  /** The current attempt's jobs. */
  jobs: Map<string, JobRecord>;
  /** Every attempt's jobs, by attempt number. */
  readonly attempts: Map<number, Map<string, JobRecord>>;
  /** `<attempt>:<name>` of each artifact uploaded: v4 artifact names are unique per attempt. */
  readonly uploads: Set<string>;
}
