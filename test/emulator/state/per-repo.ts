import type { Repo, RepoStore } from './repos.js';

/** Data of one kind for each repository, created on first use; unknown repositories are 404. */
export class PerRepo<T> {
  private readonly data = new Map<Repo, T>();

  constructor(
    private readonly repos: RepoStore,
    private readonly init: (repo: Repo) => T,
  ) {}

  of(repoName: string): T {
    const repo = this.repos.get(repoName);
    let value = this.data.get(repo);
    if (value === undefined) {
      value = this.init(repo);
      this.data.set(repo, value);
    }
    return value;
  }
}
