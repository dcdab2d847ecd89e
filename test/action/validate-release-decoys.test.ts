import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_provenanceGuardDecoyToken0123456789';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let run: (now?: Date) => Promise<void>;
let real: Buffer;
let forged: Buffer;
let releaseId: number;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:read'] } });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  sigstore = await startSigstoreInstance('public-good');
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.git.createTag('acme/widget', TAG);
  release = await mintedRelease(sigstore, gh.state.git.resolve('acme/widget', TAG)!.sha);
  releaseId = gh.state.releases.create('acme/widget', { tag: TAG }).id;
  real = Buffer.from(JSON.stringify(await sigstore.mint(release.statement(), release.identity)));
  // Anyone can sign the published digest from a workflow of their own.
  const other = WORKFLOW.replace('release.yml', 'other.yml');
  forged = Buffer.from(
    JSON.stringify(
      await sigstore.mint(release.statement(), { ...release.identity, san: other, buildSignerUri: other }),
    ),
  );
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

/** The release of acme/widget, its assets replaced by the widget and these. */
async function validate(assets: { name: string; bytes: Buffer }[]) {
  const name = 'acme/widget';
  for (const old of gh.state.releases.get(name, releaseId).assets.map((a) => a.name))
    gh.state.releases.deleteAsset(name, releaseId, old);
  for (const asset of [{ name: 'widget-linux-amd64', bytes: readFileSync(release.artifactPath) }, ...assets])
    gh.state.releases.upload(name, releaseId, asset.name, asset.bytes);
  const created = gh.state.runs.create(name, 'release.yml', { ref: TAG });
  const env = actionEnvironment(
    {
      GITHUB_REPOSITORY: name,
      GITHUB_RUN_ID: String(created.id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'release-bot',
      PATH: '/usr/bin:/bin',
    },
    {
      tag: TAG,
      'artifact-source': 'release',
      trust: release.trustedRootPath,
      'expected-source-repo': 'acme/widget',
      'github-token': TOKEN,
      manifest: 'false',
      'fail-on-reject': 'false',
    },
  );
  await captureStdout(() => run(new Date('2026-11-25T12:00:00Z')));
  return env;
}

describe('validate with artifact-source: release, and assets named like bundles that anyone could upload', () => {
  it('an unreadable and a forged bundle beside the real provenance do not reject the release; the summary names them', async () => {
    const env = await validate([
      { name: 'widget.intoto.jsonl', bytes: real },
      { name: 'x.sigstore.json', bytes: Buffer.from('not json') },
      { name: 'x.att', bytes: forged },
    ]);
    expect(env.outputs().verified, env.outputs().verdict).toBe('true');
    const summary = env.summary();
    expect(summary).toMatch(/Left out of the provenance/);
    expect(summary).toContain('`x.sigstore.json`');
    expect(summary).toContain('`x.att`');
    expect(summary).toMatch(/identity\\?_mismatch/);
  });

  it('decoys alone never pass: without the real provenance the release is rejected', async () => {
    const env = await validate([
      { name: 'x.sigstore.json', bytes: Buffer.from('not json') },
      { name: 'x.att', bytes: forged },
    ]);
    expect(env.outputs().verified).toBe('false');
    expect(env.outputs()['failure-reason']).toBe('attestation_missing');
  });
});

describe('the validate summary checks that a tag ruleset protects the release tag', () => {
  it('warns while no tag ruleset restricts creating v* tags, and stops once one does', async () => {
    const before = await validate([{ name: 'widget.intoto.jsonl', bytes: real }]);
    expect(before.outputs().verified).toBe('true');
    expect(before.summary()).toMatch(
      /Release tags are not protected.*no active tag ruleset covers refs\/tags\/v1\.2\.3/,
    );
    gh.state.rulesets.add('acme/widget', {
      name: 'release tags',
      include: ['refs/tags/v*'],
      rules: ['creation', 'update', 'deletion'],
    });
    const after = await validate([{ name: 'widget.intoto.jsonl', bytes: real }]);
    expect(after.summary()).not.toMatch(/Release tags/);
  });
});
