import { DOCS_ROOT, notFound } from '../http.js';
import { nodeId } from '../ids.js';
import type { RequestContext } from '../router.js';
import { isoSeconds } from '../state/clock.js';
import type { Repo } from '../state/repos.js';

const HTML_ROOT = 'https://github.com';

export const docs = (page: string, anchor: string): string => `${DOCS_ROOT}/${page}#${anchor}`;

/** `owner/repo` from the path parameters. */
export const repoName = (ctx: RequestContext): string => `${ctx.param('owner')}/${ctx.param('repo')}`;

export const repoApiUrl = (ctx: RequestContext, repo: Repo): string => `${ctx.baseUrl}/repos/${repo.fullName}`;

export const repoHtmlUrl = (repo: Repo): string => `${HTML_ROOT}/${repo.fullName}`;

/** A numeric path parameter; anything else cannot name a resource, so it is 404. */
export function intParam(ctx: RequestContext, name: string): number {
  const text = ctx.param(name);
  if (!/^\d+$/.test(text)) throw notFound();
  return Number(text);
}

export const timestamp = (date: Date | null): string | null => (date === null ? null : isoSeconds(date));

export function userJson(ctx: RequestContext, login: string): Record<string, unknown> {
  return {
    login,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    url: `${ctx.baseUrl}/users/${encodeURIComponent(login)}`,
    html_url: `${HTML_ROOT}/${login}`,
  };
}

export function repoJson(ctx: RequestContext, repo: Repo): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: userJson(ctx, repo.owner),
    private: false,
    default_branch: repo.defaultBranch,
    html_url: repoHtmlUrl(repo),
    url: repoApiUrl(ctx, repo),
  };
}
