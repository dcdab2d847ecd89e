import * as core from '@actions/core';
import { Octokit } from '@octokit/rest';
import { actionKpiSink } from '../kpi.js';
import { GitHubContentsStore } from '../../adapters/manifest/index.js';
import { runbookUrl, setRunbookOrigin } from '../../core/errors/index.js';
import { failWithSummary } from '../summary/failure.js';
import { notifyFailure } from '../../commands/notify/index.js';
import { readNotifyInputs } from './inputs.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { writeSummary } from '../summary/write.js';
import { renderNotifySummary } from './summary.js';

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
      new GitHubContentsStore(new Octokit({ auth: inputs.githubToken, baseUrl }), {
        ...repository,
        ...inputs.manifest,
      });
    const kpi = await actionKpiSink();
    const result = await notifyFailure(inputs.request, {
      issues: { octokit: new Octokit({ auth: inputs.issueToken, baseUrl }), repository },
      store,
      kpi: kpi.sink,
      now: () => now,
      log: (event, fields = {}) =>
        core.info([event, ...Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`)].join(' ')),
    });
    core.setOutput('route', result.route ?? '');
    core.setOutput('issue-number', result.issueNumber === null ? '' : String(result.issueNumber));
    core.setOutput('slack-delivered', result.slackDelivered === null ? '' : String(result.slackDelivered));
    core.setOutput('kpi-spool', kpi.spool);
    core.info(result.why);
    await writeSummary(renderNotifySummary(inputs.request, result));
    if (!result.delivered)
      core.setFailed(`notify_failed: ${result.why} (runbook: ${runbookUrl('notify_failed')})`);
  } catch (error) {
    await failWithSummary('❌ Notification failed', error, 'notify_failed');
  }
}
