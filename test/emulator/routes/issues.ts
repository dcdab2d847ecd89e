import { optionalString, optionalStringList, requiredString, type JsonObject } from '../body.js';
import { commentJson, issueJson, viewOf } from '../builders/index.js';
import { json, validationFailed } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { IssueFields } from '../state/issues.js';
import { getIssueItem, listIssueItems } from './issue-items.js';
import { docs, intParam, repoName } from './links.js';
import { paginate } from './pagination.js';

const ISSUES = 'issues/issues';
const COMMENTS = 'issues/comments';

function oneOf<T extends string>(body: JsonObject, field: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(body, field);
  if (value !== undefined && !allowed.includes(value as T))
    throw validationFailed({ resource: 'Issue', code: 'invalid', field });
  return value as T | undefined;
}

function fieldsFrom(body: JsonObject): IssueFields {
  return {
    title: optionalString(body, 'title'),
    body: body.body === null ? null : optionalString(body, 'body'),
    state: oneOf(body, 'state', ['open', 'closed'] as const),
    stateReason: oneOf(body, 'state_reason', ['completed', 'not_planned', 'reopened'] as const),
    labels: optionalStringList(body, 'labels'),
    assignees: optionalStringList(body, 'assignees'),
  };
}

export function issueRoutes(state: EmulatorState): Route[] {
  const issuePath = '/repos/{owner}/{repo}/issues/{issue_number}';
  return [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues',
      permission: 'issues:write',
      docs: docs(ISSUES, 'create-an-issue'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const title = requiredString(ctx.body, 'title');
        const issue = state.issues.create(repo.fullName, { ...fieldsFrom(ctx.body), title });
        const body = issueJson(viewOf(ctx, state), repo, issue);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues',
      permission: 'issues:read',
      docs: docs(ISSUES, 'list-repository-issues'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const labels = ctx.query.get('labels')?.split(',').filter(Boolean);
        const issueState = (ctx.query.get('state') ?? 'open') as 'open' | 'closed' | 'all';
        const page = paginate(ctx, listIssueItems(state, repo.fullName, { state: issueState, labels }));
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((item) => issueJson(view, repo, item)),
          page.headers,
        );
      },
    },
    {
      method: 'GET',
      path: issuePath,
      permission: 'issues:read',
      docs: docs(ISSUES, 'get-an-issue'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        return json(
          200,
          issueJson(
            viewOf(ctx, state),
            repo,
            getIssueItem(state, repo.fullName, intParam(ctx, 'issue_number')),
          ),
        );
      },
    },
    {
      method: 'PATCH',
      path: issuePath,
      permission: 'issues:write',
      docs: docs(ISSUES, 'update-an-issue'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const issue = state.issues.update(repo.fullName, intParam(ctx, 'issue_number'), fieldsFrom(ctx.body));
        return json(200, issueJson(viewOf(ctx, state), repo, issue));
      },
    },
    {
      method: 'POST',
      path: `${issuePath}/comments`,
      permission: 'issues:write',
      docs: docs(COMMENTS, 'create-an-issue-comment'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const comment = state.issues.comment(
          repo.fullName,
          intParam(ctx, 'issue_number'),
          requiredString(ctx.body, 'body'),
        );
        const body = commentJson(viewOf(ctx, state), repo, comment);
        return json(201, body, { location: String(body.url) });
      },
    },
    {
      method: 'GET',
      path: `${issuePath}/comments`,
      permission: 'issues:read',
      docs: docs(COMMENTS, 'list-issue-comments'),
      handle(ctx) {
        const repo = state.repos.get(repoName(ctx));
        const page = paginate(ctx, state.issues.get(repo.fullName, intParam(ctx, 'issue_number')).comments);
        const view = viewOf(ctx, state);
        return json(
          200,
          page.items.map((comment) => commentJson(view, repo, comment)),
          page.headers,
        );
      },
    },
  ];
}
