import { ApiError, notFound } from '../http.js';
import type { Sequence } from '../ids.js';
import type { Clock } from './clock.js';

export interface Repo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  hasIssues: boolean;
  createdAt: Date;
}

export interface RepoOptions {
  defaultBranch?: string;
  hasIssues?: boolean;
}

/** Repositories by `owner/name` (case-insensitive, as on GitHub). */
export class RepoStore {
  private readonly repos = new Map<string, Repo>();
  /** Issues and pull requests share one number sequence per repository. */
  private readonly lastNumber = new Map<number, number>();

  constructor(
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {}

  create(fullName: string, options: RepoOptions = {}): Repo {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined) throw new Error(`expected owner/name, got "${fullName}"`);
    if (this.repos.has(fullName.toLowerCase())) throw new ApiError(422, 'Repository creation failed.');
    const repo: Repo = {
      id: this.ids.next(),
      owner,
      name,
      fullName,
      defaultBranch: options.defaultBranch ?? 'main',
      hasIssues: options.hasIssues ?? true,
      createdAt: this.clock(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  get(fullName: string): Repo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw notFound();
    return repo;
  }

  all(): Repo[] {
    return [...this.repos.values()];
  }

  nextNumber(repo: Repo): number {
    const next = (this.lastNumber.get(repo.id) ?? 0) + 1;
    this.lastNumber.set(repo.id, next);
    return next;
  }
}
