import { ApiError, notFound } from '../http.js';
import type { Sequence } from '../ids.js';
import type { Clock } from './clock.js';
import { BOT_IDENTITY } from './git-objects.js';
import type { Label, LabelStore } from './labels.js';
import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: Label[];
  assignees: string[];
  user: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  comments: IssueComment[];
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface IssueFields {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  labels?: string[];
  assignees?: string[];
}

export interface IssueFilter {
  state?: 'open' | 'closed' | 'all';
  /** Every one of these labels must be on the issue. */
  labels?: readonly string[];
}

/** Issues and their comments; all writes are made by the Actions bot. */
export class IssueStore {
  private readonly issues: PerRepo<Issue[]>;

  constructor(
    private readonly repos: RepoStore,
    private readonly labels: LabelStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {
    this.issues = new PerRepo(repos, () => []);
  }

  create(repoName: string, fields: IssueFields & { title: string }): Issue {
    const issues = this.of(repoName);
    const now = this.clock();
    const issue: Issue = {
      id: this.ids.next(),
      number: this.repos.nextNumber(this.repos.get(repoName)),
      title: fields.title,
      body: fields.body ?? null,
      state: 'open',
      stateReason: null,
      labels: this.labels.ensure(repoName, fields.labels ?? []),
      assignees: fields.assignees ?? [],
      user: BOT_IDENTITY.name,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      comments: [],
    };
    issues.push(issue);
    return issue;
  }

  get(repoName: string, issueNumber: number): Issue {
    const issue = this.of(repoName).find((candidate) => candidate.number === issueNumber);
    if (!issue) throw notFound();
    return issue;
  }

  /** Matching issues, newest first. */
  list(repoName: string, filter: IssueFilter = {}): Issue[] {
    const state = filter.state ?? 'open';
    const wanted = (filter.labels ?? []).map((name) => name.toLowerCase());
    return this.of(repoName)
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) =>
        wanted.every((name) => issue.labels.some((label) => label.name.toLowerCase() === name)),
      )
      .reverse();
  }

  update(repoName: string, issueNumber: number, fields: IssueFields): Issue {
    const issue = this.get(repoName, issueNumber);
    const now = this.clock();
    if (fields.state && fields.state !== issue.state) {
      issue.closedAt = fields.state === 'closed' ? now : null;
      issue.stateReason = fields.stateReason ?? (fields.state === 'closed' ? 'completed' : 'reopened');
      issue.state = fields.state;
    }
    if (fields.title !== undefined) issue.title = fields.title;
    if (fields.body !== undefined) issue.body = fields.body;
    if (fields.labels) issue.labels = this.labels.ensure(repoName, fields.labels);
    if (fields.assignees) issue.assignees = fields.assignees;
    issue.updatedAt = now;
    return issue;
  }

  addLabels(repoName: string, issueNumber: number, names: readonly string[]): Label[] {
    const issue = this.get(repoName, issueNumber);
    const added = this.labels.ensure(repoName, names).filter((label) => !issue.labels.includes(label));
    issue.labels.push(...added);
    return issue.labels;
  }

  comment(repoName: string, issueNumber: number, body: string): IssueComment {
    const issue = this.get(repoName, issueNumber);
    const now = this.clock();
    const comment = {
      id: this.ids.next(),
      issueNumber,
      body,
      user: BOT_IDENTITY.name,
      createdAt: now,
      updatedAt: now,
    };
    issue.comments.push(comment);
    issue.updatedAt = now;
    return comment;
  }

  private of(repoName: string): Issue[] {
    if (!this.repos.get(repoName).hasIssues) throw new ApiError(410, 'Issues are disabled for this repo');
    return this.issues.of(repoName);
  }
}
