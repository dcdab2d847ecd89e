import { notFound } from '../http.js';
import type { Sequence } from '../ids.js';
import type { Clock } from './clock.js';
import { PerRepo } from './per-repo.js';
import type { Repo, RepoStore } from './repos.js';

export type RulesetTarget = 'branch' | 'tag' | 'push';
export type RulesetEnforcement = 'active' | 'disabled' | 'evaluate';
/** The rule types a seed may list; each becomes `{type}` (the rules without parameters). */
export type RuleType =
  'creation' | 'update' | 'deletion' | 'non_fast_forward' | 'required_linear_history' | 'required_signatures';

export interface NewRuleset {
  name: string;
  target?: RulesetTarget;
  enforcement?: RulesetEnforcement;
  /** `conditions.ref_name.include`: full refs or fnmatch patterns (`refs/tags/v*`), `~ALL`. */
  include?: string[];
  exclude?: string[];
  rules?: RuleType[];
  /** A ruleset of the organization that applies to the repository (`includes_parents` lists it). */
  organization?: boolean;
}

export interface Ruleset {
  id: number;
  repo: Repo;
  name: string;
  target: RulesetTarget;
  enforcement: RulesetEnforcement;
  include: string[];
  exclude: string[];
  rules: RuleType[];
  organization: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Repository rulesets (and the organization's that apply), in the order they were created. */
export class RulesetStore {
  private readonly sets: PerRepo<Ruleset[]>;

  constructor(
    private readonly repos: RepoStore,
    private readonly ids: Sequence,
    private readonly clock: Clock,
  ) {
    this.sets = new PerRepo(repos, () => []);
  }

  add(repoName: string, seed: NewRuleset): Ruleset {
    const list = this.sets.of(repoName);
    const now = this.clock();
    const ruleset: Ruleset = {
      id: this.ids.next(),
      repo: this.repos.get(repoName),
      name: seed.name,
      target: seed.target ?? 'tag',
      enforcement: seed.enforcement ?? 'active',
      include: [...(seed.include ?? [])],
      exclude: [...(seed.exclude ?? [])],
      rules: [...(seed.rules ?? [])],
      organization: seed.organization ?? false,
      createdAt: now,
      updatedAt: now,
    };
    list.push(ruleset);
    return ruleset;
  }

  list(repoName: string): Ruleset[] {
    return [...this.sets.of(repoName)];
  }

  /** 404 for an id that is not one of the repository's rulesets. */
  get(repoName: string, id: number): Ruleset {
    const found = this.sets.of(repoName).find((r) => r.id === id);
    if (!found) throw notFound();
    return found;
  }
}
