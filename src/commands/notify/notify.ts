import { commentOnIssue, ensureLabels, findIssueByMarker, openIssue } from '../../adapters/github/index.js';
import { postAtMostOnce, type PostOutcome, type PostResult } from '../../adapters/slack/index.js';
import { kpiEvent, type KpiEvent } from '../../core/kpi/index.js';
import { applyToEntry, readEntry, type EntryResult } from '../../adapters/manifest/index.js';
import {
  postAttemptOf,
  type EventPayload,
  type ManifestEntry,
  type ManifestEvent,
  type PostChannel,
} from '../../core/manifest/index.js';
import {
  commentMarker,
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
import { GuardError, isGuardError } from '../../core/errors/index.js';
import { redactJson, redactText } from '../../core/redaction/index.js';
import {
  slackPayload,
  type NotifyDependencies,
  type NotifyRequest,
  type SlackDestination,
} from './request.js';

export interface NotifyResult {
  readonly route: NotifyRoute | null;
  readonly issueNumber: number | null;
  /** What became of the Slack post: `unknown` when it left and its answer was lost (maybe delivered). */
  readonly slackOutcome: PostOutcome | null;
  readonly delivered: boolean;
  readonly why: string;
}

/**
 * notify-on-failure: Slack first, the GitHub issue as fallback, the ops summary channel last — once per
 * failure. The claim is held while announcing; a notifier that fails gives it back, so a rerun announces.
 */
export async function notifyFailure(request: NotifyRequest, deps: NotifyDependencies): Promise<NotifyResult> {
  const tried = { issue: false };
  try {
    return await announce(request, deps, tried);
  } catch (error) {
    await applyToEntry(deps.store, {
      ...eventBase(request, deps),
      event: 'notify_released',
      claim_id: request.claimId,
    }).catch((release: unknown) =>
      deps.log('notify_release_failed', { message: (release as Error).message }),
    );
    // An issue route that already failed is not asked again: its tries are spent.
    throw tried.issue ? error : await announcedAnyway(request, deps, error as Error);
  }
}

/**
 * When the manifest could not be written, the failure is still announced at least once: on the issue, which
 * its marker keeps single without the manifest (Slack, which nothing could record, is not tried). The step
 * still fails — the manifest does not hold the announcement — and says where it went.
 */
async function announcedAnyway(
  request: NotifyRequest,
  deps: NotifyDependencies,
  error: Error,
): Promise<Error> {
  const issue = await openFailureIssue(request, toNotice(request, null), deps).catch((failed: unknown) =>
    failedWith(deps, 'issue', failed),
  );
  if (issue === false) return error;
  return new GuardError(
    isGuardError(error) ? error.code : 'notify_failed',
    `${error.message}; the failure is announced by issue #${issue}, which the manifest does not record`,
    { cause: error },
  );
}

/** The failure issue, opened once: found by its marker when it is already open. */
async function openFailureIssue(
  request: NotifyRequest,
  notice: FailureNotice,
  deps: NotifyDependencies,
): Promise<number> {
  const content = redactJson(renderIssue(notice, request.secrets), request.secrets);
  await ensureLabels(deps.issues, content.labels);
  return openIssue(deps.issues, content, {
    label: FAILURE_ISSUE_LABEL,
    marker: issueMarker(request.tag, request.runId),
  });
}

function eventBase(request: NotifyRequest, deps: NotifyDependencies) {
  return {
    tag: request.tag,
    run_id: request.runId,
    run_attempt: request.runAttempt,
    actor: request.actor,
    at: deps.now().toISOString(),
  };
}

async function announce(
  request: NotifyRequest,
  deps: NotifyDependencies,
  tried: { issue: boolean },
): Promise<NotifyResult> {
  const base = eventBase(request, deps);
  const record = (event: EventPayload) => recordEvent(deps, { ...base, ...event } as ManifestEvent);
  await createEntryIfAbsent(request, deps, record);
  const claim = await record({ event: 'notify_claimed', claim_id: request.claimId });
  if (claim.lost)
    return {
      route: null,
      issueNumber: null,
      slackOutcome: null,
      delivered: true,
      why: claim.message,
    };
  const notice = toNotice(request, claim.entry);
  let progress: NotifyProgress = {
    entry: claim.entry,
    slack: 'pending',
    markedIssue: null,
    issue: 'pending',
  };
  let issueNumber = claim.entry?.issue_number ?? null;
  let slackOutcome: PostOutcome | null = null;
  const post = (channel: PostChannel, destination: SlackDestination | null, payload: unknown) =>
    postOnce({ channel, destination, payload, claimId: request.claimId }, deps, record);
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
    if (step.kind !== 'done' && step.kind !== 'slack' && !(await holdsClaim(request, deps)))
      return {
        route: null,
        issueNumber,
        slackOutcome,
        delivered: true,
        why: 'the notify claim was taken over by another notifier, which announces the failure',
      };
    if (step.kind === 'done') {
      if (step.route) kpi('notify.failures', 1, { route: step.route, failure_reason: request.failureReason });
      await emitKpis(deps, kpis);
      return {
        route: step.route,
        issueNumber,
        slackOutcome,
        delivered: true,
        why: step.why,
      };
    }
    if (step.kind === 'slack') {
      const result = await post('slack', request.slack, slackPayload(request.slack, notice, request.secrets));
      slackOutcome = result.outcome;
      kpi('notify.slack_success_rate', result.delivered ? 1 : 0);
      await recordOrFail(record, {
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
          ).catch((error: unknown) => failedWith(deps, 'issue', error));
      // Issues that could not even be searched (tries spent) are not asked again: the summary follows.
      if (marked === false) tried.issue = true;
      progress = {
        ...progress,
        slack: result.delivered ? 'delivered' : 'failed',
        markedIssue: marked === false ? null : marked,
        ...(marked === false ? { issue: 'failed' as const } : {}),
      };
    } else if (step.kind === 'comment') {
      tried.issue = true;
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
      const marker = commentMarker(request.tag, request.runId, request.runAttempt);
      const ok = await commentOnIssue(deps.issues, step.issue, `${body}\n\n${marker}`, marker).then(
        () => true,
        (error: unknown) => failedWith(deps, 'comment', error),
      );
      issueNumber = step.issue;
      if (ok) await recordOrFail(record, { event: 'issue_opened', issue_number: step.issue });
      progress = {
        ...progress,
        slack: progress.slack === 'pending' ? 'failed' : progress.slack,
        issue: ok ? 'opened' : 'failed',
      };
    } else if (step.kind === 'open-issue') {
      tried.issue = true;
      const opened = await openFailureIssue(request, notice, deps).catch((error: unknown) =>
        failedWith(deps, 'issue', error),
      );
      if (opened !== false) {
        issueNumber = opened;
        await recordOrFail(record, { event: 'issue_opened', issue_number: opened });
        kpi('security_ci.slack_issue_followups', 1);
        kpi('notify.issue_latency', (deps.now().getTime() - failureTime(claim.entry, deps.now())) / 1000);
      }
      progress = { ...progress, issue: opened !== false ? 'opened' : 'failed' };
    } else {
      const message = renderSlackMessage(notice, request.opsMention);
      const result = await post('summary', request.summary, redactJson(message, request.secrets));
      await record({
        event: 'escalated',
        note: `issue creation failed; ${escalationOf(result)}`,
      });
      if (result.delivered)
        kpi('notify.failures', 1, { route: 'summary', failure_reason: request.failureReason });
      // Compensation: nothing surely reached anyone: the claim is given back, a rerun tries the issue again.
      if (!result.delivered) await record({ event: 'notify_released', claim_id: request.claimId });
      await emitKpis(deps, kpis);
      return {
        route: 'summary',
        issueNumber,
        slackOutcome,
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

const notPosted = (detail: string): PostResult => ({
  outcome: 'refused',
  delivered: false,
  status: null,
  detail,
  tries: 0,
});

/**
 * A Slack post cannot be read back, so it is recorded before it is sent (`post_attempted`) and sent only by
 * the notifier whose record that is: a channel is posted to at most once per failure, whatever its answer.
 * When the attempt cannot be recorded, nothing is sent and the issue route follows. Without a manifest there
 * is nothing to record in: the post is sent, and only the issue's marker keeps a rerun from opening another.
 */
async function postOnce(
  attempt: { channel: PostChannel; destination: SlackDestination | null; payload: unknown; claimId: string },
  deps: NotifyDependencies,
  record: (event: EventPayload) => Promise<EntryResult>,
): Promise<PostResult> {
  const { channel, destination, payload, claimId } = attempt;
  if (destination === null) return notPosted('no destination configured');
  if (deps.store !== null) {
    const recorded = await record({ event: 'post_attempted', claim_id: claimId, channel }).catch(
      (error: unknown) => error as Error,
    );
    if (recorded instanceof Error)
      return notPosted(`not sent: the attempt could not be recorded first (${recorded.message})`);
    // Applied now, or found applied as this notifier's own (its answer was lost): this notifier posts.
    if (postAttemptOf(recorded.entry, channel) !== claimId) return notPosted(`not sent: ${recorded.message}`);
  }
  const result = await postAtMostOnce(destination.url, payload, { ...destination.headers }, deps.postTiming);
  deps.log('slack_post', { channel, outcome: result.outcome, status: result.status, tries: result.tries });
  // Certainly not delivered: the channel is free again for a rerun. Unrecorded, it stays taken (never twice).
  if (result.outcome === 'refused' && deps.store !== null)
    await record({ event: 'post_refused', claim_id: claimId, channel }).catch((error: unknown) =>
      deps.log('post_refused_not_recorded', { message: (error as Error).message }),
    );
  return result;
}

/** KPIs are not what notify reports: a sink that fails is logged, and the announcement stands. */
async function emitKpis(deps: NotifyDependencies, kpis: readonly KpiEvent[]): Promise<void> {
  await deps.kpi
    .emit(kpis)
    .catch((error: unknown) => deps.log('kpi_not_recorded', { message: (error as Error).message }));
}

/**
 * Whether this notifier still holds the claim before its next effect: one whose claim expired and was taken
 * over stops, so two notifiers never open two issues.
 */
async function holdsClaim(request: NotifyRequest, deps: NotifyDependencies): Promise<boolean> {
  const entry = await readEntry(deps.store, { tag: request.tag, run_id: request.runId });
  return deps.store === null || entry?.notify_claim?.id === request.claimId;
}

function escalationOf(result: PostResult): string {
  if (result.delivered) return 'posted to the ops summary channel';
  if (result.outcome === 'unknown') return `the ops summary channel's answer was lost (${result.detail})`;
  return `the ops summary channel failed too (${result.detail})`;
}

/** A record the step's report rests on: when it is refused, the step must not end green. */
async function recordOrFail(
  record: (event: EventPayload) => Promise<EntryResult>,
  event: EventPayload,
): Promise<EntryResult> {
  const result = await record(event);
  if (result.outcome === 'refused')
    throw new GuardError('notify_failed', `the manifest refused ${event.event}: ${result.message}`);
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
