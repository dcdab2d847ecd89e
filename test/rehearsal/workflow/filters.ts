import type { Workflow } from './load.js';

/**
 * A GitHub filter pattern as a regular expression: `*` any characters but `/`, `**` any characters (followed by
 * a slash, also no directory at all), `?` zero or one of the preceding character, `+` one or more of it, `[…]` a
 * character class.
 */
export function filterRegex(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (char === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index++;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?' || char === '+') source += char;
    else if (char === '[') {
      const end = pattern.indexOf(']', index);
      source += pattern.slice(index, end + 1);
      index = end;
    } else source += char.replace(/[.^$|(){}\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The patterns in order, a later one (`!` excludes) overriding an earlier one, as GitHub evaluates them. */
export function matchesFilter(value: string, patterns: readonly string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (filterRegex(negated ? pattern.slice(1) : pattern).test(value)) matched = !negated;
  }
  return matched;
}

/** What happened, as the filters of an `on:` trigger see it. */
export type Trigger =
  | { readonly event: 'push'; readonly ref: string; readonly changedPaths: () => readonly string[] }
  | {
      readonly event: 'pull_request';
      readonly action: string;
      readonly baseRef: string;
      readonly changedPaths: () => readonly string[];
    }
  | { readonly event: 'workflow_dispatch' }
  | {
      readonly event: 'workflow_run';
      readonly action: string;
      readonly workflowName: string;
      readonly branch: string;
    }
  | { readonly event: 'schedule' };

interface RefFilters {
  branches?: string[];
  'branches-ignore'?: string[];
  tags?: string[];
  'tags-ignore'?: string[];
}

interface PathFilters {
  paths?: string[];
  'paths-ignore'?: string[];
}

const PULL_REQUEST_DEFAULT_TYPES = ['opened', 'synchronize', 'reopened'];
const WORKFLOW_RUN_DEFAULT_TYPES = ['requested', 'in_progress', 'completed'];

/** Whether the workflow's `on:` starts a run for the trigger. */
export function triggers(workflow: Workflow, trigger: Trigger): boolean {
  const events = workflow.template.events;
  const config = events[trigger.event];
  if (config === undefined) return false;
  switch (trigger.event) {
    case 'push':
      return pushMatches(config as RefFilters & PathFilters, trigger.ref, trigger.changedPaths);
    case 'pull_request': {
      const filters = config as RefFilters & PathFilters & { types?: string[] };
      return (
        (filters.types ?? PULL_REQUEST_DEFAULT_TYPES).includes(trigger.action) &&
        refMatches(trigger.baseRef, filters.branches, filters['branches-ignore']) &&
        pathsMatch(filters, trigger.changedPaths)
      );
    }
    case 'workflow_run': {
      const filters = config as RefFilters & { workflows?: string[]; types?: string[] };
      return (
        (filters.workflows ?? []).includes(trigger.workflowName) &&
        (filters.types ?? WORKFLOW_RUN_DEFAULT_TYPES).includes(trigger.action) &&
        refMatches(trigger.branch, filters.branches, filters['branches-ignore'])
      );
    }
    default:
      return true;
  }
}

/**
 * `branches` alone leaves tags out and `tags` alone leaves branches out; `paths` are not evaluated for tags.
 */
function pushMatches(filters: RefFilters & PathFilters, ref: string, changedPaths: () => readonly string[]) {
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  const hasBranchFilter = filters.branches !== undefined || filters['branches-ignore'] !== undefined;
  const hasTagFilter = filters.tags !== undefined || filters['tags-ignore'] !== undefined;
  if (tag !== undefined)
    return hasTagFilter ? refMatches(tag, filters.tags, filters['tags-ignore']) : !hasBranchFilter;
  if (branch === undefined) return false;
  if (!hasBranchFilter && hasTagFilter) return false;
  return (
    refMatches(branch, filters.branches, filters['branches-ignore']) && pathsMatch(filters, changedPaths)
  );
}

function refMatches(name: string, include: string[] | undefined, ignore: string[] | undefined): boolean {
  if (include !== undefined) return matchesFilter(name, include);
  if (ignore !== undefined) return !matchesFilter(name, ignore);
  return true;
}

function pathsMatch(filters: PathFilters, changedPaths: () => readonly string[]): boolean {
  if (filters.paths !== undefined) return changedPaths().some((path) => matchesFilter(path, filters.paths!));
  const ignore = filters['paths-ignore'];
  if (ignore !== undefined) return changedPaths().some((path) => !matchesFilter(path, ignore));
  return true;
}
