import { ApiError, notFound, validationFailed } from '../http.js';
import type { Sequence } from '../ids.js';
import { PASSING_CONCLUSIONS, type CheckStore } from './checks.js';
import type { Clock } from './clock.js';
import { BOT_IDENTITY, GITHUB_IDENTITY, type Commit } from './git-objects.js';
import type { GitStore } from './git.js';
import type { Label, LabelStore } from './labels.js';
import { mergeTrees } from './merge.js';
import { PerRepo } from './per-repo.js';
import type { ProtectionStore } from './protection.js';
import type { RepoStore } from './repos.js';

export interface PullRequest {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  /** Branch names in this repository (pull requests from forks are not emulated). */
  head: string;
  base: string;
  /** The branches' tips while the pull request is open; frozen when it closes. */
  headSha: string;
  baseSha: string;
  user: string;
  /** Pull requests are issues too: they carry labels and show in issue lists and search. */
  labels: Label[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  merged: boolean;
  mergedAt: Date | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
}

export interface NewPullRequest {
  title: string;
  /** `branch` or `owner:branch`. */
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  labels?: string[];
}

export interface PullFilter {
  state?: 'open' | 'closed' | 'all';
  /** `owner:branch`, as the list endpoint takes it. */
  head?: string;
  base?: string;
}

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** The body of `PUT pulls/{n}/merge`. */
export interface MergeRequest {
  /** The head the caller expects; another head is 409. */
  sha?: string;
  commitTitle?: string;
  commitMessage?: string;
  method?: MergeMethod;
}

export interface Merged {
  pull: PullRequest;
  commit: Commit;
  /** The base branch's tip before the merge. */
  before: string;
}

const notMergeable = (): ApiError => new ApiError(405, 'Pull Request is not mergeable');

const invalid = (field: string) => validationFailed({ resource: 'PullRequest', code: 'invalid', field });
const custom = (message: string) => validationFailed({ resource: 'PullRequest', code: 'custom', message });

function splitHead(head: string, defaultOwner: string): [owner: string, branch: string] {
  const colon = head.indexOf(':');
  return colon < 0 ? [defaultOwner, head] : [head.slice(0, colon), head.slice(colon + 1)];
}

export class PullStore {
  private readonly pulls: PerRepo<PullRequest[]>;

