import { notFound, validationFailed } from '../http.js';
import type { Sequence } from '../ids.js';
import type { Clock } from './clock.js';
import { BOT_IDENTITY } from './git-objects.js';
import type { GitStore } from './git.js';
import type { Label, LabelStore } from './labels.js';
import { PerRepo } from './per-repo.js';
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
  headSha: string;
  baseSha: string;
  user: string;
  /** Pull requests are issues too: they carry labels and show in issue lists and search. */
  labels: Label[];
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
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
    };
    this.pulls.of(repoName).push(pull);
    return pull;
  }

  get(repoName: string, pullNumber: number): PullRequest {
    const pull = this.pulls.of(repoName).find((candidate) => candidate.number === pullNumber);
    if (!pull) throw notFound();
    return pull;
  }

  /** Matching pull requests, newest first. */
  list(repoName: string, filter: PullFilter = {}): PullRequest[] {
    const owner = this.repos.get(repoName).owner.toLowerCase();
    const state = filter.state ?? 'open';
    return this.pulls
      .of(repoName)
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
}
