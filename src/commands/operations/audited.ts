import { statusOf } from '../../adapters/github/index.js';
import { GuardError, isGuardError, type FailureCode } from '../../core/errors/index.js';
import { auditEvent, OPERATIONS, type AuditEvent, type AuditResult } from '../../core/operations/index.js';
import type { OperationDependencies } from './dependencies.js';
import { OperationDenied, type OperationContext } from './guard.js';

export interface Outcome<T> {
  readonly result: Extract<AuditResult, 'succeeded' | 'noop'>;
  readonly detail: string;
  readonly value: T;
}

/**
 * Runs an operation so that it emits exactly one audit event, whatever happens: its own outcome
 * (succeeded, noop), `denied` for a refused request, `failed` for anything that broke — and every
 * error leaves as a coded GuardError.
 */
export async function runAudited<T>(
  context: OperationContext,
  deps: OperationDependencies,
  body: () => Promise<Outcome<T>>,
): Promise<T & { audit: AuditEvent }> {
  let outcome: Outcome<T>;
  try {
    outcome = await body();
  } catch (error) {
    const coded = toCodedError(error, OPERATIONS[context.operation].failure);
    await recordAudit(
      context,
      deps,
      error instanceof OperationDenied ? 'denied' : 'failed',
      `${coded.code}: ${coded.message}`,
    );
    throw coded;
  }
  return { ...outcome.value, audit: await recordAudit(context, deps, outcome.result, outcome.detail) };
}

/**
 * An error as one of our codes: GitHub refusing access is permission_denied, a bad request input_invalid, the
 * rest the operation's own failure.
 */
export function toCodedError(error: unknown, fallback: FailureCode): GuardError {
  if (isGuardError(error)) return error;
  const status = statusOf(error);
  const message = `${status === undefined ? '' : `GitHub answered ${status}: `}${(error as Error)?.message?.split('\n')[0] ?? String(error)}`;
  if (status === 401 || status === 403 || status === 404)
    return new GuardError(
      'permission_denied',
      `${message} (check the token's permissions for this operation)`,
      { cause: error },
    );
  if (status === 400 || status === 422) return new GuardError('input_invalid', message, { cause: error });
  return new GuardError(fallback, message, { cause: error });
}

/** The one audit event of an operation, with the result and a short sanitised reason. */
async function recordAudit(
  context: OperationContext,
  deps: OperationDependencies,
  result: AuditResult,
  detail: string,
): Promise<AuditEvent> {
  const repository = `${deps.github.repository.owner}/${deps.github.repository.repo}`;
  const event = auditEvent(
    {
      repository,
      actor: context.actor,
      operation: context.operation,
      result,
      request_id: context.requestId,
      incident: context.incident,
      reason: `${context.reason} — ${detail}`,
      at: deps.now().toISOString(),
    },
    context.secrets,
  );
  await deps.audit.record(event);
  deps.log('audit', { operation: event.operation, result, actor: event.actor });
  return event;
}
