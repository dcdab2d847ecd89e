import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export type BuiltInRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export type PermissionLevel = 'admin' | 'write' | 'read';

/** A custom repository role inherits the permissions of its base role. */
export interface CustomRole {
  name: string;
  base: BuiltInRole;
}

export interface CollaboratorPermission {
  permission: PermissionLevel;
  roleName: string;
  /** The built-in role, or the one a custom role inherits. */
  baseRole: BuiltInRole;
}

const LEVEL: Record<BuiltInRole, PermissionLevel> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

export class CollaboratorStore {
  private readonly roles: PerRepo<Map<string, BuiltInRole | CustomRole>>;

  constructor(repos: RepoStore) {
    this.roles = new PerRepo(repos, () => new Map());
  }

  set(repoName: string, login: string, role: BuiltInRole | CustomRole): void {
    this.roles.of(repoName).set(login.toLowerCase(), role);
  }

  /** Undefined for someone who is not a collaborator. */
  permission(repoName: string, login: string): CollaboratorPermission | undefined {
    const role = this.roles.of(repoName).get(login.toLowerCase());
    if (role === undefined) return undefined;
    return typeof role === 'string'
      ? { permission: LEVEL[role], roleName: role, baseRole: role }
      : { permission: LEVEL[role.base], roleName: role.name, baseRole: role.base };
  }
}
