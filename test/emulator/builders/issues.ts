import { nodeId } from '../ids.js';
import type { Issue, IssueComment } from '../state/issues.js';
import type { Label } from '../state/labels.js';
import type { PullRequest } from '../state/pulls.js';
import type { Repo } from '../state/repos.js';
import { userJson } from './users.js';
import { repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

/** What the issues API lists: issues, and pull requests, which GitHub treats as issues too. */
export type IssueItem = Issue | PullRequest;

export const isPull = (item: IssueItem): item is PullRequest => 'head' in item;

export function labelJson(view: View, repo: Repo, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoApiUrl(view, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

const reactions = (url: string) => ({
  url: `${url}/reactions`,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});

/** A pull request seen through the issues API carries `pull_request`, by which clients tell the two apart. */
function pullRequestLinks(view: View, repo: Repo, pull: PullRequest): Record<string, unknown> {
  const html = `${repoHtmlUrl(repo)}/pull/${pull.number}`;
  return {
    pull_request: {
      url: `${repoApiUrl(view, repo)}/pulls/${pull.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: timestamp(pull.mergedAt),
    },
    draft: pull.draft,
  };
}

export function issueJson(view: View, repo: Repo, item: IssueItem): Record<string, unknown> {
  const url = `${repoApiUrl(view, repo)}/issues/${item.number}`;
  const assignees = isPull(item) ? [] : item.assignees;
  return {
    id: item.id,
    node_id: nodeId(isPull(item) ? 'PullRequest' : 'Issue', item.id),
    url,
    repository_url: repoApiUrl(view, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoHtmlUrl(repo)}/${isPull(item) ? 'pull' : 'issues'}/${item.number}`,
    number: item.number,
    state: item.state,
    state_reason: isPull(item) ? null : item.stateReason,
    title: item.title,
    body: item.body,
    user: userJson(view, item.user),
    labels: item.labels.map((label) => labelJson(view, repo, label)),
    assignee: assignees[0] === undefined ? null : userJson(view, assignees[0]),
    assignees: assignees.map((login) => userJson(view, login)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: isPull(item) ? 0 : item.comments.length,
    created_at: timestamp(item.createdAt),
    updated_at: timestamp(item.updatedAt),
    closed_at: timestamp(item.closedAt),
    author_association: 'NONE',
    ...(isPull(item) && pullRequestLinks(view, repo, item)),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    reactions: reactions(url),
  };
}

/** issue-search-result-item: the issue with a score; the description types `body` as a string, so a missing body is left out. */
export function searchItemJson(view: View, repo: Repo, item: IssueItem): Record<string, unknown> {
  const { body, ...rest } = issueJson(view, repo, item);
  return { ...rest, ...(body !== null && { body }), score: 1 };
}

export function commentJson(view: View, repo: Repo, comment: IssueComment): Record<string, unknown> {
  const url = `${repoApiUrl(view, repo)}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${repoHtmlUrl(repo)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(view, repo)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(view, comment.user),
    created_at: timestamp(comment.createdAt),
    updated_at: timestamp(comment.updatedAt),
    author_association: 'NONE',
    performed_via_github_app: null,
    reactions: reactions(url),
  };
}
