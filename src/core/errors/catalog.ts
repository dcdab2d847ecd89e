import type { FailureCode } from './codes.js';

export type Severity = 'S0' | 'S1' | 'S2' | 'S3';

export interface FailureCodeInfo {
  /** One line a person on call understands without the code. */
  readonly meaning: string;
  readonly severity: Severity;
}

/**
 * What each code means and how bad it is. S1: the release may be tampered with or unprovable;
 * S2: the release cannot be proven until someone acts; S3: the pipeline degraded, the verdict stands.
 */
export const FAILURE_CATALOG: Readonly<Record<FailureCode, FailureCodeInfo>> = {
  provenance_malformed: {
    meaning: 'The provenance bundle, DSSE envelope or statement could not be parsed.',
    severity: 'S2',
  },
  attestation_missing: {
    meaning: 'No provenance was found for the artifact, or it lacks what verification needs.',
    severity: 'S2',
  },
  signature_invalid: {
    meaning: 'The DSSE signature or the Fulcio certificate chain does not verify.',
    severity: 'S1',
  },
  tlog_invalid: {
    meaning: 'The transparency-log entry or timestamp is missing or does not verify.',
    severity: 'S1',
  },
  identity_mismatch: {
    meaning:
      'The signing certificate identity (issuer, SAN, Fulcio extensions) is not the expected one or contradicts the predicate.',
    severity: 'S1',
  },
  predicate_mismatch: {
    meaning: 'The predicateType is not SLSA provenance v1 (v0.2 needs a live governance override).',
    severity: 'S2',
  },
  override_expired: { meaning: 'A governance override was used after its expires_at.', severity: 'S2' },
  builder_mismatch: { meaning: 'The builder ID is not one of the expected builders.', severity: 'S1' },
  source_mismatch: { meaning: 'The source repository is not the expected one.', severity: 'S1' },
  tag_mismatch: {
    meaning: 'The provenance was built from another ref than refs/tags/<tag>.',
    severity: 'S2',
  },
  materials_mismatch: {
    meaning: 'The source commit in the provenance is not the release commit.',
    severity: 'S1',
  },
  subject_mismatch: {
    meaning: 'An artifact digest is not among the provenance subjects (or the sets differ).',
    severity: 'S1',
  },
  artifact_missing: { meaning: 'The artifact could not be downloaded or read.', severity: 'S2' },
  artifact_retention_missing: {
    meaning: 'The artifact expired under the retention policy and must be reacquired.',
    severity: 'S2',
  },
  trust_root_unavailable: {
    meaning:
      'No Sigstore trusted root could be used: online TUF did not answer or did not verify, or the trusted root given could not be read as one.',
    severity: 'S2',
  },
  asset_unattested: {
    meaning: 'A published release asset is not a subject of any verified attestation.',
    severity: 'S1',
  },
  asset_missing: {
    meaning: 'An attested subject is not among the published release assets.',
    severity: 'S2',
  },
  asset_replaced: {
    meaning: 'A release asset carries the name of an attested subject but another digest: it was replaced.',
    severity: 'S1',
  },
  release_state_mismatch: {
    meaning: 'The release is a draft, or its prerelease flag is not what the policy expects.',
    severity: 'S2',
  },
  vsa_verifier_mismatch: {
    meaning: 'The verification summary was issued by another verifier than the expected one.',
    severity: 'S1',
  },
  vsa_policy_mismatch: {
    meaning: 'The verification summary was made under another policy than the expected one (policy digest).',
    severity: 'S1',
  },
  vsa_failed: {
    meaning: 'The verification summary does not say PASSED (or lacks the required SLSA level).',
    severity: 'S1',
  },
  notify_failed: { meaning: 'The Slack notification was not delivered.', severity: 'S3' },
  issue_create_failed: { meaning: 'The GitHub Issue for a failure could not be created.', severity: 'S2' },
  kpi_ingest_failed: {
    meaning: 'KPI events could not be sent to Supabase; they were spooled.',
    severity: 'S3',
  },
  rerun_denied: { meaning: 'GitHub refused to rerun the workflow run.', severity: 'S2' },
  rerun_limit_reached: {
    meaning: 'The rerun window or rerun cap is exhausted; another recovery path is needed.',
    severity: 'S2',
  },
  lock_timeout: {
    meaning: 'The manifest could not be updated after bounded compare-and-swap retries.',
    severity: 'S2',
  },
  permission_denied: {
    meaning: 'The actor lacks the repository permission this operation requires.',
    severity: 'S2',
  },
  input_invalid: { meaning: 'An input or argument is missing or malformed.', severity: 'S3' },
  build_failed: {
    meaning:
      'The release build failed before anything was signed: no provenance question, the code does not build.',
    severity: 'S3',
  },
  signing_failed: {
    meaning:
      'Signing failed: the provenance or the verification summary of the release could not be attested.',
    severity: 'S2',
  },
  publish_failed: {
    meaning: 'The verified binaries could not be published as the GitHub Release.',
    severity: 'S2',
  },
  job_failed: {
    meaning:
      'A release job failed outside its verdict (a checkout, an upload, a lost runner): read the failed step; any verdict recorded stands.',
    severity: 'S2',
  },
  github_unavailable: {
    meaning:
      'GitHub did not answer within the retry policy (server errors, timeouts, rate limits): nothing was decided; rerun the step.',
    severity: 'S2',
  },
};
