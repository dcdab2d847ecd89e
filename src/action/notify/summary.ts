import { FAILURE_CATALOG } from '../../core/errors/index.js';
import type { NotifyRequest, NotifyResult } from '../../commands/notify/index.js';
import { code, link, shown, table } from '../summary/markdown.js';

const ROUTE = { slack: 'Slack', issue: 'a GitHub issue', summary: 'the ops summary channel' } as const;

/** Which route delivered the announcement, and what each route did. */
export function renderNotifySummary(request: NotifyRequest, result: NotifyResult): string {
  return [
    `## ${notifyTitle(result)}`,
    `**Tag** ${code(request.tag)} · **Run** ${link(request.runUrl, `${request.runId} #${request.runAttempt}`)} · **Failure** \`${request.failureReason}\``,
    `> **${request.failureReason}**: ${shown(FAILURE_CATALOG[request.failureReason].meaning)} ${link(request.runbookUrl, `Runbook: ${request.failureReason}`)}`,
    table(
      ['route', 'result'],
      [
        ['Slack', slackOutcome(request, result)],
        ['GitHub issue', issueOutcome(result)],
        ['ops summary channel', summaryOutcome(request, result)],
      ],
    ),
    shown(result.why),
  ]
    .join('\n\n')
    .concat('\n');
}

function notifyTitle(result: NotifyResult): string {
  if (!result.delivered) return '❌ The failure was not announced: notify_failed';
  if (result.route === null) return 'ℹ️ Another notifier announces this failure';
  const issue = result.route === 'issue' && result.issueNumber !== null ? ` #${result.issueNumber}` : '';
  return `📣 Failure announced through ${ROUTE[result.route]}${issue}`;
}

const SLACK_OUTCOME = {
  delivered: '✅ delivered',
  refused: '❌ not delivered',
  unknown: '⚠️ answer lost: maybe delivered, not sent again',
} as const;

function slackOutcome(request: NotifyRequest, result: NotifyResult): string {
  if (result.slackOutcome === null) return request.slack ? 'not tried' : 'not configured';
  return SLACK_OUTCOME[result.slackOutcome];
}

function issueOutcome(result: NotifyResult): string {
  if (result.issueNumber !== null) return `#${result.issueNumber}`;
  return result.route === 'slack' ? 'not needed' : '—';
}

function summaryOutcome(request: NotifyRequest, result: NotifyResult): string {
  if (result.route === 'summary') return '✅ posted';
  return request.summary ? 'not needed' : 'not configured';
}
