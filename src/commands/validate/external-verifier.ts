import type { SlsaVerifierOutcome } from '../../adapters/slsa-verifier/index.js';
import { decideVerdict, failed, passed, skipped, type Check, type Verdict } from '../../core/policy/index.js';

/** slsa-verifier's outcome as the first recorded check; a rejection by it rejects the release. */
export function slsaVerifierCheck(outcome: SlsaVerifierOutcome): Check {
  const expected = 'slsa-verifier verify-artifact accepts the provenance';
  switch (outcome.kind) {
    case 'absent': return skipped('slsa_verifier', 'signature_invalid', 'slsa-verifier is not on PATH; the in-process sigstore verifier decides');
    case 'degraded': return skipped('slsa_verifier', 'signature_invalid', `slsa-verifier could not decide (${outcome.detail}); degraded to sigstore`);
    case 'passed': return passed('slsa_verifier', 'signature_invalid', expected, 'verified');
    case 'rejected': return failed('slsa_verifier', outcome.code, expected, outcome.detail);
  }
}

/** Both verifiers must accept when both ran; the in-process verdict alone carries the facts. */
export function combineVerdicts(ours: Verdict, outcome: SlsaVerifierOutcome): Verdict {
  if (outcome.kind === 'absent') return ours;
  const verifier = outcome.kind === 'degraded' ? ours.verifier : `slsa-verifier + ${ours.verifier}`;
  const combined = decideVerdict({
    checks: [slsaVerifierCheck(outcome), ...ours.checks],
    facts: ours.facts,
    subjects: ours.subjects,
    artifacts: ours.provenance?.artifacts ?? [],
    verifier,
  });
  return combined;
}
