import { resolve as absolutePath } from 'node:path';
import { ApiError } from '../http.js';
import { isoSeconds, type Clock } from './clock.js';
import { exportRepository, type ExportOptions } from './git-export.js';
import { buildTree, commitBody, flatten, objectSha, tagBody, walk } from './git-hash.js';
import {
  BOT_IDENTITY,
  type AnnotatedTag,
  type Commit,
  type CommitInput,
  type FileBlob,
  type FileInput,
  type GitTree,
  type Identity,
  type RefTarget,
  type Signature,
  type Tree,
} from './git-objects.js';
import { applyTreeChanges, type TreeChange } from './git-tree-changes.js';
import { PerRepo } from './per-repo.js';
import { PULL_REQUEST_REQUIRED, type ProtectionStore } from './protection.js';
import type { Repo, RepoStore } from './repos.js';

interface RepoGit {
  repo: Repo;
  refs: Map<string, string>;
  /** In creation order, so parents come before their children. */
  commits: Map<string, Commit>;
  tags: Map<string, AnnotatedTag>;
  /** Every tree object of the repository, subtrees included, by sha. */
  trees: Map<string, GitTree>;
  blobs: Map<string, FileBlob>;
}

export interface TagOptions {
  /** Commit to tag; the default branch tip when absent. */
  sha?: string;
  /** Makes the tag annotated. */
  message?: string;
  tagger?: Identity;
}

export interface RefUpdate {
  before: string;
  target: RefTarget;
}

/** Commits, trees, branches, tags and annotated tag objects of every repository, hashed as git hashes them. */
export class GitStore {
  private readonly git: PerRepo<RepoGit>;
  /** Blob shas by content: a commit shares most files with its parent, each is hashed once. */
  private readonly blobShas = new WeakMap<Buffer, string>();
  /** The last export into each directory: exports into one directory run one after another. */
  private readonly exports = new Map<string, Promise<void>>();

  /** Each repository starts with an empty root commit on its default branch. */
  constructor(
    repos: RepoStore,
    private readonly protection: ProtectionStore,
    private readonly clock: Clock,
  ) {
    this.git = new PerRepo(repos, (repo) => {
      const git: RepoGit = {
        repo,
        refs: new Map(),
        commits: new Map(),
        tags: new Map(),
        trees: new Map(),
        blobs: new Map(),
      };
      this.append(git, `refs/heads/${repo.defaultBranch}`, [], {
        message: 'Initial commit',
        tree: new Map(),
      });
      return git;
    });
  }

  /**
   * Appends a commit to an existing branch (404 when it is absent), on the branch's tip or on the given
   * `parents` (a merge names the tip and the merged head).
   */
  commit(repoName: string, branch: string, input: CommitInput & { parents?: readonly string[] }): Commit {
    const git = this.git.of(repoName);
    const tip = this.tipSha(git, branch);
    return this.append(git, `refs/heads/${branch}`, input.parents ?? [tip], input);
  }

  /** The commit a branch points at; 404 when the branch is absent. */
  tip(repoName: string, branch: string): Commit {
    const git = this.git.of(repoName);
    const commit = git.commits.get(this.tipSha(git, branch));
    if (!commit) throw new Error(`branch ${branch} points at a missing commit`);
    return commit;
  }

  /** A branch name, tag name (annotated tags peeled) or commit sha, to its commit. */
  resolve(repoName: string, refish: string): Commit | undefined {
    const git = this.git.of(repoName);
    const direct = git.refs.get(`refs/heads/${refish}`) ?? git.refs.get(`refs/tags/${refish}`) ?? refish;
    return git.commits.get(git.tags.get(direct)?.objectSha ?? direct);
  }

  createRef(repoName: string, ref: string, sha: string): RefTarget {
    const git = this.git.of(repoName);
    // UNCONFIRMED: GitHub's wording for a malformed ref name.
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw new ApiError(422, `${ref} is not a valid ref name.`);
    if (git.refs.has(ref)) throw new ApiError(422, 'Reference already exists');
    this.checkObject(git, sha);
    git.refs.set(ref, sha);
    return this.target(git, sha);
  }

