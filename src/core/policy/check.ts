import type { VerdictCode } from '../errors/index.js';

export const CHECK_NAMES = [
  'bundle',
  'signature',
  'certificate_identity',
  'certificate_predicate',
  'predicate_type',
  'builder_id',
  'source_repository',
  'repository_id',
  'source_ref',
  'source_commit',
  'subjects',
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
  readonly code: VerdictCode;
}

export function passed(name: CheckName, code: VerdictCode, expected: string, actual: string): Check {
  return { name, status: 'passed', expected, actual, code };
}

export function failed(name: CheckName, code: VerdictCode, expected: string, actual: string): Check {
  return { name, status: 'failed', expected, actual, code };
}

export function skipped(name: CheckName, code: VerdictCode, why: string): Check {
  return { name, status: 'skipped', expected: why, actual: '-', code };
}

export function compare(name: CheckName, code: VerdictCode, expected: string, actual: string | null, ok: boolean): Check {
  return (ok ? passed : failed)(name, code, expected, actual ?? '(absent)');
}
