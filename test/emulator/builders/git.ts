import { nodeId } from '../ids.js';
import { walk } from '../state/git-hash.js';
import type { AnnotatedTag, Commit, GitTree, RefTarget, TreeEntry } from '../state/git-objects.js';
import type { Repo } from '../state/repos.js';
import { repoApiUrl, repoHtmlUrl, type View } from './view.js';

/** The emulator signs nothing. */
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** git-commit: the git database's commit, also the `commit` of a contents write. */
export function gitCommitJson(view: View, repo: Repo, commit: Commit): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  const treeSha = commit.treeSha;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', `${repo.id}:${commit.sha}`),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(repo)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: treeSha, url: `${api}/git/trees/${treeSha}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${repoHtmlUrl(repo)}/commit/${sha}`,
    })),
    verification: UNSIGNED,
  };
}

/** simple-commit: a run's `head_commit`. */
export function simpleCommitJson(view: View, repo: Repo, commit: Commit): Record<string, unknown> {
  const identity = ({ name, email }: { name: string; email: string }) => ({ name, email });
  return {
    id: commit.sha,
    tree_id: commit.treeSha,
    message: commit.message,
    timestamp: commit.committer.date,
    author: identity(commit.author),
    committer: identity(commit.committer),
  };
}

export function refJson(view: View, repo: Repo, ref: string, target: RefTarget): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { sha: target.sha, type: target.type, url: `${api}/git/${target.type}s/${target.sha}` },
  };
}

export function gitTagJson(view: View, repo: Repo, tag: AnnotatedTag): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  return {
    node_id: nodeId('Tag', `${repo.id}:${tag.sha}`),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.objectSha, type: 'commit', url: `${api}/git/commits/${tag.objectSha}` },
    verification: UNSIGNED,
  };
}

/** git-tree: the entries of a tree, or with `recursive` every entry below it, subtrees included. */
export function gitTreeJson(
  view: View,
  repo: Repo,
  tree: GitTree,
  recursive: boolean,
): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  const entries = recursive ? walk(tree) : tree.entries.map((entry) => ({ path: entry.name, entry }));
  const entryJson = ({ path, entry }: { path: string; entry: TreeEntry }) => ({
    path,
    // The API writes a subtree's mode with its leading zero.
    mode: entry.type === 'tree' ? '040000' : entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(entry.type === 'blob' && { size: entry.blob.bytes.length }),
    url: `${api}/git/${entry.type}s/${entry.sha}`,
  });
  return {
    sha: tree.sha,
    url: `${api}/git/trees/${tree.sha}`,
    tree: entries.map(entryJson),
    truncated: false,
  };
}