  constructor(
    private readonly repos: RepoStore,
    private readonly git: GitStore,
    private readonly labels: LabelStore,
    private readonly protection: ProtectionStore,
    private readonly checks: CheckStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {
    this.pulls = new PerRepo(repos, () => []);
  }

  create(repoName: string, input: NewPullRequest): PullRequest {
    const repo = this.repos.get(repoName);
    const [headOwner, head] = splitHead(input.head, repo.owner);
    const headSha = this.git.ref(repoName, `refs/heads/${head}`)?.sha;
    const baseSha = this.git.ref(repoName, `refs/heads/${input.base}`)?.sha;
    if (baseSha === undefined) throw invalid('base');
    if (headSha === undefined || headOwner.toLowerCase() !== repo.owner.toLowerCase()) throw invalid('head');
    // GitHub refuses a second open pull request for the same head and base.
    if (this.list(repoName).some((pull) => pull.head === head && pull.base === input.base)) {
      throw custom(`A pull request already exists for ${repo.owner}:${head}.`);
    }
    if (this.git.reachable(repoName, baseSha).has(headSha))
      throw custom(`No commits between ${input.base} and ${head}`);
    const now = this.clock();
    const pull: PullRequest = {
      id: this.ids.next(),
      number: this.repos.nextNumber(repo),
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      draft: input.draft ?? false,
      head,
      base: input.base,
      headSha,
      baseSha,
      user: BOT_IDENTITY.name,
      labels: this.labels.ensure(repoName, input.labels ?? []),
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
    };
    this.pulls.of(repoName).push(pull);
    return pull;
  }

  get(repoName: string, pullNumber: number): PullRequest {
    const pull = this.pulls.of(repoName).find((candidate) => candidate.number === pullNumber);
    if (!pull) throw notFound();
    return this.current(repoName, pull);
  }

  /** Matching pull requests, newest first. */
  list(repoName: string, filter: PullFilter = {}): PullRequest[] {
    const owner = this.repos.get(repoName).owner.toLowerCase();
    const state = filter.state ?? 'open';
    return this.pulls
      .of(repoName)
      .map((pull) => this.current(repoName, pull))
      .filter((pull) => state === 'all' || pull.state === state)
      .filter(
        (pull) =>
          filter.head === undefined || filter.head.toLowerCase() === `${owner}:${pull.head.toLowerCase()}`,
      )
      .filter((pull) => filter.base === undefined || filter.base === pull.base)
      .reverse();
  }

  close(repoName: string, pullNumber: number): PullRequest {
    const pull = this.get(repoName, pullNumber);
    pull.state = 'closed';
    pull.updatedAt = this.clock();
    pull.closedAt = pull.updatedAt;
    return pull;
  }

  /**
   * `PUT pulls/{n}/merge`: a merge (or squash) commit on the base branch whose tree is the three-way merge of
   * the base, the head and their merge base; the pull request is then merged and closed.
   */
  merge(repoName: string, pullNumber: number, request: MergeRequest = {}): Merged {
    const pull = this.get(repoName, pullNumber);
    if (pull.state !== 'open') throw notMergeable();
    if (request.sha !== undefined && request.sha !== pull.headSha)
      throw new ApiError(409, 'Head branch was modified. Review and try the merge again.');
    const method = request.method ?? 'merge';
    // UNCONFIRMED: rebase merges are not emulated; this is GitHub's answer where a repository disallows them.
    if (method === 'rebase') throw new ApiError(405, 'Rebase merges are not allowed on this repository.');
    this.requireChecks(repoName, pull);
    const base = this.git.tip(repoName, pull.base);
    const head = this.git.resolve(repoName, pull.headSha);
    const ancestor = head && this.git.mergeBase(repoName, base.sha, head.sha);
    const tree = head && mergeTrees(ancestor?.tree ?? new Map(), base.tree, head.tree);
    if (!head || !tree) throw notMergeable();
    const commit = this.git.commit(repoName, pull.base, {
      message: this.mergeMessage(repoName, pull, method, request),
      tree,
      parents: method === 'merge' ? [base.sha, head.sha] : [base.sha],
      author: BOT_IDENTITY,
      committer: GITHUB_IDENTITY,
    });
    const now = this.clock();
    Object.assign(pull, {
      state: 'closed',
      baseSha: base.sha,
      merged: true,
      mergedAt: now,
      mergeCommitSha: commit.sha,
      mergedBy: BOT_IDENTITY.name,
      updatedAt: now,
      closedAt: now,
    });
    return { pull, commit, before: base.sha };
  }

  /** An open pull request follows its branches. */
  private current(repoName: string, pull: PullRequest): PullRequest {
    if (pull.state !== 'open') return pull;
    pull.headSha = this.git.ref(repoName, `refs/heads/${pull.head}`)?.sha ?? pull.headSha;
    pull.baseSha = this.git.ref(repoName, `refs/heads/${pull.base}`)?.sha ?? pull.baseSha;
    return pull;
  }

  /**
   * A protected base takes the pull request only when each required check's latest run on the head passed:
   * 405 `Required status check "<name>" is expected.` (PennyDreadfulMTG/Penny-Dreadful-Tools#6226).
   */
  private requireChecks(repoName: string, pull: PullRequest): void {
    const required = this.protection.get(repoName, pull.base)?.requiredStatusChecks ?? [];
    const latest = new Map(this.checks.list(repoName, pull.headSha).map((run) => [run.name, run.conclusion]));
    const failing = required.find((name) => {
      const conclusion = latest.get(name);
      return conclusion !== undefined && !PASSING_CONCLUSIONS.includes(conclusion);
    });
    const missing = required.filter((name) => !latest.has(name));
    // UNCONFIRMED: the wording for a failing check and for several missing ones, taken from GitHub's push refusals.
    if (failing !== undefined) throw new ApiError(405, `Required status check "${failing}" is failing.`);
    if (missing.length === 1) throw new ApiError(405, `Required status check "${missing[0]}" is expected.`);
    if (missing.length > 1)
      throw new ApiError(405, `${missing.length} of ${required.length} required status checks are expected.`);
  }

  /** GitHub's default titles: `Merge pull request #n from owner/branch` with the title as body, or `<title> (#n)`. */
  private mergeMessage(
    repoName: string,
    pull: PullRequest,
    method: MergeMethod,
    request: MergeRequest,
  ): string {
    const title =
      request.commitTitle ??
      (method === 'merge'
        ? `Merge pull request #${pull.number} from ${this.repos.get(repoName).owner}/${pull.head}`
        : `${pull.title} (#${pull.number})`);
    const body = request.commitMessage ?? (method === 'merge' ? pull.title : '');
    return body === '' ? title : `${title}\n\n${body}`;
  }
}
