import { isPull, searchItemJson, viewOf, type IssueItem } from '../builders/index.js';
import { json, validationFailed } from '../http.js';
import type { Route } from '../router.js';
import type { EmulatorState } from '../state/index.js';
import type { Repo } from '../state/repos.js';
import { commentsOf, listIssueItems } from './issue-items.js';
import { docs } from './links.js';
import { paginate } from './pagination.js';

interface SearchQuery {
  repos: string[];
  /** Qualifier tests every result must pass (`is:`, `state:`, `label:`). */
  filters: ((item: IssueItem) => boolean)[];
  /** Words and quoted phrases, matched in title, body and comments. */
  terms: string[];
}

const unquote = (text: string): string => text.replace(/^"(.*)"$/, '$1');

/** A small part of GitHub's issue search syntax; unknown qualifiers are searched as text, as GitHub does. */
function parse(q: string): SearchQuery {
  const query: SearchQuery = { repos: [], filters: [], terms: [] };
  for (const [, key, value, text] of q.matchAll(/(\w+):("[^"]*"|\S+)|("[^"]*"|\S+)/g)) {
    const qualifier = `${key ?? ''}:${unquote(value ?? '').toLowerCase()}`;
    if (key === 'repo' && value) query.repos.push(unquote(value));
    else if (qualifier === 'is:issue' || qualifier === 'type:issue')
      query.filters.push((item) => !isPull(item));
    else if (qualifier === 'is:pr' || qualifier === 'type:pr') query.filters.push(isPull);
    else if (qualifier === 'is:open' || qualifier === 'state:open')
      query.filters.push((item) => item.state === 'open');
    else if (qualifier === 'is:closed' || qualifier === 'state:closed')
      query.filters.push((item) => item.state === 'closed');
    else if (key === 'label' && value) {
      const name = unquote(value).toLowerCase();
      query.filters.push((item) => item.labels.some((label) => label.name.toLowerCase() === name));
    } else query.terms.push(unquote(text ?? `${key}:${value}`).toLowerCase());
  }
  return query;
}

function matches(item: IssueItem, query: SearchQuery): boolean {
  const haystack = [item.title, item.body ?? '', ...commentsOf(item)].join('\n').toLowerCase();
  return query.filters.every((test) => test(item)) && query.terms.every((term) => haystack.includes(term));
}

function searchedRepos(state: EmulatorState, names: string[]): Repo[] {
  const all = state.repos.all();
  const found = names.map((name) => all.find((repo) => repo.fullName.toLowerCase() === name.toLowerCase()));
  if (found.some((repo) => repo === undefined)) {
    throw validationFailed({
      resource: 'Search',
      field: 'q',
      code: 'invalid',
      message:
        'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
    });
  }
  return (names.length > 0 ? (found as Repo[]) : all).filter((repo) => repo.hasIssues);
}

export function searchRoutes(state: EmulatorState): Route[] {
  return [
    {
      method: 'GET',
      path: '/search/issues',
      // UNCONFIRMED: GitHub filters results by what the token may see instead of refusing; requiring
      // issues:read is the stricter choice.
      permission: 'issues:read',
      docs: docs('search/search', 'search-issues-and-pull-requests'),
      handle(ctx) {
        const q = ctx.query.get('q') ?? '';
        if (q.trim() === '') throw validationFailed({ resource: 'Search', field: 'q', code: 'missing' });
        if (q.length > 256) {
          throw validationFailed({
            resource: 'Search',
            field: 'q',
            code: 'invalid',
            message: 'The search is longer than 256 characters.',
          });
        }
        const query = parse(q);
        const hits = searchedRepos(state, query.repos).flatMap((repo) =>
          listIssueItems(state, repo.fullName, { state: 'all' })
            .filter((item) => matches(item, query))
            .map((item) => ({ repo, item })),
        );
        const page = paginate(ctx, hits);
        const view = viewOf(ctx, state);
        const items = page.items.map(({ repo, item }) => searchItemJson(view, repo, item));
        return json(
          200,
          { total_count: hits.length, incomplete_results: false, search_type: 'lexical', items },
          page.headers,
        );
      },
    },
  ];
}
