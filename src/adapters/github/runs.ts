import type { GitHubApi } from './repository.js';
import { statusOf } from './status.js';
import { defaultGitHubRetryTiming, pagesWithRetries, withGitHubRetries, withReadBack } from './retry.js';

/** How far this runner's clock and GitHub's may disagree when a dispatched run is looked for. */
const CLOCK_SKEW_MS = 60_000;

export interface RunInfo {
  readonly id: number;
  readonly createdAt: Date;
  readonly runAttempt: number;
  readonly status: string;
  readonly conclusion: string | null;
  readonly headSha: string;
  readonly headBranch: string | null;
  readonly workflowId: number;
  /** `.github/workflows/<file>` of the workflow the run belongs to. */
  readonly workflowPath: string;
  /** `push`, `workflow_dispatch`, `pull_request`, … */
  readonly event: string;
  /** `owner/name` of the repository the run's code came from (a fork's, for a pull request from one). */
  readonly headRepository: string | null;
  /** Who started its latest attempt (for a dispatch: the person who dispatched it, or who re-ran it). */
  readonly triggeringActor: string | null;
  /** Who started its first attempt: for a dispatch, who dispatched it, whoever re-ran it since. */
  readonly actor: string | null;
  readonly runStartedAt: Date | null;
  readonly updatedAt: Date;
  /** The run's name: the workflow's `run-name` as evaluated for this run. */
  readonly displayTitle: string;
}

export async function getRun({ octokit, repository, timing }: GitHubApi, runId: number): Promise<RunInfo> {
  const { data } = await withGitHubRetries(
    () => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId }),
    timing,
    `run ${runId} of ${repository.owner}/${repository.repo}`,
  );
  return toRunInfo(data);
}

type RunData = Awaited<ReturnType<GitHubApi['octokit']['rest']['actions']['getWorkflowRun']>>['data'];

function toRunInfo(data: RunData): RunInfo {
  return {
    id: data.id,
    createdAt: new Date(data.created_at),
    runAttempt: data.run_attempt ?? 1,
    status: data.status ?? 'unknown',
    conclusion: data.conclusion ?? null,
    headSha: data.head_sha,
    headBranch: data.head_branch ?? null,
    workflowId: data.workflow_id,
    workflowPath: data.path,
    event: data.event,
    headRepository: data.head_repository?.full_name ?? null,
    triggeringActor: data.triggering_actor?.login ?? data.actor?.login ?? null,
    actor: data.actor?.login ?? null,
    runStartedAt: data.run_started_at ? new Date(data.run_started_at) : null,
    updatedAt: new Date(data.updated_at),
    displayTitle: data.display_title,
  };
}

/** At most this many pages of 100 runs are read when a workflow's runs are listed. */
const MAX_RUN_PAGES = 10;

/** The runs `dispatchedRuns` read, and whether they are all there are (false: the page cap was reached). */
export interface RunListing {
  readonly runs: readonly RunInfo[];
  readonly complete: boolean;
}

/**
 * The `workflow_dispatch` runs of `workflow` on `branch` created since `since`, as GitHub lists them (newest
 * first, at most 1,000): what GitHub, not a file, says was asked of a workflow. A listing cut at the cap says
 * so, so a caller can refuse to conclude from part of it.
 */
