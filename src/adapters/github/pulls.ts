import { GuardError } from '../../core/errors/index.js';
import { isFileMode, keptFolderChanges, type TreeFile } from '../../core/release/index.js';
import type { GitHubApi } from './repository.js';
import { statusOf } from './status.js';
import { withGitHubRetries } from './retry.js';

export interface RevertPullRequest {
  readonly baseBranch: string;
  readonly branch: string;
  readonly targetSha: string;
  /** Folders whose files stay as the base branch has them (the manifests, the workflows). */
  readonly keptFolders: readonly string[];
  readonly title: string;
  readonly body: string;
}

/**
 * A branch whose one new commit restores the target commit's tree on top of the base branch, except the
 * kept folders, and the pull request for it. Re-running finds the existing branch and pull request.
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
  const tree = await rollbackTree(github, { baseSha: base.object.sha, ...request });
  const { data: commit } = await withGitHubRetries(
    () =>
      octokit.rest.git.createCommit({
        ...repository,
        message: request.title,
        tree,
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

/** The target's tree with the kept folders as the base commit has them. */
async function rollbackTree(
  github: GitHubApi,
  request: { baseSha: string; targetSha: string; keptFolders: readonly string[] },
): Promise<string> {
  const { octokit, repository, timing } = github;
  const targetTree = await treeOf(github, request.targetSha);
  const base = await filesOf(github, await treeOf(github, request.baseSha));
  const changes = keptFolderChanges(base, await filesOf(github, targetTree), request.keptFolders);
  if (changes.length === 0) return targetTree;
  const { data } = await withGitHubRetries(
    () => octokit.rest.git.createTree({ ...repository, base_tree: targetTree, tree: changes }),
    timing,
  );
  return data.sha;
}

async function treeOf({ octokit, repository, timing }: GitHubApi, commitSha: string): Promise<string> {
  const { data } = await withGitHubRetries(
    () => octokit.rest.git.getCommit({ ...repository, commit_sha: commitSha }),
    timing,
  );
  return data.tree.sha;
}

/** Every file of a tree; a tree too large for one listing is refused rather than half-restored. */
async function filesOf({ octokit, repository, timing }: GitHubApi, treeSha: string): Promise<TreeFile[]> {
  const { data } = await withGitHubRetries(
    () => octokit.rest.git.getTree({ ...repository, tree_sha: treeSha, recursive: 'true' }),
    timing,
  );
  if (data.truncated)
    throw new GuardError(
      'input_invalid',
      `the tree ${treeSha} is too large for GitHub to list in one answer: open the rollback pull request by hand`,
    );
  return data.tree.flatMap((entry) =>
    entry.type === 'blob' && entry.path && entry.sha && isFileMode(entry.mode)
      ? [{ path: entry.path, mode: entry.mode, sha: entry.sha }]
      : [],
  );
}
