export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Identity bound into the Fulcio certificate of a minted bundle. */
export interface MintIdentity {
  /** Certificate SAN URI, exactly. */
  san: string;
  /** OIDC issuer (OIDs .1 and .8); defaults to GitHub Actions. */
  issuer?: string;
  /** OID 1.3.6.1.4.1.57264.1.12, e.g. https://github.com/o/r */
  sourceRepositoryUri?: string;
  /** OID .13, the commit sha. */
  sourceRepositoryDigest?: string;
  /** OID .14, e.g. refs/tags/v1.2.3 */
  sourceRepositoryRef?: string;
  /** OID .9 */
  buildSignerUri?: string;
  /** OID .15, numeric repository id. */
  sourceRepositoryIdentifier?: string;
  /** OID .17, numeric owner id. */
  sourceRepositoryOwnerIdentifier?: string;
  /** OID .11: `github-hosted` or `self-hosted`. */
  runnerEnvironment?: string;
  /** With `runAttempt` and `sourceRepositoryUri`: OID .21, `https://github.com/<repo>/actions/runs/<id>/attempts/<n>`. */
  runId?: string;
  runAttempt?: string;
}

// The mock Fulcio derives these two extensions as `https://github.com/<claim>`.
const GITHUB_URL_PREFIX = 'https://github.com/';

/**
 * Builds an unsigned (`alg: none`) OIDC token whose claims the mock Fulcio
 * turns into exactly the requested SAN and extensions. Fulcio's mock never
 * checks the signature, and `@sigstore/sign` only reads the `sub` claim.
 */
export function unsignedIdentityToken(identity: MintIdentity): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: identity.issuer ?? GITHUB_ACTIONS_ISSUER,
    sub: identity.san,
    aud: 'sigstore',
    iat: now,
    exp: now + 600,
    repository: githubPath(identity.sourceRepositoryUri, 'sourceRepositoryUri'),
    sha: identity.sourceRepositoryDigest,
    ref: identity.sourceRepositoryRef,
    job_workflow_ref: githubPath(identity.buildSignerUri, 'buildSignerUri'),
    repository_id: identity.sourceRepositoryIdentifier,
    repository_owner_id: identity.sourceRepositoryOwnerIdentifier,
    runner_environment: identity.runnerEnvironment,
    run_id: identity.runId,
    run_attempt: identity.runAttempt,
  };
  return [base64url({ alg: 'none', typ: 'JWT' }), base64url(claims), ''].join('.');
}

function githubPath(uri: string | undefined, field: string): string | undefined {
  if (uri === undefined) return undefined;
  if (!uri.startsWith(GITHUB_URL_PREFIX)) {
    throw new Error(`${field} must start with ${GITHUB_URL_PREFIX} (got ${uri})`);
  }
  return uri.slice(GITHUB_URL_PREFIX.length);
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
