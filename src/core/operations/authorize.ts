import { OPERATIONS, PERMISSION_LEVELS, type OperationKey, type PermissionLevel } from './catalog.js';

/** What GitHub says about the actor: `permission` (admin|write|read|none) and the real `role_name`. */
export interface RepositoryPermission {
  readonly permission: string;
  readonly roleName: string | null;
}

export type Authorization =
  | { readonly allowed: true; readonly level: PermissionLevel }
  | { readonly allowed: false; readonly level: PermissionLevel; readonly why: string };

/**
 * The role decides, never the caller's word. `permission` folds maintain into write, so the real
 * role comes from `role_name`; a custom role counts as its base `permission`.
 */
export function levelOf(permission: RepositoryPermission): PermissionLevel {
  const role = permission.roleName?.toLowerCase();
  if (role && (PERMISSION_LEVELS as readonly string[]).includes(role)) return role as PermissionLevel;
  const base = permission.permission.toLowerCase();
  return (PERMISSION_LEVELS as readonly string[]).includes(base) ? (base as PermissionLevel) : 'none';
}

/** Governance operations may further be limited to named reviewers. */
export function authorize(
  operation: OperationKey,
  actor: string,
  permission: RepositoryPermission,
  governanceReviewers: readonly string[],
): Authorization {
  const level = levelOf(permission);
  const minimum = OPERATIONS[operation].minimum;
  if (PERMISSION_LEVELS.indexOf(level) < PERMISSION_LEVELS.indexOf(minimum)) {
    return { allowed: false, level, why: `${operation} needs ${minimum} or above; ${actor} has ${level}` };
  }
  const governance = minimum === 'maintain';
  if (
    governance &&
    governanceReviewers.length > 0 &&
    !governanceReviewers.some((r) => r.toLowerCase() === actor.toLowerCase())
  ) {
    return {
      allowed: false,
      level,
      why: `${operation} is limited to the governance reviewers; ${actor} is not one`,
    };
  }
  return { allowed: true, level };
}
