import { DOCS_ROOT, notFound } from '../http.js';
import type { RequestContext } from '../router.js';

export const docs = (page: string, anchor: string): string => `${DOCS_ROOT}/${page}#${anchor}`;

/** `owner/repo` from the path parameters. */
export const repoName = (ctx: RequestContext): string => `${ctx.param('owner')}/${ctx.param('repo')}`;

/** A numeric path parameter; anything else cannot name a resource, so it is 404. */
export function intParam(ctx: RequestContext, name: string): number {
  const text = ctx.param(name);
  if (!/^\d+$/.test(text)) throw notFound();
  return Number(text);
}
