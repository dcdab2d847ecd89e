import type { FailureCode } from './codes.js';

/** The one error type the project throws on purpose: a stable code, a readable message, a cause. */
export class GuardError extends Error {
  readonly code: FailureCode;

  constructor(code: FailureCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GuardError';
    this.code = code;
  }
}

export function isGuardError(error: unknown): error is GuardError {
  return error instanceof GuardError;
}
