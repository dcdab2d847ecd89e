import { commentOnIssue, ensureLabels, findIssueByMarker, openIssue } from '../../adapters/github/index.js';
import { postWithRetries, type PostResult } from '../../adapters/slack/index.js';
import { kpiEvent, type KpiEvent } from '../../core/kpi/index.js';
import { applyToEntry, readEntry, type EntryResult } from '../../adapters/manifest/index.js';
import type { EventPayload, ManifestEntry, ManifestEvent } from '../../core/manifest/index.js';
import {
  FAILURE_ISSUE_LABEL,
  issueMarker,
  nextNotifyStep,
  renderIssue,
  renderRerunComment,
  renderSlackMessage,
  type FailureNotice,
  type NotifyProgress,
  type NotifyRoute,
} from '../../core/notify/index.js';
import { redactJson, redactText } from '../../core/redaction/index.js';
import type { NotifyDependencies, NotifyRequest, SlackDestination } from './request.js';

export interface NotifyResult {
  readonly route: NotifyRoute | null;
  readonly issueNumber: number | null;
  readonly slackDelivered: boolean | null;
  readonly delivered: boolean;
  readonly why: string;
}

/**
 * notify-on-failure: Slack first, the GitHub issue as fallback, the ops summary channel last — once per
 * failure.
 */
export async function notifyFailure(request: NotifyRequest, deps: NotifyDependencies): Promise<NotifyResult> {
  const base = {
    tag: request.tag,
    run_id: request.runId,
    run_attempt: request.runAttempt,
    actor: request.actor,
    at: deps.now().toISOString(),
  };
  const record = (event: EventPayload) => recordEvent(deps, { ...base, ...event } as ManifestEvent);
  await createEntryIfAbsent(request, deps, record);
  const claim = await record({ event: 'notify_claimed', claim_id: request.claimId });
  if (claim.lost)
    return { route: null, issueNumber: null, slackDelivered: null, delivered: true, why: claim.message };
  const notice = toNotice(request, claim.entry);
  let progress: NotifyProgress = {
    entry: claim.entry,
    slack: 'pending',
    markedIssue: null,
    issue: 'pending',
  };
  let issueNumber = claim.entry?.issue_number ?? null;
  let slackDelivered: boolean | null = null;
  const kpis: KpiEvent[] = [];
  const kpi = (metric: KpiEvent['metric'], value: number, labels: Record<string, string> = {}) =>
    kpis.push(
      kpiEvent(
        {
          repository: `${request.repository.owner}/${request.repository.repo}`,
          tag: request.tag,
          run_id: request.runId,
          run_attempt: request.runAttempt,
          occurred_at: base.at,
        },
        { metric, value, labels, event: 'notify' },
      ),
    );
  for (;;) {
    const step = nextNotifyStep(progress);
    deps.log('notify_step', { step: step.kind });
    if (step.kind === 'done') {
      if (step.route) kpi('notify.failures', 1, { route: step.route, failure_reason: request.failureReason });
      await deps.kpi.emit(kpis);
      return { route: step.route, issueNumber, slackDelivered, delivered: true, why: step.why };
    }
    if (step.kind === 'slack') {
      const result = await send(
        request.slack,
        redactJson(renderSlackMessage(notice, undefined, request.secrets), request.secrets),
        deps,
      );
      slackDelivered = result.delivered;
      kpi('notify.slack_success_rate', result.delivered ? 1 : 0);
      await record({
        event: 'notified',
        slack_delivered: result.delivered,
        reason: result.delivered ? null : result.detail,
      });
      const marked = result.delivered
        ? null
        : await findIssueByMarker(
            deps.issues,
            FAILURE_ISSUE_LABEL,
            issueMarker(request.tag, request.runId),
          ).catch(() => null);
      progress = { ...progress, slack: result.delivered ? 'delivered' : 'failed', markedIssue: marked };
    } else if (step.kind === 'comment') {
      const body = renderRerunComment(
        {
          tag: request.tag,
          runId: request.runId,
          runAttempt: request.runAttempt,
          runUrl: request.runUrl,
          failureReason: request.failureReason,
        },
        request.secrets,
      );
      const ok = await commentOnIssue(deps.issues, step.issue, body).then(
        () => true,
        (error: unknown) => failedWith(deps, 'comment', error),
      );
      issueNumber = step.issue;
      if (ok) await record({ event: 'issue_opened', issue_number: step.issue });
      progress = {
        ...progress,
        slack: progress.slack === 'pending' ? 'failed' : progress.slack,
        issue: ok ? 'opened' : 'failed',
      };
    } else if (step.kind === 'open-issue') {
      const content = redactJson(renderIssue(notice, request.secrets), request.secrets);
      const opened = await ensureLabels(deps.issues, content.labels)
        .then(() =>
          openIssue(deps.issues, content, {
            label: FAILURE_ISSUE_LABEL,
            marker: issueMarker(request.tag, request.runId),
          }),
        )
        .catch((error: unknown) => failedWith(deps, 'issue', error));
      if (opened !== false) {
        issueNumber = opened;
        await record({ event: 'issue_opened', issue_number: opened });
        kpi('security_ci.slack_issue_followups', 1);
        kpi('notify.issue_latency', (deps.now().getTime() - failureTime(claim.entry, deps.now())) / 1000);
      }
      progress = { ...progress, issue: opened !== false ? 'opened' : 'failed' };
    } else {
      const message = renderSlackMessage(notice, request.opsMention);
      const result = await send(request.summary, redactJson(message, request.secrets), deps);
      await record({
        event: 'escalated',
        note: `issue creation failed; ${result.delivered ? 'posted to the ops summary channel' : `the ops summary channel failed too (${result.detail})`}`,
      });
      kpi('notify.failures', 1, { route: 'summary', failure_reason: request.failureReason });
      // Compensation: nothing reached anyone, so the claim is given back and a retry announces the failure.
      if (!result.delivered) await record({ event: 'notify_released', claim_id: request.claimId });
      await deps.kpi.emit(kpis);
      return {
        route: 'summary',
        issueNumber,
        slackDelivered,
        delivered: result.delivered,
        why: result.delivered
          ? 'escalated to the ops summary channel'
          : `nothing was delivered: ${result.detail}`,
      };
    }
  }
}

