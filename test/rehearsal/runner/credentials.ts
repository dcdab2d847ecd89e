import { randomBytes } from 'node:crypto';
import { authorize, type Permission } from '../../emulator/auth.js';
import type { GitHubEmulator } from '../../emulator/emulator.js';

/** Who a token speaks for. */
export interface Credential {
  readonly token: string;
  /** The user (a personal token) or `github-actions[bot]` (a job's GITHUB_TOKEN). */
  readonly login: string;
  /** A job's GITHUB_TOKEN: the pushes and pull requests it makes start no workflow. */
  readonly actionsToken: boolean;
}

export const ACTIONS_BOT = 'github-actions[bot]';

/** The tokens of a rehearsal: users' fine-grained tokens and each job's GITHUB_TOKEN, all known to the emulator. */
export class Credentials {
  private readonly known = new Map<string, Credential>();

  constructor(private readonly gh: GitHubEmulator) {}

  /** A fine-grained personal access token of `login`, with exactly these permissions. */
  personal(login: string, permissions: readonly Permission[]): string {
    return this.add(`github_pat_${randomBytes(16).toString('hex')}`, login, false, permissions);
  }

  /** A job's GITHUB_TOKEN; it lives until `revoke` (the job's end). */
  jobToken(permissions: readonly Permission[]): string {
    return this.add(`ghs_${randomBytes(18).toString('hex')}`, ACTIONS_BOT, true, permissions);
  }

  revoke(token: string): void {
    this.gh.tokens.remove(token);
  }

  of(token: string): Credential | undefined {
    return this.known.get(token);
  }

  /** Whether the token holds the permission, as the emulator decides it. */
  permits(token: string, permission: Permission): boolean {
    try {
      authorize(token, this.gh.tokens, permission);
      return this.gh.tokens.permissions(token) !== undefined;
    } catch {
      return false;
    }
  }

  private add(
    token: string,
    login: string,
    actionsToken: boolean,
    permissions: readonly Permission[],
  ): string {
    this.gh.tokens.add(token, permissions);
    this.known.set(token, { token, login, actionsToken });
    return token;
  }
}
