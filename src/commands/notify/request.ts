import type { IssueApi, RepositoryRef } from '../../adapters/github/index.js';
import type { ManifestStore } from '../../adapters/manifest/index.js';
import { opsReleaseFailure, type PostTiming } from '../../adapters/slack/index.js';
import type { FailureCode } from '../../core/errors/index.js';
import type { KpiSink } from '../../core/kpi/index.js';
import { renderSlackMessage, type FailureNotice } from '../../core/notify/index.js';
import { redactJson } from '../../core/redaction/index.js';

/** A Slack destination: an incoming webhook, or the ops-slack-notify function that answers `{delivered}`. */
export interface SlackDestination {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** `ops-slack-notify`: the Supabase function, which takes the failure and writes the message itself. */
  readonly receiver?: 'ops-slack-notify';
}

/**
 * What the Slack channel is sent: the failure for the ops-slack-notify function (it refuses messages), the
 * Block Kit message for an incoming webhook. Either way untrusted text is redacted first.
 */
export function slackPayload(
  destination: SlackDestination | null,
  notice: FailureNotice,
  secrets: readonly string[],
): unknown {
  if (destination?.receiver === 'ops-slack-notify') return opsReleaseFailure(notice, secrets);
  return redactJson(renderSlackMessage(notice, undefined, secrets), secrets);
}

export interface NotifyRequest {
  readonly repository: RepositoryRef;
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly actor: string;
  readonly runUrl: string;
  readonly artifactUrl: string | null;
  readonly failureReason: FailureCode;
  readonly detail: string | null;
  readonly runbookUrl: string;
  readonly slack: SlackDestination | null;
  readonly summary: SlackDestination | null;
  /** How the ops team is tagged in the summary channel (e.g. `<!subteam^S0123|ops-team>`). */
  readonly opsMention: string;
  /** The notifier step (see `stepClaimId`): who holds the notify claim. */
  readonly claimId: string;
  readonly secrets: readonly string[];
}

export interface NotifyDependencies {
  readonly issues: IssueApi;
  readonly store: ManifestStore | null;
  readonly kpi: KpiSink;
  readonly now: () => Date;
  readonly log: (event: string, fields?: Record<string, unknown>) => void;
  readonly postTiming?: PostTiming;
}
