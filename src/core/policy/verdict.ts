import type { FailureCode } from '../errors/index.js';
import type { PredicateFacts, Subject } from '../provenance/index.js';
import type { Check } from './check.js';
import type { ArtifactDigest } from './subjects.js';
import type { BuilderStanding } from './build-level.js';

/** A published release asset as verified: its name, size and sha256. */
export interface ReleaseAssetRecord {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

declare const verified: unique symbol;

/**
 * Provenance that passed every check. Only `decideVerdict` makes one, so only a verified result
 * can be written anywhere as a success.
 */
export interface VerifiedProvenance {
  readonly [verified]: true;
  readonly predicateType: string;
  readonly builderId: string;
  readonly sourceRepository: string | null;
  readonly sourceRef: string | null;
  readonly sourceCommit: string | null;
  readonly subjects: readonly Subject[];
  readonly artifacts: readonly ArtifactDigest[];
  readonly verifier: string;
  /** The builder's family and SLSA Build level (the lowest, when several attestations made the verdict). */
  readonly standing: BuilderStanding | null;
  /** The published release's assets, when the release itself was verified. */
  readonly releaseAssets: readonly ReleaseAssetRecord[] | null;
  /** SHA-256 of the policy file the release was verified under. */
  readonly policySha256: string | null;
}

export interface Verdict {
  readonly verified: boolean;
  readonly failureReason: FailureCode | null;
  readonly checks: readonly Check[];
  readonly facts: PredicateFacts | null;
  readonly subjects: readonly Subject[];
  readonly verifier: string;
  readonly provenance: VerifiedProvenance | null;
  /** Which attestation of the input the verdict is about, when it held several. */
  readonly attestation: string | null;
}

export interface VerdictInput {
  readonly checks: readonly Check[];
  readonly facts: PredicateFacts | null;
  readonly subjects: readonly Subject[];
  readonly artifacts: readonly ArtifactDigest[];
  readonly verifier: string;
  readonly attestation?: string | null;
  readonly standing?: BuilderStanding | null;
  readonly releaseAssets?: readonly ReleaseAssetRecord[] | null;
  readonly policySha256?: string | null;
}

/** The verdict is the first failing check in order; any failure means no VerifiedProvenance. */
export function decideVerdict(input: VerdictInput): Verdict {
  const firstFailure = input.checks.find((c) => c.status === 'failed');
  const cryptoPassed = input.checks.some((c) => c.name === 'signature' && c.status === 'passed');
  const ok =
    firstFailure === undefined && cryptoPassed && input.facts !== null && input.facts.builderId !== null;
  const base = {
    checks: input.checks,
    facts: input.facts,
    subjects: input.subjects,
    verifier: input.verifier,
    attestation: input.attestation ?? null,
  };
  if (!ok || input.facts === null || input.facts.builderId === null) {
    return {
      ...base,
      verified: false,
      failureReason: firstFailure?.code ?? 'attestation_missing',
      provenance: null,
    };
  }
  const provenance = {
    predicateType: input.facts.predicateType,
    builderId: input.facts.builderId,
    sourceRepository: input.facts.sourceRepository,
    sourceRef: input.facts.sourceRef,
    sourceCommit: input.facts.sourceCommits[0] ?? null,
    subjects: input.subjects,
    artifacts: input.artifacts,
    verifier: input.verifier,
    standing: input.standing ?? null,
    releaseAssets: input.releaseAssets ?? null,
    policySha256: input.policySha256 ?? null,
  } as VerifiedProvenance;
  return { ...base, verified: true, failureReason: null, provenance };
}

/** A verdict for a run that failed before there was provenance to check (download, lookup, inputs). */
export function rejectedBeforeVerification(check: Check, verifier: string): Verdict {
  return decideVerdict({ checks: [check], facts: null, subjects: [], artifacts: [], verifier });
}
