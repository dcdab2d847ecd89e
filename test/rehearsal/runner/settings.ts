import { matchesFilter } from '../workflow/filters.js';
import { RESTRICTED_DEFAULT, type Permissions } from '../workflow/permissions.js';

/** Which refs may deploy to an environment ("Deployment branches and tags: Selected"), or all. */
export type DeploymentPolicy =
  | { readonly kind: 'all' }
  | { readonly kind: 'selected'; readonly branches: readonly string[]; readonly tags: readonly string[] };

export interface Environment {
  readonly name: string;
  readonly secrets: Map<string, string>;
  readonly variables: Map<string, string>;
  readonly deployment: DeploymentPolicy;
  /** Logins of the required reviewers; empty when the environment needs no approval. */
  readonly reviewers: readonly string[];
  /** "Prevent self-review": whoever started the run may not approve it. */
  readonly preventSelfReview: boolean;
}

/** A repository's Settings as far as Actions reads them; the emulator serves the REST API, these the runner. */
export interface RepositorySettings {
  readonly secrets: Map<string, string>;
  readonly variables: Map<string, string>;
  readonly environments: Map<string, Environment>;
  /** Settings → Actions → Workflow permissions. */
  defaultPermissions: Permissions;
  /** Settings → Pages → Source: GitHub Actions. */
  pagesFromActions: boolean;
  /** A private repository: nothing of it is readable without a token that may read it. */
  private: boolean;
}

export function newSettings(): RepositorySettings {
  return {
    secrets: new Map(),
    variables: new Map(),
    environments: new Map(),
    defaultPermissions: RESTRICTED_DEFAULT,
    pagesFromActions: false,
    private: false,
  };
}

/**
 * The environment's deployment policy for a run's ref: null when it may deploy, else GitHub's refusal.
 */
export function deploymentRefusal(environment: Environment, ref: string): string | null {
  if (environment.deployment.kind === 'all') return null;
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (tag !== undefined && matchesFilter(tag, environment.deployment.tags)) return null;
  if (branch !== undefined && matchesFilter(branch, environment.deployment.branches)) return null;
  const [kind, name] = tag !== undefined ? ['Tag', tag] : ['Branch', branch ?? ref];
  return `${kind} "${name}" is not allowed to deploy to ${environment.name} due to environment protection rules.`;
}
