/** A governance override that lets SLSA v0.2 provenance pass until it expires. */
export interface PredicateOverride {
  readonly reason: string;
  readonly approver: string;
  readonly expiresAt: Date;
}

/** What a release is expected to be. `null` means "not asked for": the check is skipped, never passed. */
export interface VerificationPolicy {
  readonly expectedBuilderIds: readonly string[];
  readonly expectedSourceRepository: string | null;
  readonly tag: string | null;
  readonly commit: string | null;
  readonly expectedIssuer: string;
  /** Exact certificate SAN; when absent it is derived from the builder or the caller workflow. */
  readonly expectedSan: string | null;
  /** Numeric repository ID the certificate must carry (Fulcio OID .15): survives renames and transfers. */
  readonly expectedRepositoryId: string | null;
  readonly override: PredicateOverride | null;
  readonly now: Date;
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITHUB_SERVER_URL = 'https://github.com';
