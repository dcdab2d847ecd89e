import { parseGitUri, sameLocation, type SourceLocation } from '../provenance/index.js';

/** What the verified Fulcio certificate says about who signed (read from its extensions). */
export interface SignerFacts {
  readonly subjectAlternativeName: string | null;
  readonly issuer: string | null;
  /**
   * OID 1.3.6.1.4.1.57264.1.9: the workflow that ran and signed
   * (`https://host/o/r/.github/workflows/f.yml@ref`).
   */
  readonly buildSignerUri: string | null;
  /** OID .11: `github-hosted` or `self-hosted`. */
  readonly runnerEnvironment: string | null;
  /** OID .12 (or legacy .5 `owner/name`) */
  readonly sourceRepositoryUri: string | null;
  /** OID .13 (or legacy .3) */
  readonly sourceRepositoryDigest: string | null;
  /** OID .14 (or legacy .6) */
  readonly sourceRepositoryRef: string | null;
  /** OID .15 */
  readonly sourceRepositoryIdentifier: string | null;
  /** OID .17 */
  readonly sourceRepositoryOwnerIdentifier: string | null;
  /** OID .21: the run that signed (`https://host/o/r/actions/runs/<id>/attempts/<attempt>`). */
  readonly runInvocationUri?: string | null;
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** GitHub's issuer, or an Enterprise-specific one below it (`…/<enterprise>`). */
export function isGitHubIssuer(issuer: string | null): boolean {
  return issuer === GITHUB_ACTIONS_ISSUER || (issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`) ?? false);
}

/**
 * The Build Signer URI, or the SAN where an older certificate has no OID .9 (both name the signing workflow).
 */
export function signingWorkflowOf(signer: SignerFacts): string | null {
  return signer.buildSignerUri ?? signer.subjectAlternativeName;
}

/**
 * The workflow is one of the repository the certificate says the build came from (OID .12), not a reusable
 * one from elsewhere.
 */
export function isSourceRepositoryWorkflow(
  workflow: Pick<SourceLocation, 'host' | 'repository'>,
  signer: SignerFacts,
): boolean {
  const source = signer.sourceRepositoryUri === null ? null : parseGitUri(signer.sourceRepositoryUri);
  return source !== null && sameLocation(source, workflow);
}
