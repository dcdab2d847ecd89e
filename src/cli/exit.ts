import { outcomeOf, type FailureCode, type Outcome } from '../core/errors/index.js';

/**
 * One rule for every command: 0 verified (or clean), 1 rejected (a policy or cryptographic check
 * failed, or lint found violations), 2 the command could not decide (usage, unreadable input, no trust root).
 */
export const EXIT = { verified: 0, rejected: 1, undecided: 2 } as const satisfies Record<Outcome, number>;

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr?: string;
}

/** The exit status of a verdict: its outcome (see outcomeOf), so the two never disagree. */
export function exitCodeFor(verdict: {
  readonly verified: boolean;
  readonly failureReason: FailureCode | null;
}): number {
  return EXIT[outcomeOf(verdict)];
}
