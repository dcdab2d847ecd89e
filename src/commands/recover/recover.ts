import { awaitRun, commentOnIssue, getRun } from '../../adapters/github/index.js';
import { applyToEntry, type EntryResult } from '../../adapters/manifest/index.js';
import { postWithRetries } from '../../adapters/slack/index.js';
import { escapeMrkdwn } from '../../core/notify/index.js';
import { GuardError } from '../../core/errors/index.js';
import { kpiEvent, type KpiEvent } from '../../core/kpi/index.js';
import { entryKey, type EventPayload, type ManifestEntry, type ManifestEvent } from '../../core/manifest/index.js';
import type { AuditEvent } from '../../core/operations/index.js';
import { decideRecovery, eventsAfterRerun, type RecoveryPlan } from '../../core/recovery/index.js';
import { authorizeOperation, operationContext, parseOperationInput, recordAudit, type OperationDependencies } from '../operations/index.js';
import { performRecovery, type Performed } from './effects.js';
import type { RecoverRequest } from './request.js';

export interface RecoverResult {
  readonly plan: RecoveryPlan;
  readonly performed: Performed | null;
  readonly finalStatus: ManifestEntry['status'] | null;
  readonly audit: AuditEvent;
}

/** `slsa-provenance-recover`: authorise through GitHub, decide, guard with the manifest, act, audit. */
export async function recoverRun(request: RecoverRequest, deps: OperationDependencies): Promise<RecoverResult> {
  const operation = request.operation === 'auto' ? 'rerun' : request.operation;
  const context = operationContext(operation, request);
  parseOperationInput(operation, { run_id: request.runId, tag: request.tag, reason: request.reason, incident: request.incident });
  await authorizeOperation(context, deps);
  const run = await getRun(deps.github, request.runId);
  const base = { tag: request.tag, run_id: request.runId, run_attempt: run.runAttempt, actor: request.actor };
  const record = (event: EventPayload) => recordEvent(deps, { ...base, at: deps.now().toISOString(), reason: `${operation} (request ${request.requestId}, incident #${request.incident}): ${request.reason}`.slice(0, 300), ...event } as ManifestEvent);
  const entry = deps.store ? (await deps.store.read()).entries.find((e) => entryKey(e) === entryKey(base)) ?? null : null;
  const decided = decideRecovery({ entry, run, tag: request.tag, now: deps.now(), dispatchAvailable: request.releaseWorkflow !== null, failedJobsOnly: operation === 'rerun_failed_jobs' });
  const plan = forcedPlan(request, decided);
  if (plan.kind === 'noop') return { plan, performed: null, finalStatus: entry?.status ?? null, audit: await recordAudit(context, deps, 'noop', plan.why) };
  if (entry?.status === 'failure') await record({ event: 'requeued' });
  const claim = entry ? await record({ event: 'rerun_started' }) : null;
  if (claim && claim.outcome === 'unchanged') {
    return { plan: { kind: 'noop', why: claim.message }, performed: null, finalStatus: claim.entry?.status ?? null, audit: await recordAudit(context, deps, 'noop', claim.message) };
  }
  const effect = await performRecovery(plan, run, request, deps.github);
  await emit(deps, request, run.runAttempt, [['security_ci.re_run_count', 1, {}], ['rerun.automated_vs_manual', 1, { trigger: request.trigger, path: effect.performed }]]);
  const audit = await recordAudit(context, deps, 'succeeded', `${plan.why}; ${effect.detail}`);
  const finalStatus = effect.performed.startsWith('rerun') && request.awaitRerun && entry
    ? await settleRerun(request, deps, record, entry)
    : claim?.entry?.status ?? entry?.status ?? null;
  return { plan, performed: effect.performed, finalStatus, audit };
}

