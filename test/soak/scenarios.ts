import type { RunRecord } from '../rehearsal/runner/model.js';
import { entryOf, incidentFor, settle, widget, type ReleaseKind, type Repository } from './releases.js';
import type { SoakWorld } from './soak-world.js';

const DAY_MS = 86_400_000;
/** The on-call stops re-running a run after this many attempts, and recovering a release after this many. */
const MAX_ATTEMPTS = 3;
const MAX_RECOVERIES = 3;
const MAX_ROUNDS = 6;

export interface Driver {
  readonly soak: SoakWorld;
  readonly repositories: readonly Repository[];
  /** Recoveries dispatched, by release run. */
  readonly recoveries: Map<number, number>;
  /** The on-call's work: re-runs, recoveries, merges, rounds. */
  readonly onCall: { rounds: number; reruns: number; recoveries: number; merges: number };
}

function repositoryOf(driver: Driver, repo: string): Repository {
  return driver.repositories.find((candidate) => candidate.plan.repo === repo)!;
}

export function settleAll(driver: Driver): Promise<void> {
  return settle(driver.soak.world, (repo) => repositoryOf(driver, repo).adopted.reviewer.login);
}

const split = (repo: string) => {
  const [owner, name] = repo.split('/') as [string, string];
  return { owner, repo: name };
};

/** A new version of the tool on the release branch, tagged: the release run, once everything settled. */
async function cutRelease(driver: Driver, repository: Repository, version: number) {
  const { world } = driver.soak;
  const { repo } = repository.plan;
  const { maintainer } = repository.adopted;
  await maintainer.commit(
    repo,
    { 'src/widget.sh': widget(version) },
    `widget ${version}`,
    repository.releaseBranch,
  );
  const tag = `v1.${version}.0`;
  await maintainer.tag(repo, tag, world.gh.state.git.tip(repo, repository.releaseBranch).sha);
  await settleAll(driver);
  const run = world.runner
    .runsOf(repo, 'security-ci.yml')
    .findLast((r) => r.trigger.ref === `refs/tags/${tag}`);
  if (!run) throw new Error(`${tag} of ${repo} started no security-ci run`);
  return { tag, run };
}

/** The maintainer recovers a failed release with slsa-provenance-recover, as the runbooks say. */
async function recover(driver: Driver, repository: Repository, tag: string, run: RunRecord, reason: string) {
  const { world } = driver.soak;
  const incident = await incidentFor(world, repository, tag, run.id);
  driver.recoveries.set(run.id, (driver.recoveries.get(run.id) ?? 0) + 1);
  await repository.adopted.maintainer.dispatch(repository.plan.repo, 'slsa-provenance-recover.yml', {
    run_id: String(run.id),
    tag,
    reason,
    incident: String(incident),
  });
  await settleAll(driver);
}

/** A governance operation, dispatched by the maintainer and approved by the second one. */
async function governance(driver: Driver, repository: Repository, inputs: Record<string, string>) {
  await repository.adopted.maintainer.dispatch(repository.plan.repo, 'provenance-rollback.yml', inputs);
  await settleAll(driver);
}

/** Merges the rollback pull request of a release once GitHub lets it (its required checks passed). */
async function mergeRollback(driver: Driver, repository: Repository): Promise<boolean> {
  const { world } = driver.soak;
  const { repo } = repository.plan;
  let merged = false;
  for (const pull of world.gh.state.pulls.list(repo)) {
    if (pull.state !== 'open' || !pull.head.startsWith('rollback/')) continue;
    const checks = world.gh.state.checks.list(repo, pull.headSha);
    const validated = checks.findLast((check) => check.name === 'provenance-validate');
    if (validated?.conclusion !== 'success') continue;
    try {
      await repository.adopted.maintainer.merge(repo, pull.number);
      merged = true;
    } catch {
      // A required check not yet passed (lint-manifest): the on-call comes back to it.
    }
  }
  if (merged) await settleAll(driver);
  return merged;
}

