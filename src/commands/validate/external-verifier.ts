import type { SlsaVerifierOutcome } from '../../adapters/slsa-verifier/index.js';
import type { RepositoryRef } from '../../adapters/github/index.js';
import {
  decideVerdict,
  failed,
  passed,
  skipped,
  toSourcePins,
  type Check,
  type Verdict,
  type VerificationPolicy,
} from '../../core/policy/index.js';

/** slsa-verifier's `--source-uri`: the pinned repository with its host, or this repository. */
export function slsaVerifierSourceUri(policy: VerificationPolicy, repository: RepositoryRef): string {
  const pin = toSourcePins(policy).find((candidate) => candidate.name !== null);
  if (pin) return `${pin.host}/${pin.owner}/${pin.name}`;
  return `${new URL(policy.githubServerUrl).host}/${repository.owner}/${repository.repo}`;
}

/**
 * slsa-verifier's outcome as the first recorded check. Its output echoes names the attacker chose, so
 * it is never read to decide: a rejection carries our own verdict's code when ours rejects too.
 */
export function slsaVerifierCheck(outcome: SlsaVerifierOutcome, ours: Verdict): Check {
  const expected = 'slsa-verifier verify-artifact accepts the provenance';
  switch (outcome.kind) {
    case 'absent':
      return skipped(
        'slsa_verifier',
        'signature_invalid',
        'slsa-verifier is not on PATH; the in-process sigstore verifier decides',
      );
    case 'degraded':
      return skipped(
        'slsa_verifier',
        'signature_invalid',
        `slsa-verifier could not run (${outcome.detail}); degraded to sigstore`,
      );
    case 'passed':
      return passed('slsa_verifier', 'signature_invalid', expected, 'verified (exit status 0)');
    case 'rejected':
      return failed('slsa_verifier', ours.failureReason ?? 'signature_invalid', expected, outcome.detail);
  }
}

/** Both verifiers must accept when both ran; the in-process verdict alone carries the facts. */
export function combineVerdicts(ours: Verdict, outcome: SlsaVerifierOutcome): Verdict {
  if (outcome.kind === 'absent') return ours;
  const verifier = outcome.kind === 'degraded' ? ours.verifier : `slsa-verifier + ${ours.verifier}`;
  return decideVerdict({
    checks: [slsaVerifierCheck(outcome, ours), ...ours.checks],
    facts: ours.facts,
    subjects: ours.subjects,
    artifacts: ours.provenance?.artifacts ?? [],
    verifier,
    attestation: ours.attestation,
    standing: ours.provenance?.standing,
    releaseAssets: ours.provenance?.releaseAssets,
    policySha256: ours.provenance?.policySha256,
  });
}
