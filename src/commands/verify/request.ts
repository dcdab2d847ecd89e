import type { ArtifactDigest, VerificationPolicy } from '../../core/policy/index.js';
import type { TrustSource } from '../../adapters/sigstore/index.js';

/**
 * Where attestations are looked up by the artifacts' digests when no provenance file is given: a GitHub
 * repository (`OWNER/NAME`), every repository of an organisation, and for npm tarballs an npm registry.
 */
export interface AttestationLookup {
  readonly repo: string | null;
  readonly owner: string | null;
  readonly registry: string | null;
}

export interface VerifyRequest {
  readonly artifactPaths: readonly string[];
  /** The provenance file; unused (empty) when `lookup` is set. */
  readonly provenancePath: string;
  /** Look the attestations up by digest instead of reading `provenancePath`. */
  readonly lookup?: AttestationLookup | null;
  /** With `lookup`: the directory each artifact's attestations are written to, to verify offline later. */
  readonly bundleOut?: string | null;
  /** The GitHub REST API root for `lookup`; `GITHUB_API_URL`, then api.github.com, when null. */
  readonly githubApiUrl?: string | null;
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
