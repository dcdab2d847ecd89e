import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

/** GitHub's reason for refusing a direct update of a protected branch (the contents API prefixes what it could not do). */
export const PULL_REQUEST_REQUIRED = 'Changes must be made through a pull request.';

export interface BranchProtection {
  /** Check names that must have passed on a pull request's head before it merges. */
  requiredStatusChecks: readonly string[];
}

/**
 * Classic branch protection with "Require a pull request before merging": the branch moves only by merging a
 * pull request, whose required status checks must have passed.
 */
export class ProtectionStore {
  private readonly rules: PerRepo<Map<string, BranchProtection>>;

  constructor(repos: RepoStore) {
    this.rules = new PerRepo(repos, () => new Map());
  }

  set(repoName: string, branch: string, protection: BranchProtection): void {
    this.rules.of(repoName).set(branch, { requiredStatusChecks: [...protection.requiredStatusChecks] });
  }

  clear(repoName: string, branch: string): void {
    this.rules.of(repoName).delete(branch);
  }

  get(repoName: string, branch: string): BranchProtection | undefined {
    return this.rules.of(repoName).get(branch);
  }

  /** Whether a ref is a protected branch, which no direct update may move. */
  guards(repoName: string, ref: string): boolean {
    const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
    return branch !== undefined && this.get(repoName, branch) !== undefined;
  }
}
