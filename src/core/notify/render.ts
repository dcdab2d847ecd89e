import type { FailureCode } from '../errors/index.js';
import { redactText } from '../redaction/index.js';
import {
  escapeMarkdown,
  escapeMrkdwn,
  escapeSlackText,
  markdownCode,
  markdownLink,
  slackLink,
} from './escape.js';
import { ISSUE_TEMPLATE } from './issue-template.js';
import { headlineOf, issueMarker, labelsFor, meaningOf, type FailureNotice } from './notice.js';

const MAX_SLACK_TEXT = 3_000;

export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Record<string, unknown>[];
}

/**
 * Block Kit with a plain-text fallback. Every untrusted value is redacted first (so a secret cannot
 * hide behind the escaping) and then escaped; failure codes come from a closed set and stay verbatim.
 */
export function renderSlackMessage(
  notice: FailureNotice,
  mention?: string,
  secrets: readonly string[] = [],
): SlackMessage {
  const e = (text: string) => escapeMrkdwn(redactText(text, secrets));
  const lines = [
    `${mention ? `${mention} ` : ''}*${headlineOf(notice.failureReason)}* for *${e(notice.repository)}* tag \`${e(notice.tag)}\``,
    `*Reason:* \`${notice.failureReason}\` — ${e(meaningOf(notice.failureReason))}`,
    notice.detail ? `*Detail:* ${e(notice.detail)}` : null,
    `*Run:* <${notice.runUrl}|${notice.runId} (attempt ${notice.runAttempt})>`,
    notice.artifactUrl
      ? `*Artifact:* ${slackLink(redactText(notice.artifactUrl, secrets), 'artifact')}`
      : null,
    `*Runbook:* <${notice.runbookUrl}|${notice.failureReason}>`,
  ].filter((line): line is string => line !== null);
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, MAX_SLACK_TEXT) } },
  ];
  if (notice.manifestSnippet) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `\`\`\`${e(notice.manifestSnippet).slice(0, MAX_SLACK_TEXT - 6)}\`\`\`` },
    });
  }
  const t = (text: string) => escapeSlackText(redactText(text, secrets));
  const text = `${headlineOf(notice.failureReason)} for ${t(notice.repository)} ${t(notice.tag)}: ${notice.failureReason} (run ${notice.runId})`;
  return { text, blocks };
}

export interface IssueContent {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
}

/** The issue from the shipped template; untrusted values redacted, then escaped for Markdown. */
export function renderIssue(notice: FailureNotice, secrets: readonly string[] = []): IssueContent {
  const md = (text: string) => escapeMarkdown(redactText(text, secrets));
  const values: Record<string, string> = {
    headline: headlineOf(notice.failureReason),
    tag: md(notice.tag),
    run_id: String(notice.runId),
    run_attempt: String(notice.runAttempt),
    run_url: notice.runUrl,
    artifact_url: notice.artifactUrl
      ? markdownLink(redactText(notice.artifactUrl, secrets), 'artifact')
      : '—',
    failure_reason: notice.failureReason,
    meaning: meaningOf(notice.failureReason),
    detail: notice.detail ? md(notice.detail).slice(0, 1_000) : '—',
    runbook_url: notice.runbookUrl,
    manifest_snippet: redactText(notice.manifestSnippet ?? '{}', secrets).replace(/```/g, '` ` `'),
    marker: issueMarker(notice.tag, notice.runId),
  };
  const body = ISSUE_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const title =
    `provenance: ${notice.failureReason} for ${redactText(notice.tag, secrets).replace(/[@#\uFF20\uFE6B]|\s/g, '')}`.slice(
      0,
      200,
    );
  return { title, body, labels: labelsFor(notice.failureReason) };
}

export interface RerunFailure {
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly runUrl: string;
  readonly failureReason: FailureCode;
}

/** The comment on an existing issue when a rerun fails again: the tag in a code span it cannot close. */
export function renderRerunComment(failure: RerunFailure, secrets: readonly string[] = []): string {
  const run = markdownLink(failure.runUrl, `${failure.runId} (attempt ${failure.runAttempt})`);
  return `${headlineOf(failure.failureReason)} again for ${markdownCode(redactText(failure.tag, secrets))}, run ${run}: \`${failure.failureReason}\`.`;
}
