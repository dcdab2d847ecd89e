import { FAILURE_CATALOG } from '../../core/errors/index.js';
import type { NotifyRequest, NotifyResult } from '../../commands/notify/index.js';
import { code, link, shown, table } from '../summary/markdown.js';

const ROUTE = { slack: 'Slack', issue: 'a GitHub issue', summary: 'the ops summary channel' } as const;

/** Which route delivered the announcement, and what each route did. */
export function renderNotifySummary(request: NotifyRequest, result: NotifyResult): string {
  const title = !result.delivered
    ? '❌ The failure was not announced: notify_failed'
    : result.route === null
      ? 'ℹ️ Another notifier announces this failure'
      : `📣 Failure announced through ${ROUTE[result.route]}${result.route === 'issue' && result.issueNumber !== null ? ` #${result.issueNumber}` : ''}`;
  const slack =
    result.slackDelivered === null
      ? request.slack
        ? 'not tried'
        : 'not configured'
      : result.slackDelivered
        ? '✅ delivered'
        : '❌ not delivered';
  const issue =
    result.issueNumber !== null ? `#${result.issueNumber}` : result.route === 'slack' ? 'not needed' : '—';
  const summary =
    result.route === 'summary' ? '✅ posted' : request.summary ? 'not needed' : 'not configured';
  return [
    `## ${title}`,
    `**Tag** ${code(request.tag)} · **Run** ${link(request.runUrl, `${request.runId} #${request.runAttempt}`)} · **Failure** \`${request.failureReason}\``,
    `> **${request.failureReason}**: ${shown(FAILURE_CATALOG[request.failureReason].meaning)} ${link(request.runbookUrl, `Runbook: ${request.failureReason}`)}`,
    table(
      ['route', 'result'],
      [
        ['Slack', slack],
        ['GitHub issue', issue],
        ['ops summary channel', summary],
      ],
    ),
    shown(result.why),
  ]
    .join('\n\n')
    .concat('\n');
}
