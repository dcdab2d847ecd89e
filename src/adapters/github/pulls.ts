import type { GitHubApi } from './repository.js';
import { statusOf } from './status.js';
import { withGitHubRetries } from './retry.js';

export interface RevertPullRequest {
  readonly baseBranch: string;
  readonly branch: string;
  readonly targetSha: string;
  readonly title: string;
  readonly body: string;
}

/**
 * A branch whose one new commit restores the target commit's tree on top of the base branch, and
 * the pull request for it. Re-running finds the existing branch and pull request.
 */
export async function openRevertPullRequest(
  github: GitHubApi,
  request: RevertPullRequest,
): Promise<{ number: number; url: string; created: boolean }> {
  const { octokit, repository, timing } = github;
  const existing = await findOpenPull(github, request.branch);
  if (existing) return { ...existing, created: false };
  const { data: base } = await withGitHubRetries(
    () => octokit.rest.git.getRef({ ...repository, ref: `heads/${request.baseBranch}` }),
    timing,
  );
  const { data: target } = await withGitHubRetries(
    () => octokit.rest.git.getCommit({ ...repository, commit_sha: request.targetSha }),
    timing,
  );
  const { data: commit } = await withGitHubRetries(
    () =>
      octokit.rest.git.createCommit({
        ...repository,
        message: request.title,
        tree: target.tree.sha,
        parents: [base.object.sha],
      }),
    timing,
  );
  try {
    await withGitHubRetries(
      () =>
        octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${request.branch}`, sha: commit.sha }),
      timing,
    );
  } catch (error) {
    // The branch is left from an earlier attempt of this rollback: open its pull request.
    if (statusOf(error) !== 422) throw error;
  }
  const { data: pull } = await withGitHubRetries(
    () =>
      octokit.rest.pulls.create({
        ...repository,
        base: request.baseBranch,
        head: request.branch,
        title: request.title,
        body: request.body,
      }),
    timing,
  );
  return { number: pull.number, url: pull.html_url, created: true };
}

async function findOpenPull(
  { octokit, repository, timing }: GitHubApi,
  branch: string,
): Promise<{ number: number; url: string } | null> {
  const { data } = await withGitHubRetries(
    () =>
      octokit.rest.pulls.list({
        ...repository,
        state: 'open',
        head: `${repository.owner}:${branch}`,
        per_page: 10,
      }),
    timing,
  );
  const [pull] = data;
  return pull ? { number: pull.number, url: pull.html_url } : null;
}