  /** `PATCH git/refs`: moves a ref, fast-forward only unless forced; a protected branch is never moved. */
  updateRef(repoName: string, ref: string, sha: string, force: boolean): RefUpdate {
    const git = this.git.of(repoName);
    const before = git.refs.get(ref);
    if (before === undefined) throw new ApiError(422, 'Reference does not exist');
    this.checkObject(git, sha);
    if (this.protection.guards(repoName, ref)) throw new ApiError(422, PULL_REQUEST_REQUIRED);
    const peel = (objectSha: string) => git.tags.get(objectSha)?.objectSha ?? objectSha;
    if (!force && !this.reachable(repoName, peel(sha)).has(peel(before)))
      throw new ApiError(422, 'Update is not a fast forward');
    git.refs.set(ref, sha);
    return { before, target: this.target(git, sha) };
  }

  createBranch(repoName: string, branch: string, fromSha?: string): RefTarget {
    const git = this.git.of(repoName);
    return this.createRef(
      repoName,
      `refs/heads/${branch}`,
      fromSha ?? this.tipSha(git, git.repo.defaultBranch),
    );
  }

  createTag(repoName: string, tag: string, options: TagOptions = {}): RefTarget {
    const git = this.git.of(repoName);
    const commitSha = options.sha ?? this.tipSha(git, git.repo.defaultBranch);
    if (options.message === undefined) return this.createRef(repoName, `refs/tags/${tag}`, commitSha);
    const fields = { tag, message: options.message, objectSha: commitSha, tagger: this.sign(options.tagger) };
    const tagObject: AnnotatedTag = { sha: objectSha('tag', tagBody(fields)), ...fields };
    git.tags.set(tagObject.sha, tagObject);
    return this.createRef(repoName, `refs/tags/${tag}`, tagObject.sha);
  }

  ref(repoName: string, ref: string): RefTarget | undefined {
    const git = this.git.of(repoName);
    const sha = git.refs.get(ref);
    return sha === undefined ? undefined : this.target(git, sha);
  }

