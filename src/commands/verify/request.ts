import type { ArtifactDigest, VerificationPolicy } from '../../core/policy/index.js';
import type { TrustSource } from '../../adapters/sigstore/index.js';

export interface VerifyRequest {
  readonly artifactPaths: readonly string[];
  readonly provenancePath: string;
  readonly policy: VerificationPolicy;
  readonly trust: TrustSource;
  /** Where legacy envelopes (no inclusion proof) are looked up; without it they are refused. */
  readonly rekorUrl: string | null;
  /**
   * `all` (a provenance file): every attestation in it must verify. `any` (looked up by digest): the
   * release passes if one SLSA attestation passes the whole policy. `all` when absent.
   */
  readonly attestationMode?: 'all' | 'any';
  /** The release's artifacts and the subjects must be the same set. */
  readonly requireAllSubjects: boolean;
  /** Digests already computed for these artifacts (same order), reused when the algorithm matches. */
  readonly knownDigests?: readonly ArtifactDigest[];
  /** Digests whose hashing started before the verifier loaded; null when that guess was not possible. */
  readonly earlyDigests?: Promise<readonly ArtifactDigest[] | null>;
}

export const VERIFIER_NAME = 'sigstore-js';
