import { escapeMarkdown, escapeMrkdwn } from './escape.js';
import { ISSUE_TEMPLATE } from './issue-template.js';
import { issueMarker, labelsFor, meaningOf, type FailureNotice } from './notice.js';

const MAX_SLACK_TEXT = 3_000;

export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Record<string, unknown>[];
}

/** Block Kit with a plain-text fallback; every untrusted value escaped for mrkdwn. */
export function renderSlackMessage(notice: FailureNotice, mention?: string): SlackMessage {
  const e = escapeMrkdwn;
  const lines = [
    `${mention ? `${mention} ` : ''}*Provenance rejected* for *${e(notice.repository)}* tag \`${e(notice.tag)}\``,
    `*Reason:* \`${notice.failureReason}\` — ${e(meaningOf(notice.failureReason))}`,
    notice.detail ? `*Detail:* ${e(notice.detail)}` : null,
    `*Run:* <${notice.runUrl}|${notice.runId} (attempt ${notice.runAttempt})>`,
    notice.artifactUrl ? `*Artifact:* ${e(notice.artifactUrl)}` : null,
    `*Runbook:* <${notice.runbookUrl}|${notice.failureReason}>`,
  ].filter((line): line is string => line !== null);
  const blocks: Record<string, unknown>[] = [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, MAX_SLACK_TEXT) } }];
  if (notice.manifestSnippet) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${e(notice.manifestSnippet).slice(0, MAX_SLACK_TEXT - 6)}\`\`\`` } });
  }
  const text = `Provenance rejected for ${notice.repository} ${notice.tag}: ${notice.failureReason} (run ${notice.runId})`;
  return { text: escapeMrkdwn(text), blocks };
}

export interface IssueContent {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
}

/** The issue from the shipped template; untrusted values escaped for Markdown. */
export function renderIssue(notice: FailureNotice): IssueContent {
  const values: Record<string, string> = {
    tag: escapeMarkdown(notice.tag),
    run_id: String(notice.runId),
    run_attempt: String(notice.runAttempt),
    run_url: notice.runUrl,
    artifact_url: notice.artifactUrl ? escapeMarkdown(notice.artifactUrl) : '—',
    failure_reason: notice.failureReason,
    meaning: meaningOf(notice.failureReason),
    detail: notice.detail ? escapeMarkdown(notice.detail).slice(0, 1_000) : '—',
    runbook_url: notice.runbookUrl,
    manifest_snippet: (notice.manifestSnippet ?? '{}').replace(/```/g, '` ` `'),
    marker: issueMarker(notice.tag, notice.runId),
  };
  const body = ISSUE_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const title = `provenance: ${notice.failureReason} for ${notice.tag.replace(/[@#]/g, '')}`.slice(0, 200);
  return { title, body, labels: labelsFor(notice.failureReason) };
}
