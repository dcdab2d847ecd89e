import type { Permission, Scope } from '../../emulator/auth.js';
import type { Json } from './expressions.js';

export type Level = 'read' | 'write' | 'none';
/** A `permissions:` block as GitHub scopes name it (`pull-requests`, `id-token`, …). */
export type Permissions = Readonly<Record<string, Level>>;

/** Every scope `permissions:` can name. */
export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/** "Read repository contents and packages permissions", the default SETUP keeps. */
export const RESTRICTED_DEFAULT: Permissions = { contents: 'read', packages: 'read' };

/** The scopes the emulator checks, by GitHub's name; `metadata: read` every token has. */
const EMULATED: Readonly<Record<string, Scope>> = {
  actions: 'actions',
  attestations: 'attestations',
  contents: 'contents',
  issues: 'issues',
  'pull-requests': 'pull_requests',
};

/** `read-all`, `write-all`, `{}` or a mapping, as written. */
export function readPermissions(value: Json | undefined): Permissions | undefined {
  if (value === undefined) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((scope) => [scope, level]));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`permissions: expected a mapping, read-all or write-all, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([scope, level]) => [scope, level as Level]));
}

/** A job's own `permissions:` replaces the workflow's, which replaces the repository's default. */
export function jobPermissions(
  workflow: Permissions | undefined,
  job: Permissions | undefined,
  repositoryDefault: Permissions,
): Permissions {
  return job ?? workflow ?? repositoryDefault;
}

export function levelOf(permissions: Permissions, scope: string): Level {
  return permissions[scope] ?? 'none';
}

/** The grants the job's `GITHUB_TOKEN` gets on the emulator. */
export function emulatorGrants(permissions: Permissions): Permission[] {
  return Object.entries(EMULATED).flatMap(([scope, emulated]) => {
    const level = levelOf(permissions, scope);
    return level === 'none' ? [] : [`${emulated}:${level}` as Permission];
  });
}
