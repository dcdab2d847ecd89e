import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';

// CI sets NODE24_BIN to the action's runtime (node24, from the npm registry); elsewhere this node runs it.
const NODE = process.env.NODE24_BIN ?? process.execPath;
const TOKEN = 'ghs_smokeTestToken0123456789abcdef';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:read'] } });
  gh.state.repos.create('acme/widget');
  gh.state.git.createTag('acme/widget', TAG);
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve('acme/widget', TAG)!.sha);
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

describe('the bundled action (dist/index.js) as the runner starts it', () => {
  it(`verifies and records a release under ${NODE === process.execPath ? `this node (${process.version})` : 'NODE24_BIN'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-smoke-'));
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const bundle = release.write(
      'smoke.sigstore.json',
      await sigstore.mint(release.statement(), release.identity),
    );
    const inputs = {
      tag: TAG,
      'artifact-path': release.artifactPath,
      'provenance-path': bundle,
      'expected-builder-id': WORKFLOW,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
      'manifest-path': 'docs/reports/smoke/manifest.json',
    };
    const env = {
      PATH: process.env.PATH,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'release-bot',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const { stdout } = await promisify(execFile)(NODE, ['dist/index.js'], { env });
    const version = (await promisify(execFile)(NODE, ['--version'])).stdout.trim();
    expect(readFileSync(output, 'utf8'), `${version}\n${stdout}`).toMatch(
      /^verified<<ghadelimiter_[\w-]+\ntrue\n/m,
    );
    const manifest = JSON.parse(
      gh.state.contents.read('acme/widget', 'docs/reports/smoke/manifest.json')!.bytes.toString(),
    );
    expect(manifest.entries[0]).toMatchObject({ tag: TAG, run_id: 77, status: 'success' });
    if (process.env.NODE24_BIN) expect(version).toMatch(/^v24\./);
  });
});
