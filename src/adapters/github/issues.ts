import type { GitHubApi } from './repository.js';
import { statusOf } from './status.js';
import { withGitHubRetries, withReadBack } from './retry.js';

export type IssueApi = GitHubApi;

const LABEL_COLORS: Record<string, string> = {
  'ops-alert': 'b60205',
  'provenance-failure': 'd93f0b',
  'security-backcompat': '5319e7',
};

/** Creates the labels that are missing; an existing label (422 already_exists) is fine. */
export async function ensureLabels(
  { octokit, repository, timing }: IssueApi,
  labels: readonly string[],
): Promise<void> {
  for (const name of labels) {
    try {
      await withGitHubRetries(
        () => octokit.rest.issues.createLabel({ ...repository, name, color: LABEL_COLORS[name] ?? 'ededed' }),
        timing,
      );
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
    }
  }
}

/**
 * The open failure issue whose body carries the marker — the first opened, when a race opened two — among the
 * labelled open issues. The issues API lists pull requests too (they carry `pull_request`); a pull request
 * quoting the marker is not the issue.
 */
export async function findIssueByMarker(
  api: IssueApi,
  label: string,
  marker: string,
): Promise<number | null> {
  const found = await markedIssues(api, label, marker);
  return found.length > 0 ? Math.min(...found) : null;
}

async function markedIssues({ octokit, repository, timing }: IssueApi, label: string, marker: string) {
  const issues = await firstPages(
    (page) =>
      octokit.rest.issues.listForRepo({ ...repository, state: 'open', labels: label, per_page: 100, page }),
    timing,
  );
  return issues.filter((i) => !i.pull_request && i.body?.includes(marker)).map((i) => i.number);
}

/** The first five pages of 100 of a listing, each page one call under the retry policy. */
async function firstPages<T>(
  list: (page: number) => Promise<{ data: T[] }>,
  timing: IssueApi['timing'],
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= 5; page++) {
    const { data } = await withGitHubRetries(() => list(page), timing);
    items.push(...data);
    if (data.length < 100) break;
  }
  return items;
}

/**
 * Opens the issue once: its body carries `found.marker`, so an issue that is already open — opened by an
 * earlier attempt whose record was lost, or by a try whose answer was lost — is found under `found.label`
 * before another is opened. Two notifiers racing past that search (one whose claim expired while it worked)
 * can still open two: the later one is then closed as a duplicate of the first, and the first is the answer.
 */
export async function openIssue(
  api: IssueApi,
  content: { title: string; body: string; labels: readonly string[] },
  found: { label: string; marker: string },
): Promise<number> {
  const { octokit, repository, timing } = api;
  const open = await findIssueByMarker(api, found.label, found.marker);
  if (open !== null) return open;
  const opened = await withReadBack(
    async () => {
      const { data } = await octokit.rest.issues.create({
        ...repository,
        title: content.title,
        body: content.body,
        labels: [...content.labels],
      });
      return data.number;
    },
    () => findIssueByMarker(api, found.label, found.marker),
    timing,
  );
  const first = (await findIssueByMarker(api, found.label, found.marker)) ?? opened;
  if (first !== opened) await closeAsDuplicate(api, opened, first);
  return first;
}

async function closeAsDuplicate(api: IssueApi, issue: number, of: number) {
  const { octokit, repository, timing } = api;
  const note = `Duplicate of #${of}.`;
  await commentOnIssue(api, issue, note, note);
  await withGitHubRetries(
    () =>
      octokit.rest.issues.update({
        ...repository,
        issue_number: issue,
        state: 'closed',
        state_reason: 'not_planned',
      }),
    timing,
  );
}

/**
 * Comments once when the body carries `marker`: a comment whose creation landed while the answer was lost is
 * found among the issue's comments before another is posted. Without a marker, nothing can be read back.
 */
export async function commentOnIssue(
  api: IssueApi,
  issueNumber: number,
  body: string,
  marker: string | null = null,
): Promise<void> {
  const { octokit, repository, timing } = api;
  await withReadBack(
    async () => {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
      return true;
    },
    async () => (marker !== null && (await hasComment(api, issueNumber, marker)) ? true : null),
    timing,
  );
}

async function hasComment({ octokit, repository, timing }: IssueApi, issue: number, marker: string) {
  const comments = await firstPages(
    (page) => octokit.rest.issues.listComments({ ...repository, issue_number: issue, per_page: 100, page }),
    timing,
  );
  return comments.some((comment) => comment.body?.includes(marker));
}
