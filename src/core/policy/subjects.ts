import type { Subject } from '../provenance/index.js';
import { failed, passed, skipped, type Check } from './check.js';

export type DigestAlgorithm = 'sha256' | 'sha512';

export interface ArtifactDigest {
  readonly name: string;
  readonly algorithm: DigestAlgorithm;
  readonly hex: string;
}

/** sha256 when any subject carries it (GitHub, slsa-github-generator), else sha512 (npm). */
export function chooseDigestAlgorithm(subjects: readonly Subject[]): DigestAlgorithm | null {
  if (subjects.some((s) => s.digest.sha256 !== undefined)) return 'sha256';
  if (subjects.some((s) => s.digest.sha512 !== undefined)) return 'sha512';
  return null;
}

/** Every artifact must be a subject; with `requireAll`, every subject must also be an artifact. */
export function checkSubjects(
  subjects: readonly Subject[],
  artifacts: readonly ArtifactDigest[],
  requireAll = false,
): Check {
  if (artifacts.length === 0) return skipped('subjects', 'subject_mismatch', 'no artifact given');
  const describe = (list: readonly { name: string; hex: string }[]) =>
    list.map((a) => `${a.name} ${a.hex.slice(0, 16)}…`).join(', ');
  const algorithm = artifacts[0]?.algorithm ?? 'sha256';
  const subjectDigests = subjects
    .map((s) => ({ name: s.name, hex: s.digest[algorithm] }))
    .filter((s): s is { name: string; hex: string } => s.hex !== undefined);
  const known = new Set(subjectDigests.map((s) => s.hex.toLowerCase()));
  const unattested = artifacts.filter((a) => !known.has(a.hex.toLowerCase()));
  const produced = new Set(artifacts.map((a) => a.hex.toLowerCase()));
  const missing = requireAll ? subjectDigests.filter((s) => !produced.has(s.hex.toLowerCase())) : [];
  const expected = `${algorithm} of each artifact among: ${describe(subjectDigests) || '(no subject has one)'}`;
  if (unattested.length === 0 && missing.length === 0) {
    return passed('subjects', 'subject_mismatch', expected, describe(artifacts));
  }
  const problems = [
    unattested.length > 0 ? `not attested: ${describe(unattested)}` : '',
    missing.length > 0 ? `attested but not released: ${describe(missing)}` : '',
  ].filter(Boolean);
  return failed('subjects', 'subject_mismatch', expected, problems.join('; '));
}
