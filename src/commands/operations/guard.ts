import { repositoryPermission } from '../../adapters/github/index.js';
import { GuardError, type FailureCode } from '../../core/errors/index.js';
import {
  authorize,
  OPERATIONS,
  type OperationInput,
  type OperationKey,
} from '../../core/operations/index.js';
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

/**
 * A request refused before any effect (invalid, unauthorised, not bound to its entry): audited as `denied`.
 */
export class OperationDenied extends GuardError {
  constructor(code: FailureCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'OperationDenied';
  }
}

export function operationContext(operation: OperationKey, request: OperationRequest): OperationContext {
  const { actor, requestId, incident, reason, governanceReviewers, secrets } = request;
  return { operation, actor, requestId, incident, reason, governanceReviewers, secrets };
}

/**
 * Validates the input against the catalog once, and returns it normalised; anything else is `input_invalid`.
 */
export function parseOperationInput<K extends OperationKey>(
  operation: K,
  input: Record<string, unknown>,
): OperationInput<K> {
  const parsed = OPERATIONS[operation].input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OperationDenied(
      'input_invalid',
      `${operation}: ${issue?.path.join('.') || 'input'} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return parsed.data as OperationInput<K>;
}

/** Asks GitHub for the actor's permission before any effect; a refusal changes nothing. */
export async function authorizeOperation(
  context: OperationContext,
  deps: OperationDependencies,
): Promise<void> {
  const permission = await repositoryPermission(deps.github, context.actor);
  const decision = authorize(context.operation, context.actor, permission, context.governanceReviewers);
  if (!decision.allowed) throw new OperationDenied('permission_denied', decision.why);
}
