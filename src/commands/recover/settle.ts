import { awaitRun, commentOnIssue } from '../../adapters/github/index.js';
import { readEntry, type EntryResult } from '../../adapters/manifest/index.js';
import { postAtMostOnce } from '../../adapters/slack/index.js';
import type { EventPayload, ManifestEntry } from '../../core/manifest/index.js';
import { blockedMarker, escapeMrkdwn, markdownCode } from '../../core/notify/index.js';
import { eventsAfterRerun } from '../../core/recovery/index.js';
import type { OperationDependencies } from '../operations/index.js';
import type { RecoverRequest } from './request.js';

export type RecordEvent = (event: EventPayload, runAttempt?: number) => Promise<EntryResult>;
export type Emit = (
  attempt: number,
  metrics: readonly (readonly ['rerun.success_rate' | 'rerun.time_to_resolution', number])[],
) => Promise<void>;

/** Where settling a rerun writes: the entry's manifest events and the KPI metrics, bound to the recovery. */
export interface RerunSinks {
  readonly record: RecordEvent;
  readonly emit: Emit;
}

/** Waits (bounded) for the rerun; success closes the entry, a failure blocks it and tells the incident. */
export async function settleRerun(
  request: RecoverRequest,
  deps: OperationDependencies,
  entry: ManifestEntry,
  { record, emit }: RerunSinks,
): Promise<ManifestEntry['status']> {
  const started = deps.now().getTime();
  const finished = await awaitRun(deps.github, request.runId, {
    ...request.awaitRerun!,
    sleep: deps.sleep,
    now: () => deps.now().getTime(),
  });
  if (finished === null) return 'rerun_in_progress';
  const current = (await readEntry(deps.store, entry)) ?? entry;
  let status = current.status;
  let blockedNow = false;
  for (const event of eventsAfterRerun(current.status, finished.conclusion)) {
    const payload =
      event === 'rerun_failed'
        ? { event, failure_reason: current.failure_reason ?? 'attestation_missing' }
        : { event };
    // The outcome belongs to the rerun's attempt, not to the one that failed first.
    const recorded = await record(payload as EventPayload, finished.runAttempt);
    status = recorded.entry?.status ?? status;
    // Unchanged is this recovery's own write found landed (a second `blocked` is refused, never unchanged).
    blockedNow ||= event === 'blocked' && recorded.outcome !== 'refused';
  }
  const succeeded = finished.conclusion === 'success';
  const failedAt = Date.parse(
    entry.history.find((h) => h.event === 'failed')?.at ?? new Date(started).toISOString(),
  );
  await emit(finished.runAttempt, [
    ['rerun.success_rate', succeeded ? 1 : 0],
    ...(succeeded ? [['rerun.time_to_resolution', (deps.now().getTime() - failedAt) / 1000] as const] : []),
  ]);
  // Escalated once: by the recovery whose record blocked the entry, not by one that finds it blocked.
  if (blockedNow) await escalate(request, deps, finished.conclusion);
  return status;
}

/**
 * A blocked entry needs a person: the incident issue gets a comment (read back by its marker, never posted
 * twice), the ops summary channel a message.
 */
async function escalate(
  request: RecoverRequest,
  deps: OperationDependencies,
  conclusion: string | null,
): Promise<void> {
  const text = `The rerun of ${markdownCode(request.tag)} run ${request.runId} failed again (${conclusion}). The manifest entry is now \`blocked\`; follow the rerun_limit_reached runbook.`;
  const marker = blockedMarker(request.tag, request.runId);
  await commentOnIssue(deps.github, request.incident, `${text}\n\n${marker}`, marker).catch(
    (error: unknown) => deps.log('escalation_comment_failed', { message: (error as Error).message }),
  );
  if (request.escalation === null) return;
  const repository = `${deps.github.repository.owner}/${deps.github.repository.repo}`;
  const message = `${request.escalation.mention} ${escapeMrkdwn(`${repository}: ${text.replace(/`/g, '')} Incident #${request.incident}.`)}`;
  const posted = await postAtMostOnce(request.escalation.url, { text: message }, {});
  deps.log('escalation_posted', { delivered: posted.delivered, status: posted.status });
}
