import { ApiError, notFound, notSupplied } from '../http.js';
import { fileBlob, subtree } from './git-hash.js';
import type { Commit, FileBlob, Identity } from './git-objects.js';
import type { GitStore } from './git.js';
import { PULL_REQUEST_REQUIRED, type ProtectionStore } from './protection.js';
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
  /** The git tree sha of the directory. */
  sha: string;
  entries: DirectoryEntry[];
}

export interface FileHistoryEntry {
  commitSha: string;
  message: string;
  /** Blob after the commit; null when the commit deleted the file. */
  blobSha: string | null;
}

/**
 * Files on branches, with GitHub's compare-and-swap rules. Each write checks the sha and commits in
 * one synchronous step, so concurrent requests cannot interleave between the check and the commit.
 */
export class ContentsStore {
  constructor(
    private readonly repos: RepoStore,
    private readonly git: GitStore,
    private readonly protection: ProtectionStore,
  ) {}

  /** The file at a branch, tag or commit (default branch when absent); 404 when the ref is unknown. */
  read(repoName: string, path: string, ref?: string): FileBlob | undefined {
    return this.commitAt(repoName, ref).tree.get(path);
  }

  /** The directory at a ref, entries in git's order; undefined when no file lies below the path. */
  list(repoName: string, dirPath: string, ref?: string): Directory | undefined {
    const commit = this.commitAt(repoName, ref);
    const root = this.git.tree(repoName, commit.treeSha);
    const directory = root && subtree(root, dirPath);
    if (!directory || directory.entries.length === 0) return undefined;
    const prefix = dirPath === '' ? '' : `${dirPath}/`;
    const entries = directory.entries.map((entry): DirectoryEntry => ({
      type: entry.type === 'blob' ? 'file' : 'dir',
      name: entry.name,
      path: `${prefix}${entry.name}`,
      sha: entry.sha,
      size: entry.type === 'blob' ? entry.blob.bytes.length : 0,
    }));
    return { sha: directory.sha, entries };
  }

  /**
   * Create (sha ignored) or update (sha must match the current blob), as `PUT contents` does: a protected
   * branch refuses it.
   */
  write(repoName: string, path: string, bytes: Buffer, change: FileChange): FileCommit {
    const branch = change.branch ?? this.repos.get(repoName).defaultBranch;
    const current = this.git.tip(repoName, branch).tree.get(path);
    if (current) this.checkSha(path, current, change.sha);
    this.refuseProtected(repoName, branch, current ? 'update' : 'create');
    return this.commitFile(repoName, branch, path, bytes, change, current);
  }

  /** `DELETE contents`: the current sha is required, and a protected branch refuses it. */
  remove(repoName: string, path: string, change: FileChange): FileCommit {
    const branch = change.branch ?? this.repos.get(repoName).defaultBranch;
    const current = this.git.tip(repoName, branch).tree.get(path);
    if (!current) throw notFound();
    this.checkSha(path, current, change.sha);
    this.refuseProtected(repoName, branch, 'delete');
    return { created: false, blob: null, commit: this.commitChange(repoName, branch, path, null, change) };
  }

  /** Seeds a file, replacing any current content without a sha check, protected branch or not. */
  put(
    repoName: string,
    path: string,
    content: string | Buffer,
    change: Partial<FileChange> = {},
  ): FileCommit {
    const branch = change.branch ?? this.repos.get(repoName).defaultBranch;
    const current = this.git.tip(repoName, branch).tree.get(path);
    const seeded = { message: `Update ${path}`, ...change };
    return this.commitFile(repoName, branch, path, Buffer.from(content), seeded, current);
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

  private commitAt(repoName: string, ref?: string): Commit {
    const refish = ref ?? this.repos.get(repoName).defaultBranch;
    const commit = this.git.resolve(repoName, refish);
    // UNCONFIRMED: wording of GitHub's 404 for an unknown ref.
    if (!commit) throw new ApiError(404, `No commit found for the ref ${refish}`);
    return commit;
  }

  /** GitHub names what it could not do before the reason (kevgo/prettifier#28). */
  private refuseProtected(repoName: string, branch: string, verb: 'create' | 'update' | 'delete'): void {
    if (this.protection.guards(repoName, `refs/heads/${branch}`))
      throw new ApiError(409, `Could not ${verb} file: ${PULL_REQUEST_REQUIRED}`);
  }

  /** A new file is a regular one; a changed file keeps its mode. */
  private commitFile(
    repoName: string,
    branch: string,
    path: string,
    bytes: Buffer,
    change: FileChange,
    current: FileBlob | undefined,
  ): FileCommit {
    const blob = fileBlob(bytes, current?.mode);
    return { created: !current, blob, commit: this.commitChange(repoName, branch, path, blob, change) };
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
