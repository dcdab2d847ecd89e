import type { FailureCode } from '../core/errors/index.js';

/**
 * One rule for every command: 0 verified (or clean), 1 rejected (a policy or cryptographic check
 * failed, or lint found violations), 2 the command could not decide (usage, unreadable input, no trust root).
 */
export const EXIT = { verified: 0, rejected: 1, undecided: 2 } as const;

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr?: string;
}

/**
 * Verdict codes that say nothing about the release: without a trust root or the artifact, nothing was
 * decided.
 */
const UNDECIDED: ReadonlySet<FailureCode> = new Set<FailureCode>([
  'trust_root_unavailable',
  'artifact_missing',
  'input_invalid',
]);

export function exitCodeFor(verdict: {
  readonly verified: boolean;
  readonly failureReason: FailureCode | null;
}): number {
  if (verdict.verified) return EXIT.verified;
  return verdict.failureReason !== null && UNDECIDED.has(verdict.failureReason)
    ? EXIT.undecided
    : EXIT.rejected;
}