/**
 * A failure with no entry yet (validate died before recording it, or recorded nothing) gets one, with
 * the reason the notifier was given: its notify claim then guards concurrent notifiers too.
 */
async function createEntryIfAbsent(
  request: NotifyRequest,
  deps: NotifyDependencies,
  record: (event: EventPayload) => Promise<EntryResult>,
): Promise<void> {
  if (
    deps.store === null ||
    (await readEntry(deps.store, { tag: request.tag, run_id: request.runId })) !== null
  )
    return;
  const created = await record({
    event: 'failed',
    failure_reason: request.failureReason,
    artifact_url: request.artifactUrl,
    reason: request.detail === null ? null : redactText(request.detail, request.secrets).slice(0, 500),
  });
  deps.log('manifest_entry_created', { outcome: created.outcome });
}

function toNotice(request: NotifyRequest, entry: ManifestEntry | null): FailureNotice {
  const snippet = entry ? JSON.stringify({ ...entry, history: entry.history.slice(-3) }, null, 2) : null;
  return {
    repository: `${request.repository.owner}/${request.repository.repo}`,
    tag: request.tag,
    runId: request.runId,
    runAttempt: request.runAttempt,
    runUrl: request.runUrl,
    artifactUrl: request.artifactUrl,
    failureReason: request.failureReason,
    detail: request.detail,
    manifestSnippet: snippet === null ? null : redactText(snippet, request.secrets),
    runbookUrl: request.runbookUrl,
  };
}

async function send(
  destination: SlackDestination | null,
  payload: unknown,
  deps: NotifyDependencies,
): Promise<PostResult> {
  if (destination === null)
    return { delivered: false, status: null, detail: 'no destination configured', tries: 0 };
  const result = await postWithRetries(destination.url, payload, { ...destination.headers }, deps.postTiming);
  deps.log('slack_post', { delivered: result.delivered, status: result.status, tries: result.tries });
  return result;
}

function failedWith(deps: NotifyDependencies, what: string, error: unknown): false {
  deps.log(`${what}_failed`, {
    status: (error as { status?: number })?.status ?? null,
    message: (error as Error)?.message,
  });
  return false;
}

/** When the failure was first recorded: the start of the issue-latency KPI. */
function failureTime(entry: ManifestEntry | null, now: Date): number {
  const failed = entry?.history.find((h) => h.event === 'failed' || h.event === 'rerun_failed');
  return failed ? Date.parse(failed.at) : now.getTime();
}

async function recordEvent(
  deps: NotifyDependencies,
  event: ManifestEvent,
): Promise<EntryResult & { lost: boolean }> {
  const result = await applyToEntry(deps.store, event);
  if (result.outcome === 'refused')
    deps.log('manifest_refused', { event: event.event, reason: result.message });
  return {
    ...result,
    lost:
      event.event === 'notify_claimed' &&
      result.outcome === 'unchanged' &&
      /already announcing/.test(result.message),
  };
}
