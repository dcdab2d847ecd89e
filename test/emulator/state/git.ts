import { ApiError } from '../http.js';
import { Sequence, syntheticSha } from '../ids.js';
import { isoSeconds, type Clock } from './clock.js';
import {
  BOT_IDENTITY,
  type AnnotatedTag,
  type Commit,
  type CommitInput,
  type Identity,
  type RefTarget,
  type Signature,
  type Tree,
} from './git-objects.js';
import { PerRepo } from './per-repo.js';
import type { Repo, RepoStore } from './repos.js';

interface RepoGit {
  repo: Repo;
  refs: Map<string, string>;
  commits: Map<string, Commit>;
  tags: Map<string, AnnotatedTag>;
  /** Trees by the sha the git commits API reports for them. */
  trees: Map<string, Tree>;
}

export interface TagOptions {
  /** Commit to tag; the default branch tip when absent. */
  sha?: string;
  /** Makes the tag annotated. */
  message?: string;
  tagger?: Identity;
}

/** Commits, branches, tags and annotated tag objects of every repository. */
export class GitStore {
  private readonly seq = new Sequence();
  private readonly git: PerRepo<RepoGit>;

  /** Each repository starts with an empty root commit on its default branch. */
  constructor(
    repos: RepoStore,
    private readonly clock: Clock,
  ) {
    this.git = new PerRepo(repos, (repo) => {
      const git: RepoGit = { repo, refs: new Map(), commits: new Map(), tags: new Map(), trees: new Map() };
      this.append(git, `refs/heads/${repo.defaultBranch}`, [], {
        message: 'Initial commit',
        tree: new Map(),
      });
      return git;
    });
  }

  /** Appends a commit to an existing branch; 404 when the branch is absent. */
  commit(repoName: string, branch: string, input: CommitInput): Commit {
    const git = this.git.of(repoName);
    return this.append(git, `refs/heads/${branch}`, [this.tipSha(git, branch)], input);
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
    if (!git.commits.has(sha) && !git.tags.has(sha)) throw new ApiError(422, 'Object does not exist');
    git.refs.set(ref, sha);
    return this.target(git, sha);
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
    const tagObject: AnnotatedTag = {
      sha: syntheticSha('tag', tag, commitSha, this.seq.next()),
      tag,
      message: options.message,
      objectSha: commitSha,
      tagger: this.sign(options.tagger),
    };
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

  /** The sha the git API reports for a commit's tree; a new commit may name it. */
  treeSha(repoName: string, commit: Commit): string {
    const sha = syntheticSha('tree', commit.sha);
    this.git.of(repoName).trees.set(sha, commit.tree);
    return sha;
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
    return this.append(git, null, [...input.parents], { message: input.message, tree });
  }

  /** The commit and all its ancestors. */
  reachable(repoName: string, sha: string): Set<string> {
    const git = this.git.of(repoName);
    const seen = new Set<string>();
    for (const pending = [sha]; pending.length > 0;) {
      const next = pending.pop() as string;
      const commit = git.commits.get(next);
      if (!commit || seen.has(next)) continue;
      seen.add(next);
      pending.push(...commit.parents);
    }
    return seen;
  }

  tag(repoName: string, sha: string): AnnotatedTag | undefined {
    return this.git.of(repoName).tags.get(sha);
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

  private append(git: RepoGit, ref: string | null, parents: string[], input: CommitInput): Commit {
    const commit: Commit = {
      sha: syntheticSha('commit', ...parents, input.message, this.seq.next()),
      message: input.message,
      parents,
      tree: input.tree,
      author: this.sign(input.author ?? input.committer),
      committer: this.sign(input.committer),
    };
    git.commits.set(commit.sha, commit);
    if (ref !== null) git.refs.set(ref, commit.sha);
    return commit;
  }
}
