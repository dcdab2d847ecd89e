import { ApiError, notFound, notSupplied } from '../http.js';
import { gitBlobSha, syntheticSha } from '../ids.js';
import type { Commit, FileBlob, Identity, Tree } from './git-objects.js';
import type { GitStore } from './git.js';
import type { RepoStore } from './repos.js';

export interface FileChange {
  message: string;
  /** The default branch when absent. */
  branch?: string;
  /** Blob sha the writer last read; required to change an existing file. */
  sha?: string;
  author?: Identity;
  committer?: Identity;
}

export interface FileCommit {
  created: boolean;
  blob: FileBlob | null;
  commit: Commit;
}

export interface DirectoryEntry {
  type: 'file' | 'dir';
  name: string;
  path: string;
  sha: string;
  size: number;
}

export interface Directory {
  /** Stands for the git tree sha: equal for equal content. */
  sha: string;
  entries: DirectoryEntry[];
}

export interface FileHistoryEntry {
  commitSha: string;
  message: string;
  /** Blob after the commit; null when the commit deleted the file. */
  blobSha: string | null;
}

const treeSha = (files: readonly [string, FileBlob][]): string =>
  syntheticSha('tree', ...files.map(([path, blob]) => `${path}:${blob.sha}`));

/**
 * Files on branches, with GitHub's compare-and-swap rules. Each write checks the sha and commits in
 * one synchronous step, so concurrent requests cannot interleave between the check and the commit.
 */
export class ContentsStore {
  constructor(
    private readonly repos: RepoStore,
    private readonly git: GitStore,
  ) {}

  /** The file at a branch, tag or commit (default branch when absent); 404 when the ref is unknown. */
  read(repoName: string, path: string, ref?: string): FileBlob | undefined {
    return this.treeAt(repoName, ref).get(path);
  }

  /** The directory at a ref, entries sorted by name; undefined when no file lies below the path. */
  list(repoName: string, dirPath: string, ref?: string): Directory | undefined {
    const prefix = dirPath === '' ? '' : `${dirPath}/`;
    const byName = new Map<string, [string, FileBlob][]>();
    for (const [path, blob] of this.treeAt(repoName, ref)) {
      if (!path.startsWith(prefix)) continue;
      const name = path.slice(prefix.length).split('/')[0] as string;
      byName.set(name, [...(byName.get(name) ?? []), [path, blob]]);
    }
    if (byName.size === 0) return undefined;
    const entries = [...byName]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, files]): DirectoryEntry => {
        const [only] = files;
        if (files.length === 1 && only && only[0] === `${prefix}${name}`) {
          return { type: 'file', name, path: only[0], sha: only[1].sha, size: only[1].bytes.length };
        }
        return { type: 'dir', name, path: `${prefix}${name}`, sha: treeSha(files), size: 0 };
      });
    return { sha: treeSha([...byName.values()].flat()), entries };
  }

  /** Create (sha ignored) or update (sha must match the current blob), as `PUT contents` does. */
  write(repoName: string, path: string, bytes: Buffer, change: FileChange): FileCommit {
    const branch = change.branch ?? this.repos.get(repoName).defaultBranch;
    const current = this.git.tip(repoName, branch).tree.get(path);
    if (current) this.checkSha(path, current, change.sha);
    const blob = { sha: gitBlobSha(bytes), bytes };
    return { created: !current, blob, commit: this.commitChange(repoName, branch, path, blob, change) };
  }

  remove(repoName: string, path: string, change: FileChange): FileCommit {
    const branch = change.branch ?? this.repos.get(repoName).defaultBranch;
    const current = this.git.tip(repoName, branch).tree.get(path);
    if (!current) throw notFound();
    this.checkSha(path, current, change.sha);
    return { created: false, blob: null, commit: this.commitChange(repoName, branch, path, null, change) };
  }

  /** Seeds a file, replacing any current content without a sha check. */
  put(
    repoName: string,
    path: string,
    content: string | Buffer,
    change: Partial<FileChange> = {},
  ): FileCommit {
    const current = this.read(repoName, path, change.branch);
    return this.write(repoName, path, Buffer.from(content), {
      message: `Update ${path}`,
      ...change,
      sha: current?.sha,
    });
  }

  /** Commits that changed the file on a branch, newest first. */
  history(repoName: string, path: string, branch?: string): FileHistoryEntry[] {
    const entries: FileHistoryEntry[] = [];
    let commit: Commit | undefined = this.git.tip(repoName, branch ?? this.repos.get(repoName).defaultBranch);
    while (commit) {
      const parent: Commit | undefined = commit.parents[0]
        ? this.git.resolve(repoName, commit.parents[0])
        : undefined;
      const after = commit.tree.get(path)?.sha ?? null;
      if (after !== (parent?.tree.get(path)?.sha ?? null)) {
        entries.push({ commitSha: commit.sha, message: commit.message, blobSha: after });
      }
      commit = parent;
    }
    return entries;
  }

  private treeAt(repoName: string, ref?: string): Tree {
    const refish = ref ?? this.repos.get(repoName).defaultBranch;
    const commit = this.git.resolve(repoName, refish);
    // UNCONFIRMED: wording of GitHub's 404 for an unknown ref.
    if (!commit) throw new ApiError(404, `No commit found for the ref ${refish}`);
    return commit.tree;
  }

  private checkSha(path: string, current: FileBlob, sha: string | undefined): void {
    if (sha === undefined) throw notSupplied('sha');
    if (sha !== current.sha) throw new ApiError(409, `${path} does not match ${sha}`);
  }

  private commitChange(
    repoName: string,
    branch: string,
    path: string,
    blob: FileBlob | null,
    change: FileChange,
  ): Commit {
    const tree = new Map(this.git.tip(repoName, branch).tree);
    if (blob) tree.set(path, blob);
    else tree.delete(path);
    return this.git.commit(repoName, branch, {
      message: change.message,
      tree,
      author: change.author,
      committer: change.committer,
    });
  }
}