/** One release of the soak, faults on: cut, then what its kind asks of the maintainers. */
export async function performRelease(
  driver: Driver,
  repository: Repository,
  version: number,
  kind: ReleaseKind,
) {
  const { world } = driver.soak;
  const { repo } = repository.plan;
  if (kind === 'rejected') {
    // The attestations API answers nothing for this repository while the release validates: rejected.
    world.gh.faults.inject(
      { method: 'GET', path: `/repos/${repo}/attestations/*` },
      { kind: 'status', status: 404 },
      10_000,
    );
  }
  // The release to roll back to: the latest verified one so far.
  const previous = world.runner
    .runsOf(repo, 'security-ci.yml')
    .findLast((candidate) => candidate.conclusion === 'success');
  const { tag, run } = await cutRelease(driver, repository, version);
  if (kind === 'rejected') {
    world.gh.faults.clear();
    if (run.conclusion !== 'success')
      await recover(driver, repository, tag, run, 'the attestations API was down');
    return;
  }
  if (kind === 'good') return;
  // A release is rolled back or granted once it is good: the maintainer first tends it as the on-call would.
  for (let tries = 0; failed(run) && tries < 2; tries++) if ((await tend(driver, run)) === null) break;
  if (run.conclusion !== 'success') return;
  // A person rolls back once the last rollback is merged: two open rollbacks of one branch conflict.
  const pending = () => world.gh.state.pulls.list(repo).some((pull) => pull.head.startsWith('rollback/'));
  if (kind === 'rollback' && pending()) await mergeRollback(driver, repository);
  if (kind === 'rollback' && previous && !pending()) {
    const incident = await incidentFor(world, repository, tag, run.id);
    await governance(driver, repository, {
      operation: 'rollback',
      run_id: String(run.id),
      tag,
      reason: `${tag} breaks the widget`,
      incident: String(incident),
      target_sha: previous.trigger.sha,
    });
    await mergeRollback(driver, repository);
  }
  if (kind === 'grant') {
    const incident = await incidentFor(world, repository, tag, run.id);
    const common = { run_id: String(run.id), tag, incident: String(incident) };
    await governance(driver, repository, {
      ...common,
      operation: 'override_grant',
      reason: 'a grant the soak revokes',
      expires_at: new Date(world.clock.now().getTime() + 3 * DAY_MS).toISOString(),
    });
    await governance(driver, repository, { ...common, operation: 'override_revoke', reason: 'revoked' });
  }
}

function failed(run: RunRecord): boolean {
  return run.status === 'completed' && (run.conclusion === 'failure' || run.conclusion === 'cancelled');
}

/** Workflows the on-call re-runs when they fail: the release, its recovery, governance and the rollback check. */
const RERUN = new Set(['slsa-provenance-recover.yml', 'provenance-rollback.yml', 'rollback-validate.yml']);

/**
 * One step a person takes on a failed run: a release whose validation failed and whose entry waits for a
 * recovery is recovered (slsa-provenance-recover); any other failed release, recovery, governance run or
 * rollback check is re-run ("Re-run failed jobs"). What was done, once everything settled; null when nothing.
 */
async function tend(driver: Driver, run: RunRecord): Promise<'recovered' | 'rerun' | null> {
  const { world } = driver.soak;
  if (!failed(run) || run.attempt >= MAX_ATTEMPTS) return null;
  const repository = repositoryOf(driver, run.trigger.repo);
  const { file } = run.workflow;
  if (file === 'security-ci.yml') {
    const tag = run.trigger.ref.replace(/^refs\/tags\//, '');
    const entry = entryOf(world, repository, tag, run.id);
    // A recovery holds the rerun: its own failed run is the one to re-run.
    if (entry?.rerun_in_progress) return null;
    if (
      run.jobs.get('provenance-validate')?.result === 'failure' &&
      (entry?.status === 'failure' || entry?.status === 'requeued') &&
      (driver.recoveries.get(run.id) ?? 0) < MAX_RECOVERIES
    ) {
      await recover(driver, repository, tag, run, 'a transient failure: recover');
      return 'recovered';
    }
  } else if (!RERUN.has(file)) return null;
  const rerun = await repository.adopted.maintainer.octokit.rest.actions
    .reRunWorkflowFailedJobs({ ...split(run.trigger.repo), run_id: run.id })
    .then(
      () => true,
      () => false,
    );
  if (!rerun) return null;
  await settleAll(driver);
  return 'rerun';
}

/**
 * Faults off, the on-call goes over every failed run as a person would (`tend`), and merges a rollback pull
 * request whose checks passed. Round after round, until a round finds nothing to do.
 */
export async function onCall(driver: Driver): Promise<void> {
  const { world } = driver.soak;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    let acted = 0;
    for (const run of [...world.runner.runs]) {
      const done = await tend(driver, run);
      if (done === 'recovered') driver.onCall.recoveries += 1;
      if (done === 'rerun') driver.onCall.reruns += 1;
      if (done !== null) acted += 1;
    }
    for (const repository of driver.repositories)
      if (await mergeRollback(driver, repository)) {
        driver.onCall.merges += 1;
        acted += 1;
      }
    driver.onCall.rounds = round;
    if (acted === 0) return;
  }
}
