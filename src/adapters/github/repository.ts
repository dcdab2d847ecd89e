import type { Octokit } from '@octokit/rest';
import type { GitHubRetryTiming } from './retry.js';

/** `owner/name` split, as every API call wants it. */
export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

export function toRepositoryRef(fullName: string): RepositoryRef {
  const [owner, repo, ...rest] = fullName.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`"${fullName}" is not OWNER/NAME`);
  return { owner, repo };
}

/** An authenticated client bound to one repository, with its retry timing. */
export interface GitHubApi {
  readonly octokit: Octokit;
  readonly repository: RepositoryRef;
  readonly timing?: GitHubRetryTiming;
}
