import { ApiError } from './http.js';

export type Scope =
  'contents' | 'issues' | 'pull_requests' | 'actions' | 'attestations' | 'checks' | 'metadata';
export type Access = 'read' | 'write';
/** A fine-grained permission as granted to an installation token, e.g. `contents:write`. */
export type Permission = `${Scope}:${Access}`;
export type TokenGrants = Readonly<Record<string, readonly Permission[]>>;

/** The tokens the emulator knows, with their permissions; tokens may come and go while it runs. */
export class TokenRegistry {
  private readonly grants = new Map<string, readonly Permission[]>();

  constructor(initial: TokenGrants = {}) {
    for (const [token, permissions] of Object.entries(initial)) this.add(token, permissions);
  }

  /** Grants a token its permissions, replacing any it had. */
  add(token: string, permissions: readonly Permission[]): void {
    this.grants.set(token, [...permissions]);
  }

  /** The token is unknown from now on: 401 `Bad credentials`, as for an expired GITHUB_TOKEN. */
  remove(token: string): void {
    this.grants.delete(token);
  }

  permissions(token: string): readonly Permission[] | undefined {
    return this.grants.get(token);
  }
}

/** Returns the token from `authorization: token X` or `Bearer X`. */
export function authenticate(header: string | undefined, tokens: TokenRegistry): string {
  if (!header) throw new ApiError(401, 'Requires authentication');
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  const token = match?.[1];
  if (token === undefined || tokens.permissions(token) === undefined)
    throw new ApiError(401, 'Bad credentials');
  return token;
}

/** `write` implies `read`; every token can read metadata, as every installation token can. */
export function authorize(token: string, tokens: TokenRegistry, needed: Permission): void {
  const [scope, access] = needed.split(':') as [Scope, Access];
  const grants = tokens.permissions(token) ?? [];
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