export async function dispatchedRuns(
  { octokit, repository, timing }: GitHubApi,
  workflow: string,
  branch: string,
  since: Date,
): Promise<RunListing> {
  const pages = pagesWithRetries(
    octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
      ...repository,
      workflow_id: workflow,
      event: 'workflow_dispatch',
      branch,
      created: `>=${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      per_page: 100,
    }),
    timing,
    `the runs of ${workflow} in ${repository.owner}/${repository.repo}`,
  );
  const runs: RunInfo[] = [];
  let read = 0;
  let complete = true;
  for await (const page of pages) {
    runs.push(...page.data.map((run) => toRunInfo(run as RunData)));
    if (++read >= MAX_RUN_PAGES) {
      complete = page.data.length < 100;
      break;
    }
  }
  return {
    runs: runs.filter((run) => run.createdAt.getTime() >= since.getTime() && run.headBranch === branch),
    complete,
  };
}

/**
 * Asks GitHub to rerun the run's attempt `runAttempt`; its refusal (403: too old, still running, over the
 * cap) comes back as a reason. The rerun is read back by the run's attempt — past `runAttempt` means it
 * started — before every new try (a try whose answer was lost may have landed, and the rerun it started may
 * even have finished already) and before a refusal is believed (a retry refused as already running).
 */
export async function rerunRun(
  api: GitHubApi,
  run: Pick<RunInfo, 'id' | 'runAttempt'>,
  failedJobsOnly: boolean,
): Promise<{ ok: true } | { ok: false; why: string }> {
  const { octokit, repository, timing } = api;
  const target = { ...repository, run_id: run.id };
  const started = async () =>
    (await getRun(api, run.id)).runAttempt > run.runAttempt ? ({ ok: true } as const) : null;
  try {
    return await withReadBack(
      async () => {
        if (failedJobsOnly) await octokit.rest.actions.reRunWorkflowFailedJobs(target);
        else await octokit.rest.actions.reRunWorkflow(target);
        return { ok: true } as const;
      },
      started,
      timing,
      `rerun of run ${run.id}`,
    );
  } catch (error) {
    if (statusOf(error) !== 403 && statusOf(error) !== 422) throw error;
    return (await started()) ?? { ok: false, why: (error as Error).message };
  }
}

/** Whether the effect of a recovery claimed at `since` on the run's attempt `runAttempt` is there. */
export async function recoveryStarted(
  api: GitHubApi,
  claimed: { run: Pick<RunInfo, 'id' | 'runAttempt'>; workflow: string | null; tag: string; sinceMs: number },
): Promise<'rerun' | 'dispatch_release' | 'retry_tag' | null> {
  if ((await getRun(api, claimed.run.id)).runAttempt > claimed.run.runAttempt) return 'rerun';
  if (
    claimed.workflow !== null &&
    (await dispatchedSince(
      api,
      claimed.workflow,
      `refs/tags/${claimed.tag}`,
      claimed.sinceMs - CLOCK_SKEW_MS,
    ))
  )
    return 'dispatch_release';
  if (await tagExists(api, `${claimed.tag}-retry`)) return 'retry_tag';
  return null;
}

async function tagExists({ octokit, repository, timing }: GitHubApi, tag: string): Promise<boolean> {
  try {
    await withGitHubRetries(() => octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }), timing);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/**
 * Dispatches a workflow on a ref; `ok: false` when it cannot be dispatched (no workflow_dispatch trigger,
 * unknown workflow). A dispatch whose answer was lost is read back before it is tried again: a
 * `workflow_dispatch` run of the workflow on that ref created since the first try means it landed.
 */
export async function dispatchWorkflow(
  api: GitHubApi,
  workflow: string | number,
  ref: string,
  inputs: Record<string, string>,
): Promise<{ ok: true } | { ok: false; why: string }> {
  const { octokit, repository, timing = defaultGitHubRetryTiming } = api;
  const since = timing.now() - CLOCK_SKEW_MS;
  try {
    return await withReadBack(
      async () => {
        await octokit.rest.actions.createWorkflowDispatch({
          ...repository,
          workflow_id: workflow,
          ref,
          inputs,
        });
        return { ok: true } as const;
      },
      async () => ((await dispatchedSince(api, workflow, ref, since)) ? ({ ok: true } as const) : null),
      timing,
      `dispatch of ${workflow} on ${ref}`,
    );
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 422)
      return { ok: false, why: (error as Error).message };
    throw error;
  }
}

async function dispatchedSince(
  { octokit, repository, timing }: GitHubApi,
  workflow: string | number,
  ref: string,
  sinceMs: number,
): Promise<boolean> {
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  const { data } = await withGitHubRetries(
    () =>
      octokit.rest.actions.listWorkflowRuns({
        ...repository,
        workflow_id: workflow,
        event: 'workflow_dispatch',
        branch,
        per_page: 20,
      }),
    timing,
  );
  return data.workflow_runs.some((run) => Date.parse(run.created_at) >= sinceMs);
}

/** `<tag>-retry` at the release commit; an existing one is reused, never moved. */
export async function createTagRef(
  { octokit, repository, timing }: GitHubApi,
  tag: string,
  sha: string,
): Promise<'created' | 'exists'> {
  try {
    await withGitHubRetries(
      () => octokit.rest.git.createRef({ ...repository, ref: `refs/tags/${tag}`, sha }),
      timing,
    );
    return 'created';
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test((error as Error).message)) return 'exists';
    throw error;
  }
}

/** Polls a run until it completes, bounded; null when it did not finish in time. */
export async function awaitRun(
  api: GitHubApi,
  runId: number,
  options: { timeoutMs: number; intervalMs: number; sleep: (ms: number) => Promise<void>; now: () => number },
): Promise<RunInfo | null> {
  const deadline = options.now() + options.timeoutMs;
  for (;;) {
    const run = await getRun(api, runId);
    if (run.status === 'completed') return run;
    if (options.now() >= deadline) return null;
    await options.sleep(options.intervalMs);
  }
}

export async function repositoryPermission(
  { octokit, repository, timing }: GitHubApi,
  username: string,
): Promise<{ permission: string; roleName: string | null }> {
  try {
    const { data } = await withGitHubRetries(
      () => octokit.rest.repos.getCollaboratorPermissionLevel({ ...repository, username }),
      timing,
    );
    return { permission: data.permission, roleName: data.role_name ?? null };
  } catch (error) {
    if (statusOf(error) === 404) return { permission: 'none', roleName: null };
    throw error;
  }
}
