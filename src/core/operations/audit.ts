import { redactText } from '../redaction/index.js';
import type { OperationKey } from './catalog.js';

export type AuditResult = 'denied' | 'succeeded' | 'failed' | 'noop';

/** One privileged operation, allowed or not: exactly one event each, never a secret or an e-mail. */
export interface AuditEvent {
  readonly repository: string;
  readonly actor: string;
  readonly operation: OperationKey | string;
  readonly result: AuditResult;
  /** The workflow run (and attempt) that carried the request. */
  readonly request_id: string;
  readonly incident: number | null;
  readonly reason: string;
  readonly at: string;
}

const MAX_REASON = 200;

/** A short, sanitised reason: secrets and secret-shaped text redacted, one line, bounded. */
export function sanitizeReason(reason: string, secrets: readonly string[]): string {
  const oneLine = redactText(reason, secrets).replace(/[\r\n\t]+/g, ' ');
  return [...oneLine]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .slice(0, MAX_REASON);
}

export function auditEvent(
  fields: Omit<AuditEvent, 'reason'> & { reason: string },
  secrets: readonly string[],
): AuditEvent {
  return {
    ...fields,
    actor: sanitizeReason(fields.actor, secrets),
    reason: sanitizeReason(fields.reason, secrets),
  };
}

export interface AuditSink {
  record(event: AuditEvent): Promise<void>;
}
