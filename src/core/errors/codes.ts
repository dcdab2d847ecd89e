/**
 * The closed set of failure codes. They are used identically by CLI/action outputs, the manifest,
 * KPI rows, issue labels and runbook file names (docs/ops/runbooks/<code>.md). Never rename one.
 */
export const VERDICT_CODES = [
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
] as const;

export const OPERATIONAL_CODES = [
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

export type VerdictCode = (typeof VERDICT_CODES)[number];
export type OperationalCode = (typeof OPERATIONAL_CODES)[number];
export type FailureCode = VerdictCode | OperationalCode;

export const FAILURE_CODES: readonly FailureCode[] = [...VERDICT_CODES, ...OPERATIONAL_CODES];

export function isFailureCode(value: unknown): value is FailureCode {
  return typeof value === 'string' && (FAILURE_CODES as readonly string[]).includes(value);
}
