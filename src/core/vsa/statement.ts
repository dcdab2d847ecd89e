import type { SlsaBuildLevel } from '../policy/index.js';

export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** A resource and the SHA-256 that pins it (the VSA's ResourceDescriptor, reduced to what we record). */
export interface PinnedResource {
  readonly uri: string;
  readonly sha256: string;
}

export interface VsaInput {
  /** `OWNER/provenance-guard@vX.Y.Z`: the verifier consumers pin. */
  readonly verifierId: string;
  readonly verifierVersion: string;
  readonly timeVerified: Date;
  /** The release (or, for files, the artifact) the verdict is about. */
  readonly resourceUri: string;
  readonly policy: PinnedResource;
  /** The attestation bundles the verdict rests on. */
  readonly inputAttestations: readonly PinnedResource[];
  readonly subjects: readonly { readonly name: string; readonly sha256: string }[];
  readonly level: SlsaBuildLevel;
}

/**
 * An in-toto Statement v1 with SLSA's Verification Summary predicate (v1): only a verified release gets one,
 * so the result is always PASSED. `verifiedLevels` is the Build level the builder registry grants the family,
 * never more.
 */
export function toVsaStatement(input: VsaInput): Record<string, unknown> {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: input.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: input.verifierId, version: { 'provenance-guard': input.verifierVersion } },
      timeVerified: input.timeVerified.toISOString(),
      resourceUri: input.resourceUri,
      policy: { uri: input.policy.uri, digest: { sha256: input.policy.sha256 } },
      inputAttestations: input.inputAttestations.map((a) => ({ uri: a.uri, digest: { sha256: a.sha256 } })),
      verificationResult: 'PASSED',
      verifiedLevels: [`SLSA_BUILD_LEVEL_${input.level}`],
      slsaVersion: '1.0',
    },
  };
}
