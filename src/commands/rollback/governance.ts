import { openRevertPullRequest } from '../../adapters/github/index.js';
import { applyToEntry } from '../../adapters/manifest/index.js';
import { GuardError } from '../../core/errors/index.js';
import { kpiEvent } from '../../core/kpi/index.js';
import type { EventPayload, ManifestEvent } from '../../core/manifest/index.js';
import type { AuditEvent } from '../../core/operations/index.js';
import { authorizeOperation, operationContext, parseOperationInput, recordAudit, type OperationDependencies, type OperationRequest } from '../operations/index.js';

export type GovernanceOperation = 'rollback' | 'override_grant' | 'override_revoke';

export interface GovernanceRequest extends OperationRequest {
  readonly operation: GovernanceOperation;
  /** rollback: the commit to go back to (the last good release). */
  readonly targetSha: string | null;
  readonly baseBranch: string;
  /** override_grant: when it ends (at most 7 days ahead). */
  readonly expiresAt: string | null;
}

export interface GovernanceResult {
  readonly pullRequest: { readonly number: number; readonly url: string } | null;
  readonly audit: AuditEvent;
}

/** Rollback and overrides: maintainers (or the named governance reviewers) only, each audited once. */
export async function runGovernance(request: GovernanceRequest, deps: OperationDependencies): Promise<GovernanceResult> {
  const context = operationContext(request.operation, request);
  parseOperationInput(request.operation, {
    run_id: request.runId, tag: request.tag, reason: request.reason, incident: request.incident,
    ...(request.operation === 'rollback' ? { target_sha: request.targetSha } : {}), ...(request.operation === 'override_grant' ? { expires_at: request.expiresAt } : {}),
  });
  await authorizeOperation(context, deps);
  const at = deps.now().toISOString();
  const event = { tag: request.tag, run_id: request.runId, run_attempt: 1, actor: request.actor, at, reason: `${request.operation} (request ${request.requestId}, incident #${request.incident}): ${request.reason}`.slice(0, 300), ...payload(request) } as ManifestEvent;
  const recorded = await applyToEntry(deps.store, event);
  if (recorded.outcome === 'refused') {
    await recordAudit(context, deps, 'failed', recorded.message);
    throw new GuardError('input_invalid', recorded.message);
  }
  if (request.operation !== 'rollback') return { pullRequest: null, audit: await recordAudit(context, deps, 'succeeded', recorded.message) };
  const branch = `rollback/${request.tag}-${request.runId}`;
  const pullRequest = await openRevertPullRequest(deps.github, {
    baseBranch: request.baseBranch, branch, targetSha: request.targetSha!,
    title: `Roll back ${request.tag} to ${request.targetSha!.slice(0, 12)}`,
    body: rollbackBody(request, branch),
  });
  const issue = await deps.github.octokit.rest.issues.get({ ...deps.github.repository, issue_number: request.incident }).then((r) => Date.parse(r.data.created_at), () => null);
  if (issue !== null) {
    await deps.kpi.emit([kpiEvent({ repository: `${deps.github.repository.owner}/${deps.github.repository.repo}`, tag: request.tag, run_id: request.runId, run_attempt: 1, occurred_at: at },
      'recovery.rollback_lead_time', (deps.now().getTime() - issue) / 1000, { incident: String(request.incident) }, `rollback-${request.requestId}`)]);
  }
  return { pullRequest, audit: await recordAudit(context, deps, 'succeeded', `rollback PR #${pullRequest.number}`) };
}

function payload(request: GovernanceRequest): EventPayload {
  if (request.operation === 'rollback') return { event: 'rolled_back' };
  if (request.operation === 'override_revoke') return { event: 'override_revoked' };
  return { event: 'override_granted', override: { reason: request.reason, approver: request.actor, expires_at: request.expiresAt! } };
}

function rollbackBody(request: GovernanceRequest, branch: string): string {
  return [
    `Rolls \`${request.tag}\` (run ${request.runId}) back to ${request.targetSha} — incident #${request.incident}.`,
    '',
    `Reason: ${request.reason.replace(/[@#<>[\]()`]/g, '')}`,
    '',
    `**Before merging:** the \`provenance-validate\` job must pass on \`${branch}\` — a rollback is a release and needs verified provenance like any other.`,
    'The manifest entry is recorded as `status=rollback`, `governance_flag=rollback`.',
  ].join('\n');
}
