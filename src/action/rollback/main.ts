import * as core from '@actions/core';
import { GuardError, setRunbookOrigin } from '../../core/errors/index.js';
import { runGovernance, type GovernanceOperation } from '../../commands/rollback/index.js';
import {
  actorOf,
  operationEnvironment,
  optional,
  repositoryClient,
  positiveInteger,
  required,
  reviewers,
  verbatim,
} from '../operations/environment.js';
import { actionRunbookOrigin } from '../runbook-origin.js';
import { failWithSummary } from '../summary/failure.js';
import { entryAfter } from '../summary/operation.js';
import { writeSummary } from '../summary/write.js';
import { renderRollbackSummary } from './summary.js';

const OPERATIONS: readonly GovernanceOperation[] = ['rollback', 'override_grant', 'override_revoke'];

/** provenance-rollback: rollback and time-bound overrides, for maintainers or the governance reviewers. */
export async function run(now = () => new Date()): Promise<void> {
  try {
    setRunbookOrigin(actionRunbookOrigin());
    const operation = optional('operation') ?? 'rollback';
    if (!(OPERATIONS as readonly string[]).includes(operation))
      throw new GuardError(
        'input_invalid',
        `operation ${operation} is not in the catalog (${OPERATIONS.join(', ')})`,
      );
    const environment = operationEnvironment(now);
    const pullRequestToken = optional('pull-request-token');
    const request = {
      operation: operation as GovernanceOperation,
      runId: positiveInteger('run-id', optional('run-id')),
      tag: verbatim('tag'),
      reason: required('reason'),
      incident: positiveInteger('incident', optional('incident')),
      actor: actorOf(),
      requestId: environment.requestId,
      targetSha: optional('target-sha'),
      baseBranch: optional('base-branch') ?? 'main',
      restoreWorkflows: optional('restore-workflows') === 'true',
      expiresAt: optional('expires-at'),
      governanceRunId: process.env.GITHUB_RUN_ID
        ? positiveInteger('GITHUB_RUN_ID', process.env.GITHUB_RUN_ID)
        : null,
      governanceReviewers: reviewers(),
      secrets: [...environment.secrets, ...(pullRequestToken ? [pullRequestToken] : [])],
    };
    const result = await runGovernance(request, {
      ...environment.deps,
      ...(pullRequestToken ? { pullRequests: repositoryClient(pullRequestToken) } : {}),
    });
    core.setOutput('pull-request', result.pullRequest ? String(result.pullRequest.number) : '');
    core.setOutput('pull-request-url', result.pullRequest?.url ?? '');
    core.setOutput('audit', JSON.stringify(result.audit));
    core.setOutput('audit-log', environment.auditLog);
    await writeSummary(
      renderRollbackSummary(
        request,
        result,
        await entryAfter(environment.deps.store, request.tag, request.runId),
      ),
    );
  } catch (error) {
    await failWithSummary('❌ Rollback or override failed', error, 'issue_create_failed');
  }
}
