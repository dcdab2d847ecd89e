import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VSA_PREDICATE_TYPE } from '../../src/core/vsa/statement.js';
import {
  describeRun,
  governance,
  incident,
  manifestsOn,
  pullRequest,
  results,
  signersOf,
  tagAndRun,
} from './scenario.js';
import { WIDGET, WIDGET_V2 } from './setup/project.js';
import { emulatorPermission, setUpFromDocs } from './setup/setup.js';
import { SLSA_PROVENANCE_V1 } from './stand-ins/attest.js';
import { startWorld, type World } from './world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

const DAY_MS = 86_400_000;

/**
 * The user signs SLSA v0.2 provenance (as slsa-github-generator wrote it) instead of actions/attest-build-provenance:
 * a release only an override lets through.
 */
const V02_PROVENANCE = `      - name: SLSA v0.2 provenance, as slsa-github-generator writes it
        run: |
          source="git+$GITHUB_SERVER_URL/$GITHUB_REPOSITORY@$GITHUB_REF"
          jq -n --arg builder "$GITHUB_SERVER_URL/$GITHUB_WORKFLOW_REF" --arg source "$source" --arg sha "$GITHUB_SHA" '{
            builder: { id: $builder },
            buildType: "https://github.com/slsa-framework/slsa-github-generator/generic@v1",
            invocation: { configSource: { uri: $source, digest: { sha1: $sha }, entryPoint: ".github/workflows/security-ci.yml" } },
            materials: [{ uri: $source, digest: { sha1: $sha } }]
          }' > "$RUNNER_TEMP/predicate.json"
      - uses: actions/attest@1e69f48acb82d1966a394da916b4c1698aa569d6 # v4.2.2
        with:
          subject-path: dist/*
          predicate-type: https://slsa.dev/provenance/v0.2
          predicate-path: \${{ runner.temp }}/predicate.json
`;

function signingV02(securityCi: string): string {
  const step = /^ {6}- uses: actions\/attest-build-provenance@.*\n {8}with:\n {10}subject-path: dist\/\*\n/m;
  if (!step.test(securityCi))
    throw new Error('security-ci.yml no longer attests with actions/attest-build-provenance');
  return securityCi.replace(step, V02_PROVENANCE);
}

