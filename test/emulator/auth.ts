import { ApiError } from './http.js';

export type Scope = 'contents' | 'issues' | 'pull_requests' | 'actions' | 'attestations' | 'metadata';
export type Access = 'read' | 'write';
/** A fine-grained permission as granted to an installation token, e.g. `contents:write`. */
export type Permission = `${Scope}:${Access}`;
export type TokenGrants = Readonly<Record<string, readonly Permission[]>>;

/** Returns the token from `authorization: token X` or `Bearer X`. */
export function authenticate(header: string | undefined, tokens: TokenGrants): string {
  if (!header) throw new ApiError(401, 'Requires authentication');
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  const token = match?.[1];
  if (token === undefined || !Object.hasOwn(tokens, token)) throw new ApiError(401, 'Bad credentials');
  return token;
}

/** `write` implies `read`; every token can read metadata, as every installation token can. */
export function authorize(token: string, tokens: TokenGrants, needed: Permission): void {
  const [scope, access] = needed.split(':') as [Scope, Access];
  const grants = tokens[token] ?? [];
  const granted =
    (scope === 'metadata' && access === 'read') ||
    grants.includes(needed) ||
    (access === 'read' && grants.includes(`${scope}:write`));
  if (!granted) throw new ApiError(403, 'Resource not accessible by integration');
}

/** Sent with every answer of a route, as GitHub does for installation tokens. */
export function acceptedPermissionsHeader(needed: Permission): Record<string, string> {
  return { 'x-accepted-github-permissions': needed.replace(':', '=') };
}
