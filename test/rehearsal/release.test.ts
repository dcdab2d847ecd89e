import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VSA_PREDICATE_TYPE } from '../../src/core/vsa/statement.js';
import { BROKEN_WIDGET } from './setup/project.js';
import { setUpFromDocs } from './setup/setup.js';
import { after, describeRun, logOf, manifestsOn, results, signersOf, summaryOf } from './scenario.js';
import { SLSA_PROVENANCE_V1 } from './stand-ins/attest.js';
import { startWorld, type World } from './world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

describe('the release rehearsal: a release as SETUP describes it', () => {
  it('(a) the first release, done exactly as SETUP says, is verified, recorded, linted and shown', async () => {
    const adopted = await setUpFromDocs(world, { repo: 'acme/first-release', protectDefaultBranch: false });
    const { repo, maintainer } = adopted;
    await maintainer.tag(repo, 'v0.0.1-rc.1');
    await world.runner.settle();

    const [release] = world.runner.runsOf(repo, 'security-ci.yml');
    expect(release, describeRun(world, repo)).toBeDefined();
    expect(results(release!), describeRun(world, repo)).toEqual({
      build: 'success',
      provenance: 'success',
      'provenance-validate': 'success',
      publish: 'success',
      'release-validate': 'success',
      'verification-summary': 'success',
      'notify-on-failure': 'skipped',
    });
    expect(summaryOf(release!, 'provenance-validate')).toMatch(/^#* ?✅ Provenance verified/m);
    // A public repository: its provenance and its VSA are signed by the public-good instance.
    expect(signersOf(world, repo, 'v0.0.1-rc.1', 'widget.sh')).toEqual([
      [SLSA_PROVENANCE_V1, ['public-good']],
      [VSA_PREDICATE_TYPE, ['public-good']],
    ]);
    const published = world.gh.state.releases.byTag(repo, 'v0.0.1-rc.1');
    expect(published.prerelease).toBe(true);
    expect(published.assets.map((asset) => asset.name).sort()).toEqual([
      'verification-summary.vsa.sigstore.json',
      'widget-src.tar.gz',
      'widget.sh',
    ]);
    const manifests = manifestsOn(world, repo, adopted.manifestBranch);
    expect(manifests.flatMap((m) => m.entries.map((e) => [e.tag, e.status]))).toEqual([
      ['v0.0.1-rc.1', 'success'],
    ]);
    const lint = after(world, release!, 'manifest-lint.yml');
    expect(lint && results(lint), describeRun(world, repo)).toMatchObject({ 'lint-manifest': 'success' });
    expect(logOf(lint!, 'lint-manifest')).toContain(`${manifests[0]!.path}: ok`);
    const dashboard = after(world, release!, 'dashboard.yml');
    expect(dashboard && results(dashboard), describeRun(world, repo)).toEqual({
      build: 'success',
      deploy: 'success',
    });
    expect(String(world.deps.pages.get(repo)?.get('index.html'))).toContain('1 manifest file (1 entry)');
  });

  it('(b) a failed build is announced as build_failed, never as a provenance incident', async () => {
    const { repo, maintainer } = await setUpFromDocs(world, {
      repo: 'acme/broken-build',
      protectDefaultBranch: false,
    });
    await maintainer.commit(repo, { 'src/widget.sh': BROKEN_WIDGET }, 'A change that breaks the build');
    await maintainer.tag(repo, 'v0.0.2');
    await world.runner.settle();

    const [release] = world.runner.runsOf(repo, 'security-ci.yml');
    expect(results(release!), describeRun(world, repo)).toEqual({
      build: 'failure',
      provenance: 'skipped',
      'provenance-validate': 'skipped',
      publish: 'skipped',
      'release-validate': 'skipped',
      'verification-summary': 'skipped',
      'notify-on-failure': 'success',
    });
    const issues = world.gh.state.issues.list(repo, { state: 'all' });
    expect(issues.map((issue) => issue.title)).toEqual(['provenance: build_failed for v0.0.2']);
    expect(world.gh.state.releases.list(repo)).toEqual([]);
  });

  it('(c) a rejected provenance is announced once, recovered by a rerun, and the rerun is verified', async () => {
    // SETUP in full, on a private repository: the notification and the recovery use their tokens as scoped.
    const adopted = await setUpFromDocs(world, {
      repo: 'acme/recovered',
      private: true,
      protectDefaultBranch: true,
    });
    const { repo, maintainer } = adopted;
    const slackBefore = world.slack.received.length;
    // The attestations API answers nothing for the release's digests while the first run validates.
    world.gh.faults.inject(
      { method: 'GET', path: `/repos/${repo}/attestations/*` },
      { kind: 'status', status: 404 },
      1000,
    );
    await maintainer.tag(repo, 'v1.0.0');
    await world.runner.settle();
    world.gh.faults.clear();

    const [release] = world.runner.runsOf(repo, 'security-ci.yml');
    expect(results(release!), describeRun(world, repo)).toMatchObject({
      'provenance-validate': 'failure',
      publish: 'skipped',
      'notify-on-failure': 'success',
    });
    const reason = release!.jobs.get('provenance-validate')!.outputs['failure-reason'];
    const issues = world.gh.state.issues.list(repo, { state: 'all' });
    expect(issues.map((issue) => issue.title)).toEqual([`provenance: ${reason} for v1.0.0`]);
    expect(world.slack.received.length - slackBefore).toBe(0);

    await maintainer.dispatch(repo, 'slsa-provenance-recover.yml', {
      run_id: String(release!.id),
      tag: 'v1.0.0',
      reason: 'the attestations API was down',
      incident: String(issues[0]!.number),
    });
    await world.runner.settle();

    const [recovery] = world.runner.runsOf(repo, 'slsa-provenance-recover.yml');
    expect(recovery && results(recovery), describeRun(world, repo)).toEqual({ recover: 'success' });
    expect(release!.attempt).toBe(2);
    expect(results(release!), describeRun(world, repo)).toMatchObject({
      'provenance-validate': 'success',
      publish: 'success',
      'release-validate': 'success',
      'notify-on-failure': 'skipped',
    });
    // A private repository: GitHub's own instance signed (no Rekor entry, no SCT) the first attempt's provenance,
    // the rerun's and the VSA, and the default trust took them.
    expect(signersOf(world, repo, 'v1.0.0', 'widget.sh')).toEqual([
      [SLSA_PROVENANCE_V1, ['github']],
      [SLSA_PROVENANCE_V1, ['github']],
      [VSA_PREDICATE_TYPE, ['github']],
    ]);
    const entries = manifestsOn(world, repo, adopted.manifestBranch).flatMap((m) => m.entries);
    expect(entries.map((e) => [e.tag, e.run_id, e.status])).toEqual([['v1.0.0', release!.id, 'success']]);
    expect(world.gh.state.issues.list(repo, { state: 'all' })).toHaveLength(1);
  });
});
