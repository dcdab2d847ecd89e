import type { Headers } from '../http.js';
import type { RequestContext } from '../router.js';

export interface Page<T> {
  items: T[];
  headers: Headers;
}

/** GitHub's `per_page`: 30 by default, at most 100. */
export const perPage = (ctx: RequestContext): number =>
  Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));

/** One `link` entry: this request's URL with some query parameters replaced (or, given null, removed). */
export function pageLink(ctx: RequestContext, replace: Record<string, string | null>, rel: string): string {
  const query = new URLSearchParams(ctx.query);
  for (const [name, value] of Object.entries(replace)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  return `<${ctx.baseUrl}${ctx.path}?${query.toString()}>; rel="${rel}"`;
}

export const linkHeader = (links: readonly string[]): Headers =>
  links.length > 0 ? { link: links.join(', ') } : {};

/** GitHub's `per_page` and `page` parameters, with a `link` header. */
export function paginate<T>(ctx: RequestContext, all: readonly T[]): Page<T> {
  const size = perPage(ctx);
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / size));
  const items = all.slice((page - 1) * size, page * size);
  const link = (target: number, rel: string): string =>
    pageLink(ctx, { per_page: String(size), page: String(target) }, rel);
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items, headers: linkHeader(links) };
}
