import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, type ManifestEntry } from '../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { makeZip } from '../support/zip.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../integration/minted-release.js';
import { actionEnvironment, captureStdout } from '../action/validate-env.js';

/**
 * Attacks on validate's recordVerdict through the action: the manifest commit lands and its answer is lost
 * (the connection breaks after GitHub committed), alone or with GitHub then failing the read-back.
 */
const TOKEN = 'ghs_outsiderValidateToken0123456789ab';
const REPO = 'acme/widget';
const CREATED = new Date('2026-03-10T23:58:00Z');
const HOME = 'docs/reports/2026-03-10/manifest.json';
const AT = new Date(CREATED.getTime() + 60_000);
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let bundlePath: string;
let validate: (now?: Date) => Promise<void>;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'actions:write', 'issues:write', 'attestations:read'] },
  });
  process.env.GITHUB_API_URL = gh.url;
  delete process.env.GITHUB_SERVER_URL;
  ({ run: validate } = await import('../../src/action/validate/main.js'));
  gh.state.repos.create(REPO);
  gh.state.workflows.add(REPO, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(REPO, TAG);
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore, gh.state.git.resolve(REPO, TAG)!.sha);
  bundlePath = release.write(
    'widget.sigstore.json',
    await sigstore.mint(release.statement(), release.identity),
  );
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await Promise.all([gh?.close(), sigstore?.close()]);
});
afterEach(() => {
  globalThis.fetch = realFetch;
  gh.faults.clear();
  process.exitCode = 0;
});

const step = (runId: number, attempt = 1) =>
  actionEnvironment(
    {
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_ACTOR: 'release-bot',
      GITHUB_TRIGGERING_ACTOR: 'release-bot',
      PATH: '/usr/bin:/bin',
    },
    {
      tag: TAG,
      'artifact-name': 'widget-binaries',
      'provenance-path': bundlePath,
      'expected-builder-id': WORKFLOW,
      trust: release.trustedRootPath,
      'github-token': TOKEN,
    },
  );
const entryOf = (runId: number): ManifestEntry =>
  parseManifest(gh.state.contents.read(REPO, HOME)!.bytes.toString(), HOME).entries.find(
    (e) => e.run_id === runId,
  )!;
const steps = (runId: number) => entryOf(runId).history.map((h) => h.event);

async function releaseRun(withArtifact: boolean) {
  const runId = gh.state.runs.create(REPO, 'release.yml', {
    ref: TAG,
    conclusion: withArtifact ? 'success' : 'failure',
    createdAt: CREATED,
  }).id;
  if (withArtifact)
    gh.state.artifacts.create(REPO, {
      runId,
      name: 'widget-binaries',
      zip: await makeZip([{ name: 'widget-linux-amd64', content: readFileSync(release.artifactPath) }]),
    });
  return runId;
}

/**
 * The first manifest commit reaches GitHub and is committed, then the connection breaks: the action's own
 * Octokit (which looks the global fetch up per request) sees no answer. `after` runs once it is lost.
 */
function loseTheManifestCommit(after: () => void = () => {}): () => boolean {
  let lost = false;
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!lost && init?.method === 'PUT' && url.includes('/contents/')) {
      lost = true;
      await response.arrayBuffer();
      after();
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }),
      });
    }
    return response;
  };
  return () => lost;
}

describe('validate: the verdict commit lands and its answer is lost', () => {
  // Attack: the validated commit lands, the answer is lost: the retry finds it applied; the step is green.
  it('a verified release whose commit answer was lost is green, recorded once', async () => {
    const runId = await releaseRun(true);
    const validated = step(runId);
    const lost = loseTheManifestCommit();
    await captureStdout(() => validate(AT));
    expect(lost()).toBe(true);
    expect(validated.outputs()).toMatchObject({ verified: 'true', 'failure-reason': '' });
    expect(process.exitCode).not.toBe(1);
    expect(steps(runId)).toEqual(['validated']);
    expect(JSON.parse(validated.outputs()['manifest-entry']!)).toMatchObject({ status: 'success' });
  });

  // Attack: the failed commit lands, the answer is lost: recorded once, and the step reports its own reason.
  it('a rejected release whose commit answer was lost is recorded once with its own failure reason', async () => {
    const runId = await releaseRun(false);
    const validated = step(runId);
    const lost = loseTheManifestCommit();
    await captureStdout(() => validate(AT));
    expect(lost()).toBe(true);
    expect(validated.outputs()).toMatchObject({ verified: 'false', 'failure-reason': 'artifact_missing' });
    expect(steps(runId)).toEqual(['failed']);
    expect(JSON.parse(validated.outputs()['manifest-entry']!)).toMatchObject({ status: 'failure' });
  });

  // Attack: the commit lands, its answer is lost, and GitHub then fails every read-back try: the step cannot
  // know, so it is not green; rerunning the failed job (as the runbook says) finds the verdict and is green.
  it('a lost answer followed by an unreadable manifest is not green; the rerun of the job is, recording nothing twice', async () => {
    const runId = await releaseRun(true);
    const first = step(runId);
    loseTheManifestCommit(() =>
      gh.faults.inject(
        { method: 'GET', path: new RegExp(`/contents/${HOME}`) },
        { kind: 'status', status: 502 },
        3,
      ),
    );
    await captureStdout(() => validate(AT));
    expect(first.outputs()).toMatchObject({ verified: 'true', 'failure-reason': 'github_unavailable' });
    expect(process.exitCode).toBe(1);
    globalThis.fetch = realFetch;
    gh.faults.clear();
    const rerun = step(runId, 2);
    await captureStdout(() => validate(new Date(AT.getTime() + 5 * 60_000)));
    expect(rerun.outputs()).toMatchObject({ verified: 'true', 'failure-reason': '' });
    expect(process.exitCode).not.toBe(1);
    expect(steps(runId)).toEqual(['validated']);
  });
});