describe('the release rehearsal: tokens scoped as SETUP says, and governance', () => {
  it('(f) a private repository with a protected default branch: a rollback with every token scoped as the secrets table says', async () => {
    const adopted = await setUpFromDocs(world, {
      repo: 'acme/private',
      private: true,
      protectDefaultBranch: true,
    });
    const { repo, maintainer } = adopted;
    for (const row of adopted.doc.tables.secrets.filter((candidate) => candidate.permissions.length > 0))
      expect([...world.gh.tokens.permissions(adopted.tokens[row.secret]!)!].sort()).toEqual(
        row.permissions.map(emulatorPermission).sort(),
      );
    const good = await tagAndRun(world, adopted, 'v1.0.0');
    expect(good.conclusion, describeRun(world, repo)).toBe('success');
    // Signed by GitHub's own instance, as in every private repository; verified under the default trust.
    expect(signersOf(world, repo, 'v1.0.0', 'widget.sh')).toEqual([
      [SLSA_PROVENANCE_V1, ['github']],
      [VSA_PREDICATE_TYPE, ['github']],
    ]);
    const change = await pullRequest(world, adopted, 'widget-2', { 'src/widget.sh': WIDGET_V2 });
    await maintainer.merge(repo, change);
    await world.runner.settle();
    const bad = await tagAndRun(world, adopted, 'v1.1.0');
    expect(bad.conclusion, describeRun(world, repo)).toBe('success');

    const rollback = await governance(world, adopted, {
      operation: 'rollback',
      run_id: String(bad.id),
      tag: 'v1.1.0',
      reason: 'back to the reviewed release',
      incident: String(await incident(adopted, 'v1.1.0 breaks the widget')),
      target_sha: good.trigger.sha,
    });
    expect(results(rollback), describeRun(world, repo)).toEqual({ governance: 'success' });
    const [pull] = world.gh.state.pulls.list(repo);
    expect(pull?.head, describeRun(world, repo)).toMatch(/^rollback\//);
    const [validation] = world.runner
      .runsOf(repo, 'rollback-validate.yml')
      .filter((run) => run.trigger.headRef === pull!.head);
    expect(validation && results(validation), describeRun(world, repo)).toEqual({
      'provenance-validate': 'success',
    });
    await maintainer.merge(repo, pull!.number);
    await world.runner.settle();
    expect(world.gh.state.contents.read(repo, 'src/widget.sh')?.bytes.toString()).toBe(WIDGET);
    const entry = manifestsOn(world, repo, adopted.manifestBranch)
      .flatMap((m) => m.entries)
      .find((candidate) => candidate.tag === 'v1.1.0');
    expect(entry?.status).toBe('rollback');
  });

  it('(g) an SLSA v0.2 release passes under a governance grant and is rejected once the grant has expired', async () => {
    const adopted = await setUpFromDocs(world, { repo: 'acme/legacy-v02', protectDefaultBranch: false });
    const { repo, maintainer } = adopted;
    const workflow = world.gh.state.contents
      .read(repo, '.github/workflows/security-ci.yml')!
      .bytes.toString();
    const policy = world.gh.state.contents.read(repo, '.github/provenance-policy.yml')!.bytes.toString();
    // The reviewed policy decides whether a grant may let v0.2 pass at all (release-validate reads it).
    const overridable = `${policy}    override:\n      allow-slsa-v0.2: true\n      max-days: 7\n`;
    await maintainer.commit(
      repo,
      {
        '.github/workflows/security-ci.yml': signingV02(workflow),
        '.github/provenance-policy.yml': overridable,
        'src/widget.sh': WIDGET_V2,
      },
      'Sign SLSA v0.2, under a governance override the policy allows',
    );
    const release = await tagAndRun(world, adopted, 'v2.0.0');
    expect(results(release), describeRun(world, repo)).toMatchObject({
      provenance: 'success',
      'provenance-validate': 'failure',
    });
    const number = await incident(adopted, 'v2.0.0 carries SLSA v0.2 provenance');
    const expiresAt = new Date(world.clock.now().getTime() + 3 * DAY_MS).toISOString();
    const grant = await governance(world, adopted, {
      operation: 'override_grant',
      run_id: String(release.id),
      tag: 'v2.0.0',
      reason: 'the v1 migration lands next week',
      incident: String(number),
      expires_at: expiresAt,
    });
    expect(results(grant), describeRun(world, repo)).toEqual({ governance: 'success' });
    expect(grant.displayTitle).toBe(`override_grant v2.0.0 run ${release.id} until ${expiresAt}`);

    await maintainer.octokit.rest.actions.reRunWorkflow({
      owner: 'acme',
      repo: 'legacy-v02',
      run_id: release.id,
    });
    await world.runner.settle();
    expect(results(release), describeRun(world, repo)).toMatchObject({
      'provenance-validate': 'success',
      publish: 'success',
    });
    // The published release is verified against the policy file under the same grant, read from the manifest.
    expect(results(release), describeRun(world, repo)).toMatchObject({
      'release-validate': 'success',
      'verification-summary': 'success',
    });

    world.clock.advance(4 * DAY_MS);
    await maintainer.octokit.rest.actions.reRunWorkflow({
      owner: 'acme',
      repo: 'legacy-v02',
      run_id: release.id,
    });
    await world.runner.settle();
    const validate = release.jobs.get('provenance-validate')!;
    expect(validate.result, describeRun(world, repo)).toBe('failure');
    expect(validate.outputs['failure-reason']).toBe('override_expired');
    // The rerun under the live grant verified the run and closed its entry; a verified entry is final for its
    // run (only a rollback changes it), so the later rejection fails its step, is announced, and is not
    // recorded over the verdict.
    const [entry] = manifestsOn(world, repo, 'main').flatMap((m) => m.entries);
    expect(entry?.status).toBe('success');
    const verdicts = (entry?.history as { event: string }[])
      .map((h) => h.event)
      .filter((event) => /^(validated|failed|rerun_)/.test(event));
    expect(verdicts).toEqual(['failed', 'rerun_started', 'rerun_succeeded']);
  });
});
