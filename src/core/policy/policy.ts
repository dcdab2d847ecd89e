import type { BuilderFamilyId, SlsaBuildLevel } from './builders.js';

/** A governance override that lets SLSA v0.2 provenance pass until it expires. */
export interface PredicateOverride {
  readonly reason: string;
  readonly approver: string;
  readonly expiresAt: Date;
}

/**
 * What a release is expected to be. `null` means "not asked for": the check is skipped, never passed.
 * Every identity pin is compared with what the Fulcio certificate attests, never with the predicate alone.
 */
export interface VerificationPolicy {
  /** Exact builder IDs; one without `@` accepts any `@refs/tags/…` version of that builder. */
  readonly expectedBuilderIds: readonly string[];
  /** `OWNER/NAME` (on `githubServerUrl`) or `https://host/OWNER/NAME`, against the certificate's OID .12. */
  readonly expectedSourceRepository: string | null;
  /** The owner of the source repository (on `githubServerUrl`), against the certificate's OID .12. */
  readonly expectedOwner: string | null;
  readonly tag: string | null;
  readonly commit: string | null;
  readonly expectedIssuer: string;
  /** Exact certificate SAN (the signing workflow), for signers the builder registry does not vouch for. */
  readonly expectedSan: string | null;
  /** Numeric repository ID the certificate must carry (Fulcio OID .15): survives renames and transfers. */
  readonly expectedRepositoryId: string | null;
  /** Refuse certificates whose runner environment (OID .11) is not `github-hosted`. */
  readonly denySelfHostedRunners: boolean;
  /** Where `OWNER/NAME` pins live: `https://github.com`, or a GitHub Enterprise server. */
  readonly githubServerUrl: string;
  readonly override: PredicateOverride | null;
  readonly now: Date;
  /** Builder families (the builder registry) the release may come from; absent or empty: any. */
  readonly expectedBuilderFamilies?: readonly BuilderFamilyId[];
  /** The lowest SLSA Build level the builder must meet; absent or null: any. */
  readonly requiredBuildLevel?: SlsaBuildLevel | null;
  /**
   * Tags the release may be built from: `semver` (vX.Y.Z with optional prerelease) or a glob; absent or null:
   * any ref.
   */
  readonly tagPattern?: string | null;
}

export const GITHUB_SERVER_URL = 'https://github.com';
