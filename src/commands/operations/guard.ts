import { repositoryPermission } from '../../adapters/github/index.js';
import { GuardError } from '../../core/errors/index.js';
import { auditEvent, authorize, OPERATIONS, type AuditEvent, type AuditResult, type OperationKey } from '../../core/operations/index.js';
import type { OperationDependencies, OperationRequest } from './dependencies.js';

export interface OperationContext {
  readonly operation: OperationKey;
  readonly actor: string;
  readonly requestId: string;
  readonly incident: number | null;
  readonly reason: string;
  readonly governanceReviewers: readonly string[];
  readonly secrets: readonly string[];
}

export function operationContext(operation: OperationKey, request: OperationRequest): OperationContext {
  const { actor, requestId, incident, reason, governanceReviewers, secrets } = request;
  return { operation, actor, requestId, incident, reason, governanceReviewers, secrets };
}

/** Validates the input against the catalog; anything else is `input_invalid`. */
export function parseOperationInput(operation: OperationKey, input: Record<string, unknown>): void {
  const parsed = OPERATIONS[operation].input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GuardError('input_invalid', `${operation}: ${issue?.path.join('.') || 'input'} ${issue?.message ?? 'is invalid'}`);
  }
}

/** Asks GitHub for the actor's permission before any effect; a refusal is audited and nothing changes. */
export async function authorizeOperation(context: OperationContext, deps: OperationDependencies): Promise<void> {
  const permission = await repositoryPermission(deps.github, context.actor);
  const decision = authorize(context.operation, context.actor, permission, context.governanceReviewers);
  if (decision.allowed) return;
  await recordAudit(context, deps, 'denied', decision.why);
  throw new GuardError('permission_denied', decision.why);
}

/** Exactly one audit event per operation, with the result and a short sanitised reason. */
export async function recordAudit(context: OperationContext, deps: OperationDependencies, result: AuditResult, detail: string): Promise<AuditEvent> {
  const repository = `${deps.github.repository.owner}/${deps.github.repository.repo}`;
  const event = auditEvent({
    repository, actor: context.actor, operation: context.operation, result, request_id: context.requestId,
    incident: context.incident, reason: `${context.reason} — ${detail}`, at: deps.now().toISOString(),
  }, context.secrets);
  await deps.audit.record(event);
  deps.log('audit', { operation: event.operation, result, actor: event.actor });
  return event;
}
