import * as core from '@actions/core';
import { GuardError, runbookUrl, setRunbookOrigin } from '../../core/errors/index.js';
import { recoverRun, type RecoverOperation, type RecoverRequest } from '../../commands/recover/index.js';
import {
  actorOf,
  operationEnvironment,
  optional,
  positiveInteger,
  required,
  reviewers,
  verbatim,
} from '../operations/environment.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { failWithSummary } from '../summary/failure.js';
import { entryAfter } from '../summary/operation.js';
import { writeSummary } from '../summary/write.js';
import { renderRecoverSummary } from './summary.js';

const OPERATIONS: readonly RecoverOperation[] = [
  'auto',
  'rerun',
  'rerun_failed_jobs',
  'dispatch_release',
  'retry_tag',
];

/** slsa-provenance-recover: rerun, dispatch or retry-tag a failed release, authorised and audited. */
export async function run(now = () => new Date()): Promise<void> {
  try {
    setRunbookOrigin(actionRunbookOrigin());
    const operation = optional('operation') ?? 'auto';
    if (!(OPERATIONS as readonly string[]).includes(operation))
      throw new GuardError(
        'input_invalid',
        `operation ${operation} is not in the catalog (${OPERATIONS.join(', ')})`,
      );
    const environment = operationEnvironment(now);
    const summaryWebhook = optional('ops-summary-webhook-url');
    if (summaryWebhook) core.setSecret(summaryWebhook);
    const awaitMinutes = Number(optional('await-rerun-minutes') ?? '0');
    if (!Number.isFinite(awaitMinutes) || awaitMinutes < 0 || awaitMinutes > 300)
      throw new GuardError('input_invalid', 'await-rerun-minutes must be between 0 and 300');
    const request: RecoverRequest = {
      operation: operation as RecoverOperation,
      runId: positiveInteger('run-id', optional('run-id')),
      tag: verbatim('tag'),
      reason: required('reason'),
      incident: positiveInteger('incident', optional('incident')),
      actor: actorOf(),
      requestId: environment.requestId,
      releaseWorkflow: optional('release-workflow'),
      governanceReviewers: reviewers(),
      trigger: optional('trigger') === 'automated' ? 'automated' : 'manual',
      awaitRerun: awaitMinutes > 0 ? { timeoutMs: awaitMinutes * 60_000, intervalMs: 30_000 } : null,
      escalation: summaryWebhook
        ? { url: summaryWebhook, mention: optional('ops-mention') ?? '@ops-team' }
        : null,
      secrets: [...environment.secrets, ...(summaryWebhook ? [summaryWebhook] : [])],
    };
    const result = await recoverRun(request, environment.deps);
    core.setOutput('performed', result.performed ?? '');
    core.setOutput('plan', JSON.stringify(result.plan));
    core.setOutput('final-status', result.finalStatus ?? '');
    core.setOutput('audit', JSON.stringify(result.audit));
    core.setOutput('audit-log', environment.auditLog);
    core.info(result.plan.why);
    await writeSummary(
      renderRecoverSummary(
        request,
        result,
        await entryAfter(environment.deps.store, request.tag, request.runId),
      ),
    );
    if (result.finalStatus === 'blocked')
      core.setFailed(
        `rerun_limit_reached: the rerun failed again; the entry is blocked (runbook: ${runbookUrl('rerun_limit_reached')})`,
      );
  } catch (error) {
    await failWithSummary('❌ Recovery failed', error, 'rerun_denied');
  }
}
