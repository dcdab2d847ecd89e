import { nodeId } from '../ids.js';
import type { RequestContext } from '../router.js';
import type { Issue, IssueComment } from '../state/issues.js';
import type { Label } from '../state/labels.js';
import type { Repo } from '../state/repos.js';
import { repoApiUrl, repoHtmlUrl, timestamp, userJson } from './links.js';

export function labelJson(ctx: RequestContext, repo: Repo, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoApiUrl(ctx, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

export function issueJson(ctx: RequestContext, repo: Repo, issue: Issue): Record<string, unknown> {
  const url = `${repoApiUrl(ctx, repo)}/issues/${issue.number}`;
  return {
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    url,
    repository_url: repoApiUrl(ctx, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    html_url: `${repoHtmlUrl(repo)}/issues/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    user: userJson(ctx, issue.user),
    labels: issue.labels.map((label) => labelJson(ctx, repo, label)),
    assignee: issue.assignees[0] === undefined ? null : userJson(ctx, issue.assignees[0]),
    assignees: issue.assignees.map((login) => userJson(ctx, login)),
    comments: issue.comments.length,
    created_at: timestamp(issue.createdAt),
    updated_at: timestamp(issue.updatedAt),
    closed_at: timestamp(issue.closedAt),
    author_association: 'NONE',
  };
}

export function commentJson(ctx: RequestContext, repo: Repo, comment: IssueComment): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoApiUrl(ctx, repo)}/issues/comments/${comment.id}`,
    html_url: `${repoHtmlUrl(repo)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(ctx, repo)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(ctx, comment.user),
    created_at: timestamp(comment.createdAt),
    updated_at: timestamp(comment.updatedAt),
    author_association: 'NONE',
  };
}
