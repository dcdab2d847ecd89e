import * as core from '@actions/core';
import { actionKpiSink } from '../kpi.js';
import { githubClient } from '../../adapters/github/index.js';
import { GitHubContentsStore } from '../../adapters/manifest/index.js';
import { runbookUrl, setRunbookOrigin } from '../../core/errors/index.js';
import { failWithSummary } from '../summary/failure.js';
import { notifyFailure } from '../../commands/notify/index.js';
import { readNotifyInputs } from './inputs.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { writeSummary } from '../summary/write.js';
import { renderNotifySummary } from './summary.js';

/** The `slack-delivered` output: `unknown` when the post left and its answer was lost (maybe delivered). */
const SLACK_DELIVERED = { delivered: 'true', refused: 'false', unknown: 'unknown', none: '' } as const;

/**
 * notify-on-failure: announce a rejected release once — Slack, else an issue, else the ops summary channel.
 */
export async function run(now = new Date()): Promise<void> {
  try {
    setRunbookOrigin(actionRunbookOrigin());
    const inputs = readNotifyInputs();
    const baseUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const { repository } = inputs.request;
    const store =
      inputs.manifest &&
      new GitHubContentsStore(githubClient({ token: inputs.githubToken, baseUrl }), {
        ...repository,
        ...inputs.manifest,
      });
    const kpi = await actionKpiSink();
    const result = await notifyFailure(inputs.request, {
      issues: { octokit: githubClient({ token: inputs.issueToken, baseUrl }), repository },
      store,
      kpi: kpi.sink,
      now: () => now,
      log: (event, fields = {}) =>
        core.info([event, ...Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`)].join(' ')),
    });
    core.setOutput('route', result.route ?? '');
    core.setOutput('issue-number', result.issueNumber === null ? '' : String(result.issueNumber));
    core.setOutput('slack-delivered', SLACK_DELIVERED[result.slackOutcome ?? 'none']);
    core.setOutput('kpi-spool', kpi.spool);
    core.info(result.why);
    await writeSummary(renderNotifySummary(inputs.request, result));
    if (!result.delivered)
      core.setFailed(`notify_failed: ${result.why} (runbook: ${runbookUrl('notify_failed')})`);
  } catch (error) {
    await failWithSummary('❌ Notification failed', error, 'notify_failed');
  }
}
