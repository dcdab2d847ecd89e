import { ApiError } from '../http.js';
import type { Sequence } from '../ids.js';
import type { Clock } from './clock.js';
import type { GitStore } from './git.js';
import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale';

/** A required check passes with these: a job skipped by its `if:` reports success to branch protection. */
export const PASSING_CONCLUSIONS: readonly CheckConclusion[] = ['success', 'neutral', 'skipped'];

/** A completed check run, as a job of a workflow run reports on the commit it ran on. */
export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  completedAt: Date;
  /** Every check run of one commit shares a suite here. */
  checkSuiteId: number;
}

/** Check runs by commit; only completed runs are recorded. */
export class CheckStore {
  private readonly runs: PerRepo<CheckRun[]>;
  private readonly suites = new Map<string, number>();

  constructor(
    repos: RepoStore,
    private readonly git: GitStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {
    this.runs = new PerRepo(repos, () => []);
  }

  /** Records a check run named `name` (a job's id or name) on a commit of the repository. */
  record(repoName: string, sha: string, name: string, conclusion: CheckConclusion): CheckRun {
    // GitHub's answer when a check run names a commit the repository does not have.
    if (this.git.resolve(repoName, sha)?.sha !== sha)
      throw new ApiError(422, `No commit found for SHA: ${sha}`);
    const suiteKey = `${repoName.toLowerCase()}@${sha}`;
    const checkSuiteId = this.suites.get(suiteKey) ?? this.ids.next();
    this.suites.set(suiteKey, checkSuiteId);
    const run: CheckRun = {
      id: this.ids.next(),
      name,
      headSha: sha,
      conclusion,
      completedAt: this.clock(),
      checkSuiteId,
    };
    this.runs.of(repoName).push(run);
    return run;
  }

  /** The check runs of a commit, newest first; with `latest`, only the newest of each name. */
  list(repoName: string, sha: string, latest = true): CheckRun[] {
    const all = this.runs
      .of(repoName)
      .filter((run) => run.headSha === sha)
      .reverse();
    return latest ? all.filter((run, i) => all.findIndex((other) => other.name === run.name) === i) : all;
  }
}
