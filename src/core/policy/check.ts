import type { FailureCode } from '../errors/index.js';

export const CHECK_NAMES = [
  'slsa_verifier',
  'bundle',
  'signature',
  'certificate_identity',
  'certificate_predicate',
  'runner_environment',
  'predicate_type',
  'builder_id',
  'build_level',
  'source_repository',
  'repository_id',
  'source_ref',
  'ref_pattern',
  'source_commit',
  'subjects',
  'release_state',
  'release_assets',
  'verifier',
  'policy',
  'verification_result',
  'time_verified',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];
export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** One recorded step of a verification: what was expected, what was found. */
export interface Check {
  readonly name: CheckName;
  readonly status: CheckStatus;
  readonly expected: string;
  readonly actual: string;
  /** The failure code this check yields when it fails. */
  readonly code: FailureCode;
}

export function passed(name: CheckName, code: FailureCode, expected: string, actual: string): Check {
  return { name, status: 'passed', expected, actual, code };
}

export function failed(name: CheckName, code: FailureCode, expected: string, actual: string): Check {
  return { name, status: 'failed', expected, actual, code };
}

export function skipped(name: CheckName, code: FailureCode, why: string): Check {
  return { name, status: 'skipped', expected: why, actual: '-', code };
}

/** A check that passes when `ok`; an actual value of null reads `(absent)`. */
export interface Comparison {
  readonly name: CheckName;
  readonly code: FailureCode;
  readonly expected: string;
  readonly actual: string | null;
  readonly ok: boolean;
}

export function compare({ name, code, expected, actual, ok }: Comparison): Check {
  return (ok ? passed : failed)(name, code, expected, actual ?? '(absent)');
}
