import { toVerdictFacts, verdictDigest, type ManifestEvent } from '../../src/core/manifest/index.js';
import {
  decideVerdict,
  passed,
  type ReleaseAssetRecord,
  type VerifiedProvenance,
} from '../../src/core/policy/index.js';

/** What a verified release may record beside its provenance. */
export interface ProvenanceExtras {
  readonly policySha256?: string | null;
  readonly releaseAssets?: readonly ReleaseAssetRecord[] | null;
}

/** A VerifiedProvenance made the only way there is: a verdict whose checks all passed. */
export function verifiedProvenance(
  builderId = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0',
  extras: ProvenanceExtras = {},
): VerifiedProvenance {
  const verdict = decideVerdict({
    checks: [passed('signature', 'signature_invalid', 'verifies', 'verified')],
    facts: {
      predicateType: 'https://slsa.dev/provenance/v1',
      buildType: null,
      builderId,
      sourceRepository: 'o/r',
      sourceHost: 'github.com',
      sourceRef: 'refs/tags/v1.0.0',
      sourceCommits: ['a'.repeat(40)],
      workflow: null,
      repositoryId: null,
      repositoryOwnerId: null,
    },
    subjects: [{ name: 'app.tgz', digest: { sha256: 'b'.repeat(64) } }],
    artifacts: [{ name: 'app.tgz', algorithm: 'sha256', hex: 'b'.repeat(64) }],
    verifier: 'sigstore-js',
    ...extras,
  });
  if (!verdict.provenance) throw new Error('the fixture verdict must verify');
  return verdict.provenance;
}

let clock = Date.parse('2026-11-20T00:00:00Z');

/** A fresh event for tag/run with a unique timestamp, so each call is a distinct event. */
export function manifestEvent(
  event: ManifestEvent['event'],
  extra: Record<string, unknown> = {},
): ManifestEvent {
  clock += 1000;
  const base = {
    tag: 'v1.0.0',
    run_id: 100,
    run_attempt: 1,
    at: new Date(clock).toISOString(),
    actor: 'release-bot',
    reason: null,
  };
  const payload: Record<string, Record<string, unknown>> = {
    validated: { provenance: verifiedProvenance() },
    rerun_succeeded: { provenance: verifiedProvenance() },
    failed: { failure_reason: 'subject_mismatch' },
    rerun_failed: { failure_reason: 'subject_mismatch' },
    notify_claimed: { claim_id: 'notifier-1' },
    notify_released: { claim_id: 'notifier-1' },
    notified: { slack_delivered: false },
    issue_opened: { issue_number: 7 },
    escalated: { note: 'issue creation failed; posted to ops summary' },
    verdict_signed: {
      verdict_sha256: verdictDigest(toVerdictFacts(verifiedProvenance())),
      signature: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
    },
    override_granted: {
      override: {
        reason: 'legacy line',
        approver: 'gov',
        expires_at: new Date(clock + 86_400_000).toISOString(),
      },
    },
  };
  return { ...base, event, ...(payload[event] ?? {}), ...extra } as ManifestEvent;
}