  /** Refs starting with `prefix`, sorted by name. */
  refs(repoName: string, prefix = 'refs/'): [string, RefTarget][] {
    const git = this.git.of(repoName);
    return [...git.refs]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, sha]) => [ref, this.target(git, sha)]);
  }

  /** A tree object by its sha, or the tree of a commit named by sha, branch or tag, as `GET git/trees` reads it. */
  tree(repoName: string, treeShaOrRef: string): GitTree | undefined {
    const git = this.git.of(repoName);
    const commit = this.resolve(repoName, treeShaOrRef);
    return git.trees.get(commit ? commit.treeSha : treeShaOrRef);
  }

  /** `POST git/trees`: the base tree (none when absent) with the changes applied. */
  createTree(repoName: string, baseTreeSha: string | undefined, changes: readonly TreeChange[]): GitTree {
    const git = this.git.of(repoName);
    const base = baseTreeSha === undefined ? undefined : git.trees.get(baseTreeSha);
    // UNCONFIRMED: the message for an unknown base_tree; GitHub answers this one for objects it cannot find.
    if (baseTreeSha !== undefined && !base) throw new ApiError(422, 'GitRPC::BadObjectState');
    const files = applyTreeChanges(new Map(base ? flatten(base) : []), changes, {
      blob: (sha) => git.blobs.get(sha),
      tree: (sha) => git.trees.get(sha),
    });
    return this.register(git, files);
  }

  /** `POST /git/commits`: a commit on no ref yet, from a known tree and existing parents. */
  createCommit(
    repoName: string,
    input: { message: string; treeSha: string; parents: readonly string[] },
  ): Commit {
    const git = this.git.of(repoName);
    const tree = git.trees.get(input.treeSha);
    if (!tree || input.parents.some((parent) => !git.commits.has(parent)))
      throw new ApiError(422, 'Tree SHA does not exist');
    return this.append(git, null, [...input.parents], {
      message: input.message,
      tree: new Map(flatten(tree)),
    });
  }

  /** The commit and all its ancestors. */
  reachable(repoName: string, sha: string): Set<string> {
    return this.ancestry(this.git.of(repoName), [sha]);
  }

  /**
   * A best common ancestor of two commits (one no other common ancestor descends from); of several, the
   * newest. Undefined when the histories are unrelated.
   */
  mergeBase(repoName: string, a: string, b: string): Commit | undefined {
    const git = this.git.of(repoName);
    const ofB = this.reachable(repoName, b);
    const common = new Set([...this.reachable(repoName, a)].filter((sha) => ofB.has(sha)));
    const older = this.ancestry(
      git,
      [...common].flatMap((sha) => git.commits.get(sha)?.parents ?? []),
    );
    const best = [...git.commits.keys()].filter((sha) => common.has(sha) && !older.has(sha));
    return git.commits.get(best[best.length - 1] ?? '');
  }

  tag(repoName: string, sha: string): AnnotatedTag | undefined {
    return this.git.of(repoName).tags.get(sha);
  }

  /**
   * Writes the repository as a real git repository at `dir`: every commit, tree, blob and annotated tag with
   * the same sha, every ref, and the working tree checked out. See the README.
   */
  exportTo(repoName: string, dir: string, options: ExportOptions = {}): Promise<void> {
    const git = this.git.of(repoName);
    const source = {
      defaultBranch: git.repo.defaultBranch,
      commits: [...git.commits.values()],
      tags: [...git.tags.values()],
      refs: [...git.refs],
    };
    const key = absolutePath(dir);
    const previous = this.exports.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => exportRepository(source, key, options));
    this.exports.set(key, next);
    return next;
  }

  /** The given commits and all their ancestors. */
  private ancestry(git: RepoGit, starts: readonly string[]): Set<string> {
    const seen = new Set<string>();
    for (const pending = [...starts]; pending.length > 0;) {
      const next = pending.pop() as string;
      const commit = git.commits.get(next);
      if (!commit || seen.has(next)) continue;
      seen.add(next);
      pending.push(...commit.parents);
    }
    return seen;
  }

  private checkObject(git: RepoGit, sha: string): void {
    if (!git.commits.has(sha) && !git.tags.has(sha)) throw new ApiError(422, 'Object does not exist');
  }

  private tipSha(git: RepoGit, branch: string): string {
    const sha = git.refs.get(`refs/heads/${branch}`);
    // UNCONFIRMED: exact wording of GitHub's message for a missing branch.
    if (sha === undefined) throw new ApiError(404, `Branch ${branch} not found`);
    return sha;
  }

  private target(git: RepoGit, sha: string): RefTarget {
    return { sha, type: git.tags.has(sha) ? 'tag' : 'commit' };
  }

  private sign(identity: Identity = BOT_IDENTITY): Signature {
    return { name: identity.name, email: identity.email, date: isoSeconds(this.clock()) };
  }

  private blob(file: FileInput): FileBlob {
    const sha = this.blobShas.get(file.bytes) ?? objectSha('blob', file.bytes);
    this.blobShas.set(file.bytes, sha);
    return { sha, bytes: file.bytes, mode: file.mode ?? '100644' };
  }

  /** The tree object of a set of files, with every subtree and blob filed in the repository. */
  private register(git: RepoGit, files: Tree): GitTree {
    const tree = buildTree(files);
    if (git.trees.has(tree.sha)) return tree;
    git.trees.set(tree.sha, tree);
    for (const { entry } of walk(tree)) {
      if (entry.type === 'tree') git.trees.set(entry.sha, entry.tree);
      else git.blobs.set(entry.sha, entry.blob);
    }
    return tree;
  }

  private append(git: RepoGit, ref: string | null, parents: readonly string[], input: CommitInput): Commit {
    const tree: Tree = new Map([...input.tree].map(([path, file]) => [path, this.blob(file)]));
    const fields = {
      message: input.message,
      parents,
      tree,
      treeSha: this.register(git, tree).sha,
      author: this.sign(input.author ?? input.committer),
      committer: this.sign(input.committer),
    };
    const commit: Commit = { sha: objectSha('commit', commitBody(fields)), ...fields };
    git.commits.set(commit.sha, commit);
    if (ref !== null) git.refs.set(ref, commit.sha);
    return commit;
  }
}