/** An explicit operation overrides the automatic choice, but never a guard's no-op. */
function forcedPlan(request: RecoverRequest, decided: RecoveryPlan): RecoveryPlan {
  if (decided.kind === 'noop' || request.operation === 'auto') return decided;
  if (request.operation === 'dispatch_release') return { kind: 'dispatch_release', why: 'requested' };
  if (request.operation === 'retry_tag') return { kind: 'retry_tag', tag: `${request.tag}-retry`, why: 'requested' };
  if (decided.kind !== 'rerun') throw new GuardError('rerun_limit_reached', `${request.operation} is not possible: ${decided.why}`);
  return decided;
}

/** Waits (bounded) for the rerun; success closes the entry, a failure blocks it and tells the incident. */
async function settleRerun(request: RecoverRequest, deps: OperationDependencies, record: (event: EventPayload) => Promise<EntryResult>, entry: ManifestEntry): Promise<ManifestEntry['status'] | null> {
  const started = deps.now().getTime();
  const finished = await awaitRun(deps.github, request.runId, { ...request.awaitRerun!, sleep: deps.sleep, now: () => deps.now().getTime() });
  if (finished === null) return 'rerun_in_progress';
  const current = deps.store ? (await deps.store.read()).entries.find((e) => entryKey(e) === entryKey(entry)) ?? entry : entry;
  let status: ManifestEntry['status'] | null = current.status;
  for (const event of eventsAfterRerun(current.status, finished.conclusion)) {
    const payload = event === 'rerun_failed' ? { event, failure_reason: current.failure_reason ?? 'attestation_missing' } : { event };
    status = (await record(payload as EventPayload)).entry?.status ?? status;
  }
  const succeeded = finished.conclusion === 'success';
  const failedAt = Date.parse(entry.history.find((h) => h.event === 'failed')?.at ?? new Date(started).toISOString());
  await emit(deps, request, finished.runAttempt, [['rerun.success_rate', succeeded ? 1 : 0, {}], ...(succeeded ? [['rerun.time_to_resolution', (deps.now().getTime() - failedAt) / 1000, {}] as const] : [])]);
  if (!succeeded) await escalate(request, deps, finished.conclusion);
  return status;
}

/** A blocked entry needs a person: the incident issue gets a comment, the ops summary channel a message. */
async function escalate(request: RecoverRequest, deps: OperationDependencies, conclusion: string | null): Promise<void> {
  const text = `The rerun of \`${request.tag}\` run ${request.runId} failed again (${conclusion}). The manifest entry is now \`blocked\`; follow the rerun_limit_reached runbook.`;
  await commentOnIssue(deps.github, request.incident, text).catch((error: unknown) => deps.log('escalation_comment_failed', { message: (error as Error).message }));
  if (request.escalation === null) return;
  const repository = `${deps.github.repository.owner}/${deps.github.repository.repo}`;
  const message = `${request.escalation.mention} ${escapeMrkdwn(`${repository}: ${text.replace(/`/g, '')} Incident #${request.incident}.`)}`;
  const posted = await postWithRetries(request.escalation.url, { text: message }, {});
  deps.log('escalation_posted', { delivered: posted.delivered, status: posted.status });
}

async function recordEvent(deps: OperationDependencies, event: ManifestEvent): Promise<EntryResult> {
  const result = await applyToEntry(deps.store, event);
  if (result.outcome === 'refused') deps.log('manifest_refused', { event: event.event, reason: result.message });
  return result;
}

async function emit(deps: OperationDependencies, request: RecoverRequest, attempt: number, metrics: readonly (readonly [KpiEvent['metric'], number, Record<string, string>])[]): Promise<void> {
  const context = { repository: `${deps.github.repository.owner}/${deps.github.repository.repo}`, tag: request.tag, run_id: request.runId, run_attempt: attempt, occurred_at: deps.now().toISOString() };
  await deps.kpi.emit(metrics.map(([metric, value, labels]) => kpiEvent(context, metric, value, labels, `recover-${request.requestId}`)));
}
