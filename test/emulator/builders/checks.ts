import { nodeId } from '../ids.js';
import type { CheckRun } from '../state/checks.js';
import type { Repo } from '../state/repos.js';
import { userJson } from './users.js';
import { HTML_ROOT, repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

/** The GitHub Actions app, which owns the check runs of workflow jobs. */
function actionsAppJson(view: View): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: nodeId('App', 15368),
    owner: { ...userJson(view, 'github'), type: 'Organization' },
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${HTML_ROOT}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { actions: 'write', checks: 'write', contents: 'write', metadata: 'read' },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_dispatch'],
  };
}

/** check-run: a completed job's check run; the emulator keeps no output or annotations. */
export function checkRunJson(view: View, repo: Repo, run: CheckRun): Record<string, unknown> {
  const url = `${repoApiUrl(view, repo)}/check-runs/${run.id}`;
  const html = `${repoHtmlUrl(repo)}/runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: '',
    url,
    html_url: html,
    details_url: html,
    status: 'completed',
    conclusion: run.conclusion,
    started_at: timestamp(run.completedAt),
    completed_at: timestamp(run.completedAt),
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: actionsAppJson(view),
    pull_requests: [],
  };
}
