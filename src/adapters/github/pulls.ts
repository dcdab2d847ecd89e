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

interface OpenPull {
  readonly number: number;
  readonly url: string;
  readonly headSha: string;
}

/**
 * A branch whose one new commit restores the target commit's tree on top of the base branch, except the
 * kept folders, and the pull request for it. A pull request already open from that branch is adopted only if
 * its head is exactly this rollback of its own parent; a branch left without a pull request is reset to it.
 */
export async function openRevertPullRequest(
  github: GitHubApi,
  request: RevertPullRequest,
): Promise<{ number: number; url: string }> {
  const existing = await findOpenPull(github, request.branch);
  if (existing) return adopt(github, existing, request);
  const { octokit, repository, timing } = github;
  const { data: base } = await withGitHubRetries(
    () => octokit.rest.git.getRef({ ...repository, ref: `heads/${request.baseBranch}` }),
    timing,
  );
  const tree = await rollbackTree(github, { ...request, baseSha: base.object.sha });
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
  await pointBranchAt(github, request.branch, commit.sha);
  return openPull(github, request);
}

/** The pull request open from `branch`, if any: what an already recorded rollback points to. */
export async function openPullFrom(
  github: GitHubApi,
  branch: string,
): Promise<{ number: number; url: string } | null> {
  const pull = await findOpenPull(github, branch);
  return pull && { number: pull.number, url: pull.url };
}

/** Creates the branch; one left by an earlier attempt (no pull request is open from it) is reset. */
async function pointBranchAt({ octokit, repository, timing }: GitHubApi, branch: string, sha: string) {
  try {
    await withGitHubRetries(
      () => octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha }),
      timing,
    );
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    await withGitHubRetries(
      () => octokit.rest.git.updateRef({ ...repository, ref: `heads/${branch}`, sha, force: true }),
      timing,
    );
  }
}

/** Opens the pull request; one whose creation landed while its answer was lost is found and adopted. */
async function openPull(
  github: GitHubApi,
  request: RevertPullRequest,
): Promise<{ number: number; url: string }> {
  const { octokit, repository, timing } = github;
  try {
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
    return { number: pull.number, url: pull.html_url };
  } catch (error) {
    const existing = statusOf(error) === 422 ? await findOpenPull(github, request.branch) : null;
    if (!existing) throw error;
    return adopt(github, existing, request);
  }
}

/** An open pull request is this rollback only if its head restores the target onto the head's own parent. */
async function adopt(
  github: GitHubApi,
  pull: OpenPull,
  request: RevertPullRequest,
): Promise<{ number: number; url: string }> {
  const { octokit, repository, timing } = github;
  const { data: head } = await withGitHubRetries(
    () => octokit.rest.git.getCommit({ ...repository, commit_sha: pull.headSha }),
    timing,
  );
  const [parent, ...more] = head.parents;
  const expected =
    parent && more.length === 0 ? await rollbackTree(github, { ...request, baseSha: parent.sha }) : null;
  if (expected !== head.tree.sha)
    throw new GuardError(
      'input_invalid',
      `pull request #${pull.number} from ${request.branch} is not this rollback to ${request.targetSha}: close it and delete the branch, then request the rollback again`,
    );
  return { number: pull.number, url: pull.url };
}

async function findOpenPull(
  { octokit, repository, timing }: GitHubApi,
  branch: string,
): Promise<OpenPull | null> {
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
  return pull ? { number: pull.number, url: pull.html_url, headSha: pull.head.sha } : null;
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
