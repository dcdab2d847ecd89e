import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { manifestPathForRun } from '../../core/manifest/index.js';
import { defaultGitHubRetryTiming, getRun, statusOf, type GitHubRetryTiming } from '../github/index.js';

/**
 * The entry's home from its release run: the UTC day of the run's `created_at`, asked from GitHub by
 * run id. A run's creation time never changes (reruns keep it), so every action finds the same file.
 */
export class RunHomes {
  private readonly known = new Map<number, Promise<string>>();

  constructor(
    private readonly octokit: Octokit,
    private readonly repository: { owner: string; repo: string },
    private readonly timing: GitHubRetryTiming = defaultGitHubRetryTiming,
  ) {}

  /**
   * Asked once per run and step: a lookup that failed after its tries stays failed for the step (its callers
   * report it), and is not asked again with three more tries.
   */
  pathOf(runId: number): Promise<string> {
    let path = this.known.get(runId);
    if (!path) {
      path = this.lookUp(runId);
      path.catch(() => undefined);
      this.known.set(runId, path);
    }
    return path;
  }

  private async lookUp(runId: number): Promise<string> {
    const { owner, repo } = this.repository;
    try {
      return manifestPathForRun(
        (await getRun({ octokit: this.octokit, repository: this.repository, timing: this.timing }, runId))
          .createdAt,
      );
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        throw new GuardError(
          'input_invalid',
          `run ${runId} is not a workflow run of ${owner}/${repo}, so its manifest entry has no home: check run-id, or give manifest-path`,
          { cause: error },
        );
      }
      if (status === 401 || status === 403) {
        throw new GuardError(
          'permission_denied',
          `reading run ${runId} of ${owner}/${repo} (its creation day is the manifest entry's home) was refused (HTTP ${status}): ` +
            'the token needs actions: read, or give manifest-path',
          { cause: error },
        );
      }
      throw error;
    }
  }
}
