import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { actionEnvironment, captureStdout } from '../action/validate-env.js';
import { mintedRelease, REPOSITORY, TAG, type MintedRelease } from './minted-release.js';

const TOKEN = 'ghs_provenanceGuardRoundTripToken0123456789';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let run: (now?: Date) => Promise<void>;
let policyPath: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:read'] } });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create(REPOSITORY);
  gh.state.workflows.add(REPOSITORY, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(REPOSITORY, TAG);
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve(REPOSITORY, TAG)!.sha);
  const bundle = Buffer.from(JSON.stringify(await sigstore.mint(release.statement(), release.identity)));
  gh.state.releases.create(REPOSITORY, {
    tag: TAG,
    assets: [
      { name: 'widget-linux-amd64', bytes: readFileSync(release.artifactPath) },
      { name: 'widget.intoto.jsonl', bytes: bundle },
    ],
  });
  policyPath = release.write(
    'provenance-policy.yml',
    'version: 1\nartifacts:\n  - builders: [signing-workflow]\n    tags: semver\n    slsa-level: 2\n',
  );
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await Promise.all([gh?.close(), sigstore?.close()]);
});

/** Validate of the published release, as the template's release-validate job runs it: the VSA it writes. */
async function validateWritesVsa(): Promise<object> {
  const created = gh.state.runs.create(REPOSITORY, 'release.yml', { ref: TAG });
  const env = actionEnvironment(
    {
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_RUN_ID: String(created.id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'release-bot',
      PATH: '/usr/bin:/bin',
      GITHUB_ACTION_REPOSITORY: 'provenance-guard/provenance-guard',
      GITHUB_ACTION_REF: 'v1.4.0',
    },
    {
      tag: TAG,
      'artifact-source': 'release',
      policy: policyPath,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
      manifest: 'false',
    },
  );
  await captureStdout(() => run(new Date(Date.now() - 60_000)));
  const out = env.outputs();
  expect(out.verified, out.verdict).toBe('true');
  return JSON.parse(readFileSync(out['vsa-path']!, 'utf8')) as object;
}

describe('verify-vsa accepts what validate writes', () => {
  it('the VSA of a validated release, signed at its tag, verifies for --release OWNER/NAME@TAG and no other', async () => {
    const signed = release.write(
      'roundtrip.vsa.sigstore.json',
      await sigstore.mint(await validateWritesVsa(), release.identity),
    );
    const verifyFor = (name: string) =>
      runCli([
        'verify-vsa',
        '--vsa',
        signed,
        '--release',
        name,
        '--artifact',
        release.artifactPath,
        '--expected-verifier',
        'provenance-guard/provenance-guard@v1.4.0',
        '--expected-policy-digest',
        createHash('sha256').update(readFileSync(policyPath)).digest('hex'),
        '--expected-signer-workflow',
        'release.yml',
        '--max-age',
        '1h',
        '--trusted-root',
        release.trustedRootPath,
        '--json',
      ]);
    const accepted = await verifyFor(`${REPOSITORY}@${TAG}`);
    expect(accepted.exitCode, accepted.stdout).toBe(0);
    const rejected = await verifyFor(`${REPOSITORY}@v1.2.4`);
    expect(JSON.parse(rejected.stdout)).toMatchObject({ verified: false, failure_reason: 'tag_mismatch' });
  });
});
