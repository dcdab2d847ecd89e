import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  after,
  describeRun,
  incident,
  logOf,
  manifestsOn,
  results,
  tagAndRun,
  type ManifestFile,
} from './scenario.js';
import { WIDGET, WIDGET_V2 } from './setup/project.js';
import { setUpFromDocs, type Adopted } from './setup/setup.js';
import { startWorld, type World } from './world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

/** A release that must pass. */
async function release(adopted: Adopted, tag: string) {
  const run = await tagAndRun(world, adopted, tag);
  expect(run.conclusion, describeRun(world, adopted.repo)).toBe('success');
  return run;
}

const byPath = (files: readonly ManifestFile[]) =>
  Object.fromEntries(files.map((file) => [file.path, file.entries]));

describe('the release rehearsal: rollback and a protected default branch', () => {
  it('(d) a rollback pull request restores the code, keeps every manifest, passes its checks and merges', async () => {
    const adopted = await setUpFromDocs(world, { repo: 'acme/rolled-back', protectDefaultBranch: false });
    const { repo, maintainer, reviewer } = adopted;
    const good = await release(adopted, 'v1.0.0');
    await maintainer.commit(repo, { 'src/widget.sh': WIDGET_V2 }, 'widget 2');
    const bad = await release(adopted, 'v1.1.0');
    const issue = await incident(adopted, 'v1.1.0 breaks the widget');

    const runId = await maintainer.dispatch(repo, 'provenance-rollback.yml', {
      operation: 'rollback',
      run_id: String(bad.id),
      tag: 'v1.1.0',
      reason: 'v1.1.0 breaks the widget',
      incident: String(issue),
      target_sha: good.trigger.sha,
    });
    await world.runner.settle();
    expect(world.runner.waiting()).toEqual([
      { runId, job: 'governance', environment: 'provenance-governance' },
    ]);
    expect(() => world.runner.approve(runId, 'provenance-governance', maintainer.login)).toThrow(
      `${maintainer.login} is not a required reviewer of provenance-governance`,
    );
    world.runner.approve(runId, 'provenance-governance', reviewer.login);
    await world.runner.settle();

    const [governance] = world.runner.runsOf(repo, 'provenance-rollback.yml');
    expect(governance && results(governance), describeRun(world, repo)).toEqual({ governance: 'success' });
    const manifestsBefore = manifestsOn(world, repo, 'main');
    const [pull] = world.gh.state.pulls.list(repo);
    expect(pull, describeRun(world, repo)).toBeDefined();
    const headTree = world.gh.state.git.resolve(repo, pull!.headSha)!.tree;
    expect(headTree.get('src/widget.sh')?.bytes.toString()).toBe(WIDGET);
    // The pull request changes nothing under docs/reports/: its manifests are those it branched from.
    const branchedFrom = world.gh.state.git.mergeBase(repo, pull!.baseSha, pull!.headSha)!.sha;
    expect(byPath(manifestsOn(world, repo, pull!.headSha))).toEqual(
      byPath(manifestsOn(world, repo, branchedFrom)),
    );

    const [validation] = world.runner.runsOf(repo, 'rollback-validate.yml');
    expect(validation && results(validation), describeRun(world, repo)).toEqual({
      'provenance-validate': 'success',
    });
    const verify = validation!.jobs.get('provenance-validate')!.steps.find((step) => step.outputs.verified);
    expect(verify?.outputs, logOf(validation!, 'provenance-validate')).toMatchObject({ verified: 'true' });
    const checks = world.gh.state.checks
      .list(repo, pull!.headSha)
      .map((check) => [check.name, check.conclusion]);
    expect(checks).toEqual(
      expect.arrayContaining([
        ['provenance-validate', 'success'],
        ['lint-manifest', 'success'],
      ]),
    );

    await maintainer.merge(repo, pull!.number);
    await world.runner.settle();
    const manifestsAfter = byPath(manifestsOn(world, repo, 'main'));
    for (const [path, entries] of Object.entries(byPath(manifestsBefore)))
      expect(manifestsAfter[path]?.slice(0, entries.length)).toEqual(entries);
    expect(world.gh.state.contents.read(repo, 'src/widget.sh')?.bytes.toString()).toBe(WIDGET);
    const rolledBack = Object.values(manifestsAfter)
      .flat()
      .find((entry) => entry.tag === 'v1.1.0');
    expect(rolledBack?.status).toBe('rollback');
    expect(after(world, governance!, 'manifest-lint.yml')?.conclusion).toBe('success');
  });

  it('(e) a protected default branch: the actions commit to PROVENANCE_MANIFEST_BRANCH, lint and dashboard read it', async () => {
    const adopted = await setUpFromDocs(world, { repo: 'acme/protected', protectDefaultBranch: true });
    const { repo, maintainer } = adopted;
    expect(adopted.manifestBranch).not.toBe('main');
    await expect(maintainer.commit(repo, { 'src/widget.sh': WIDGET_V2 }, 'straight to main')).rejects.toThrow(
      'Changes must be made through a pull request.',
    );
    const run = await release(adopted, 'v1.0.0');

    expect(manifestsOn(world, repo, 'main')).toEqual([]);
    const manifests = manifestsOn(world, repo, adopted.manifestBranch);
    expect(manifests.flatMap((m) => m.entries.map((e) => [e.tag, e.status]))).toEqual([
      ['v1.0.0', 'success'],
    ]);
    const lint = after(world, run, 'manifest-lint.yml');
    expect(lint && results(lint), describeRun(world, repo)).toMatchObject({ 'lint-manifest': 'success' });
    expect(logOf(lint!, 'lint-manifest')).toContain(`${manifests[0]!.path}: ok`);
    const dashboard = after(world, run, 'dashboard.yml');
    expect(dashboard && results(dashboard), describeRun(world, repo)).toEqual({
      build: 'success',
      deploy: 'success',
    });
    expect(String(world.deps.pages.get(repo)?.get('index.html'))).toContain('1 manifest file (1 entry)');
  });
});
