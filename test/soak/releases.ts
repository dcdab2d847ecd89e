import type { ManifestEntry } from '../../src/core/manifest/index.js';
import { setUpFromDocs, type Adopted } from '../rehearsal/setup/setup.js';
import type { World } from '../rehearsal/world.js';
import type { Random } from './random.js';
import type { SoakWorld } from './soak-world.js';

/** What one release of the soak goes through. */
export type ReleaseKind = 'good' | 'rejected' | 'rollback' | 'grant';
export const RELEASE_KINDS: readonly ReleaseKind[] = ['good', 'rejected', 'rollback', 'grant'];

/** How often each kind is drawn. */
const MIX: readonly (readonly [ReleaseKind, number])[] = [
  ['good', 45],
  ['rejected', 25],
  ['rollback', 15],
  ['grant', 15],
];

/** Consecutive tags share a repository: its setup is paid once per this many releases. */
export const RELEASES_PER_REPOSITORY = 5;

export interface RepositoryPlan {
  readonly repo: string;
  readonly private: boolean;
  readonly protectDefaultBranch: boolean;
  /** Slack first (SUPABASE_URL and KPI_INGEST_TOKEN set: the ops-slack-notify function), else the issue first. */
  readonly slackFirst: boolean;
}

export interface ReleasePlan {
  readonly index: number;
  readonly repository: number;
  readonly kind: ReleaseKind;
}

export interface Plan {
  readonly repositories: readonly RepositoryPlan[];
  readonly releases: readonly ReleasePlan[];
}

/** The repositories and the releases, drawn from the seed. */
export function planSoak(releases: number, random: Random): Plan {
  const count = Math.max(1, Math.ceil(releases / RELEASES_PER_REPOSITORY));
  const repositories = Array.from({ length: count }, (_, index) => ({
    repo: `acme/soak-${index + 1}`,
    private: random.chance(0.5),
    protectDefaultBranch: random.chance(0.3),
    slackFirst: random.chance(0.5),
  }));
  return {
    repositories,
    releases: Array.from({ length: releases }, (_, index) => ({
      index,
      repository: index % count,
      kind: random.weighted(MIX),
    })),
  };
}

/** A repository of the soak, set up by SETUP, and the releases made in it so far. */
export interface Repository {
  readonly plan: RepositoryPlan;
  readonly adopted: Adopted;
  /** Where releases are cut: the default branch, or a working branch when the default one is protected. */
  readonly releaseBranch: string;
}

export const widget = (version: number) => `#!/bin/sh\necho "widget ${version} $1"\n`;

/** SETUP in full, then what the soak adds: Slack through Supabase for a Slack-first repository. */
export async function setUpRepository(soak: SoakWorld, plan: RepositoryPlan): Promise<Repository> {
  const { world } = soak;
  const adopted = await setUpFromDocs(world, {
    repo: plan.repo,
    private: plan.private,
    protectDefaultBranch: plan.protectDefaultBranch,
  });
  for (const [secret, token] of Object.entries(adopted.tokens)) soak.secretTokens.set(token, secret);
  if (plan.slackFirst) {
    const settings = world.settings(plan.repo);
    settings.variables.set('SUPABASE_URL', soak.slack.supabaseUrl);
    const row = adopted.doc.tables.secrets.find((candidate) => candidate.secret === 'KPI_INGEST_TOKEN');
    if (!row) throw new Error('SETUP no longer lists KPI_INGEST_TOKEN');
    for (const name of row.environments)
      settings.environments.get(name)!.secrets.set(row.secret, `pgk_soak_${plan.repo.replace('/', '_')}`);
  }
  await withoutReaders(soak, adopted, plan);
  let releaseBranch = world.gh.state.repos.get(plan.repo).defaultBranch;
  if (plan.protectDefaultBranch) {
    // A protected default branch takes no push: releases are cut from a working branch.
    releaseBranch = 'next';
    await adopted.maintainer.branch(plan.repo, releaseBranch, world.gh.state.git.tip(plan.repo, 'main').sha);
  }
  return { plan, adopted, releaseBranch };
}

/**
 * The workflows that only read what the releases wrote — the dashboard, and the manifest lint where it is not
 * a required check — are removed by an admin after setup: they make no call the soak faults and no effect it
 * counts, and they would double its time. A protected default branch keeps `manifest-lint.yml`: its
 * `lint-manifest` is a required check of a rollback pull request.
 */
async function withoutReaders(soak: SoakWorld, adopted: Adopted, plan: RepositoryPlan): Promise<void> {
  const { state } = soak.world.gh;
  const files: Record<string, null> = { '.github/workflows/dashboard.yml': null };
  if (!plan.protectDefaultBranch) files['.github/workflows/manifest-lint.yml'] = null;
  const branch = state.repos.get(plan.repo).defaultBranch;
  const protection = state.protection.get(plan.repo, branch);
  state.protection.clear(plan.repo, branch);
  await adopted.maintainer.commit(plan.repo, files, 'Only the release workflows');
  if (protection) state.protection.set(plan.repo, branch, protection);
}

/** Runs everything queued; a job waiting for the governance reviewers is approved by the second maintainer. */
export async function settle(world: World, reviewer: (repo: string) => string | null): Promise<void> {
  for (;;) {
    await world.runner.settle();
    const waiting = world.runner.waiting();
    if (waiting.length === 0) return;
    for (const { runId, environment } of waiting) {
      const run = world.runner.runs.find((candidate) => candidate.id === runId)!;
      const login = reviewer(run.trigger.repo);
      if (login === null) return;
      world.runner.approve(runId, environment, login);
    }
  }
}

/** Every release manifest entry of a repository, from every manifest file of its manifest branch. */
export function entriesOf(world: World, repository: Repository): ManifestEntry[] {
  const tree = world.gh.state.git.resolve(repository.plan.repo, repository.adopted.manifestBranch)!.tree;
  return [...tree]
    .filter(([path]) => /^docs\/reports\/.+\/manifest\.json$/.test(path))
    .flatMap(([, blob]) => (JSON.parse(blob.bytes.toString('utf8')) as { entries: ManifestEntry[] }).entries);
}

export function entryOf(world: World, repository: Repository, tag: string, runId: number) {
  return entriesOf(world, repository).find((entry) => entry.tag === tag && entry.run_id === runId) ?? null;
}

/** The failure issue of a release run: the one carrying its marker. */
export function markedIssues(world: World, repo: string, tag: string, runId: number) {
  const marker = `<!-- provenance-guard:failure tag=${encodeURIComponent(tag)} run=${runId} -->`;
  return world.gh.state.issues.list(repo, { state: 'all' }).filter((issue) => issue.body?.includes(marker));
}

/** An incident for the on-call's operations: the failure's issue, else one the maintainer opens. */
export async function incidentFor(
  world: World,
  repository: Repository,
  tag: string,
  runId: number,
): Promise<number> {
  const recorded = entryOf(world, repository, tag, runId)?.issue_number ?? null;
  if (recorded !== null) return recorded;
  const [marked] = markedIssues(world, repository.plan.repo, tag, runId);
  if (marked) return marked.number;
  const [owner, repo] = repository.plan.repo.split('/') as [string, string];
  const { data } = await repository.adopted.maintainer.octokit.rest.issues.create({
    owner,
    repo,
    title: `${tag} run ${runId}`,
  });
  return data.number;
}
