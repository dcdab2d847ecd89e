import { isPull, type IssueItem } from '../builders/index.js';
import type { EmulatorState } from '../state/index.js';
import type { IssueFilter } from '../state/issues.js';

/** Issues and pull requests of a repository, newest first, as the issues API lists them. */
export function listIssueItems(
  state: EmulatorState,
  repoName: string,
  filter: IssueFilter = {},
): IssueItem[] {
  const wanted = (filter.labels ?? []).map((name) => name.toLowerCase());
  const pulls = state.pulls
    .list(repoName, { state: filter.state ?? 'open' })
    .filter((pull) => wanted.every((name) => pull.labels.some((label) => label.name.toLowerCase() === name)));
  return [...state.issues.list(repoName, filter), ...pulls].sort((a, b) => b.number - a.number);
}

/** An issue by number; a pull request's number answers the pull request, as an issue. */
export function getIssueItem(state: EmulatorState, repoName: string, issueNumber: number): IssueItem {
  return (
    state.pulls.list(repoName, { state: 'all' }).find((pull) => pull.number === issueNumber) ??
    state.issues.get(repoName, issueNumber)
  );
}

export const commentsOf = (item: IssueItem): string[] =>
  isPull(item) ? [] : item.comments.map((comment) => comment.body);
