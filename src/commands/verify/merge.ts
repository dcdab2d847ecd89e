import type { LoadedPolicy } from '../../core/policy-file/index.js';
import { decideVerdict, type Check, type ReleaseAssetRecord, type Verdict } from '../../core/policy/index.js';

/**
 * One verdict for the release: every rule's checks, then the release checks; the lowest Build level stands.
 */
export function mergeVerdicts(
  verdicts: readonly Verdict[],
  extra: readonly Check[],
  releaseAssets: ReleaseAssetRecord[] | null,
  policyFile: LoadedPolicy | null,
): Verdict {
  const [first] = verdicts as [Verdict];
  const standings = verdicts.map((v) => v.provenance?.standing ?? null);
  const standing = standings.includes(null)
    ? null
    : standings.reduce((low, s) => (s && low && s.level < low.level ? s : low));
  return decideVerdict({
    checks: [...verdicts.flatMap((v) => v.checks), ...extra],
    facts: first.facts,
    subjects: [...new Map(verdicts.flatMap((v) => v.subjects).map((s) => [JSON.stringify(s), s])).values()],
    artifacts: verdicts.flatMap((v) => v.provenance?.artifacts ?? []),
    verifier: first.verifier,
    attestation: first.attestation,
    standing,
    releaseAssets,
    policySha256: policyFile?.sha256 ?? null,
  });
}
