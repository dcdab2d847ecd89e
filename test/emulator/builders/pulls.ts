import { nodeId } from '../ids.js';
import type { PullRequest } from '../state/pulls.js';
import type { Repo } from '../state/repos.js';
import { labelJson } from './issues.js';
import { repoJson } from './repos.js';
import { userJson } from './users.js';
import { repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

const lines = (bytes: Buffer | undefined): string[] =>
  bytes
    ? bytes
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
    : [];

/** Lines only on one side, counted as a multiset: not git's diff, but the same totals for appends and rewrites. */
function lineChanges(before: string[], after: string[]): { additions: number; deletions: number } {
  const remaining = new Map<string, number>();
  for (const line of before) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of after) {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else additions += 1;
  }
  return { additions, deletions: [...remaining.values()].reduce((sum, left) => sum + left, 0) };
}

/** What the head adds to the base: commits, files and lines. */
function changes(view: View, repo: Repo, pull: PullRequest) {
  const git = view.state.git;
  const base = git.reachable(repo.fullName, pull.baseSha);
  const commits = [...git.reachable(repo.fullName, pull.headSha)].filter((sha) => !base.has(sha)).length;
  const baseTree = git.resolve(repo.fullName, pull.baseSha)?.tree ?? new Map();
  const headTree = git.resolve(repo.fullName, pull.headSha)?.tree ?? new Map();
  const changed = [...new Set([...baseTree.keys(), ...headTree.keys()])].filter(
    (path) => baseTree.get(path)?.sha !== headTree.get(path)?.sha,
  );
  const totals = changed
    .map((path) => lineChanges(lines(baseTree.get(path)?.bytes), lines(headTree.get(path)?.bytes)))
    .reduce(
      (sum, next) => ({
        additions: sum.additions + next.additions,
        deletions: sum.deletions + next.deletions,
      }),
      { additions: 0, deletions: 0 },
    );
  return { commits, changed_files: changed.length, ...totals };
}

/** pull-request-simple: what the list answers. */
export function pullSimpleJson(view: View, repo: Repo, pull: PullRequest): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  const url = `${api}/pulls/${pull.number}`;
  const html = `${repoHtmlUrl(repo)}/pull/${pull.number}`;
  const issueUrl = `${api}/issues/${pull.number}`;
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(view, repo.owner),
    repo: repoJson(view, repo),
  });
  const link = (href: string) => ({ href });
  return {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(view, pull.user),
    body: pull.body,
    labels: pull.labels.map((label) => labelJson(view, repo, label)),
    milestone: null,
    active_lock_reason: null,
    created_at: timestamp(pull.createdAt),
    updated_at: timestamp(pull.updatedAt),
    closed_at: timestamp(pull.closedAt),
    merged_at: timestamp(pull.mergedAt),
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head, pull.headSha),
    base: branch(pull.base, pull.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issueUrl),
      comments: link(`${issueUrl}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: pull.draft,
  };
}

/** pull-request: one pull request, with its merge state and what it changes. */
export function pullJson(view: View, repo: Repo, pull: PullRequest): Record<string, unknown> {
  return {
    ...pullSimpleJson(view, repo, pull),
    merged: pull.merged,
    // GitHub computes mergeability in the background and answers null until it knows.
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: pull.mergedBy === null ? null : userJson(view, pull.mergedBy),
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    ...changes(view, repo, pull),
  };
}
