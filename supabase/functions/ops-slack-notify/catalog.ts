/**
 * The failure codes a notice may name, and the headline each is announced with, as in src/core/errors and
 * src/core/notify. Deployed functions cannot import from src/, so they are repeated here;
 * test/kpi/edge-functions.test.ts fails when the two differ. Imports nothing, so Node can read it too.
 */
export const FAILURE_CODES = [
  'provenance_malformed',
  'attestation_missing',
  'signature_invalid',
  'tlog_invalid',
  'identity_mismatch',
  'predicate_mismatch',
  'override_expired',
  'builder_mismatch',
  'source_mismatch',
  'tag_mismatch',
  'materials_mismatch',
  'subject_mismatch',
  'artifact_missing',
  'artifact_retention_missing',
  'trust_root_unavailable',
  'asset_unattested',
  'asset_missing',
  'asset_replaced',
  'release_state_mismatch',
  'vsa_verifier_mismatch',
  'vsa_policy_mismatch',
  'vsa_failed',
  'notify_failed',
  'issue_create_failed',
  'kpi_ingest_failed',
  'rerun_denied',
  'rerun_limit_reached',
  'lock_timeout',
  'permission_denied',
  'input_invalid',
  'build_failed',
  'signing_failed',
  'publish_failed',
  'job_failed',
  'github_unavailable',
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** Verdict codes that prove the release bad; every other code leaves it undecided. */
const REJECTING: ReadonlySet<FailureCode> = new Set<FailureCode>(
  FAILURE_CODES.slice(0, FAILURE_CODES.indexOf('vsa_failed') + 1).filter(
    (code) => !['trust_root_unavailable', 'artifact_missing', 'artifact_retention_missing'].includes(code),
  ),
);

/** A job of the release that failed before or after verification: no provenance question at all. */
const JOB_HEADLINE: Partial<Record<FailureCode, string>> = {
  build_failed: 'Release build failed',
  signing_failed: 'Release signing failed',
  publish_failed: 'Release publishing failed',
  job_failed: 'Release job failed',
};

export function headlineOf(code: FailureCode): string {
  return (
    JOB_HEADLINE[code] ?? (REJECTING.has(code) ? 'Provenance rejected' : 'Provenance could not be decided')
  );
}

/** The runbooks, on this project's default branch: a link the function makes, never one a caller sends. */
export const RUNBOOKS_URL =
  'https://github.com/provenance-guard/provenance-guard/blob/main/docs/ops/runbooks/';

export function runbookLink(code: FailureCode): string {
  return `${RUNBOOKS_URL}${code}.md`;
}
