import { OPERATIONAL_CODES, type FailureCode } from './codes.js';

/** What a verdict says about the release: proven, disproven, or nothing at all. */
export const OUTCOMES = ['verified', 'rejected', 'undecided'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Codes that say nothing about the release: without a trust root or the artifact nothing was checked, and an
 * operational code is about the run (an input, a token, the pipeline), never about the release.
 */
const UNDECIDED: ReadonlySet<FailureCode> = new Set<FailureCode>([
  'trust_root_unavailable',
  'artifact_missing',
  'artifact_retention_missing',
  ...OPERATIONAL_CODES,
]);

/** A failure either disproves the release or leaves it undecided. */
export function failureOutcome(code: FailureCode): Exclude<Outcome, 'verified'> {
  return UNDECIDED.has(code) ? 'undecided' : 'rejected';
}

/** The one place a verdict's outcome is decided: the CLI's exit status and every report derive from it. */
export function outcomeOf(verdict: {
  readonly verified: boolean;
  readonly failureReason: FailureCode | null;
}): Outcome {
  if (verdict.verified) return 'verified';
  return verdict.failureReason === null ? 'rejected' : failureOutcome(verdict.failureReason);
}
