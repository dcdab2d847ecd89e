import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultGitHubRetryTiming,
  fetchAttestations,
  findRelease,
  getRun,
  githubClient,
  resolveTagCommit,
  type GitHubRetryTiming,
} from '../../../src/adapters/github/index.js';
import { delayFor } from '../../../src/adapters/retry/index.js';
import { failureOutcome, GuardError } from '../../../src/core/errors/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const REPO = 'acme/app';
const repository = { owner: 'acme', repo: 'app' };
let gh: GitHubEmulator;
let sleeps: number[];
const timing: GitHubRetryTiming = {
  ...defaultGitHubRetryTiming,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
  now: () => NOW.getTime(),
};
const client = (timeoutMs?: number) =>
  githubClient({ token: 'tok', baseUrl: gh.url, ...(timeoutMs ? { timeoutMs } : {}) });
const requests = (path: string) => gh.requests.matching({ method: 'GET', path }).length;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { tok: ['contents:read', 'actions:read', 'attestations:read'] },
    now: () => NOW,
  });
  gh.state.repos.create(REPO);
  gh.state.workflows.add(REPO, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(REPO, 'v1.0.0');
  gh.state.git.createTag(REPO, 'v2.0.0', { message: 'release 2.0.0' });
});
afterAll(() => gh.close());
beforeEach(() => {
  sleeps = [];
  gh.faults.clear();
});

describe('a hung GitHub call', () => {
  it('times out, is tried 3 times at most, then is github_unavailable (undecided)', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    const path = `/repos/${REPO}/actions/runs/${run.id}`;
    gh.faults.inject({ method: 'GET', path }, { kind: 'delay', ms: 1_500 }, 4);
    const started = Date.now();
    const error = await getRun({ octokit: client(200), repository, timing }, run.id).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'github_unavailable',
      message: expect.stringMatching(new RegExp(`run ${run.id} of acme/app.*timed out`)),
    });
    expect(gh.faults.pending()).toBe(1);
    expect(sleeps).toEqual([1_000, 2_000]);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(failureOutcome('github_unavailable')).toBe('undecided');
  });

  it('a call that answers within the timeout is not cut off', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: `/repos/${REPO}/actions/runs/${run.id}` },
      { kind: 'delay', ms: 50 },
      1,
    );
    expect((await getRun({ octokit: client(2_000), repository, timing }, run.id)).id).toBe(run.id);
    expect(sleeps).toEqual([]);
  });
});

describe('resolveTagCommit under the retry policy', () => {
  const refPath = (tag: string) => `/repos/${REPO}/git/ref/tags/${tag}`;

  it('one 502, then the answer: resolves after one wait', async () => {
    const before = requests(refPath('v1.0.0'));
    gh.faults.inject({ method: 'GET', path: refPath('v1.0.0') }, { kind: 'status', status: 502 }, 1);
    const sha = await resolveTagCommit(client(), repository, 'v1.0.0', timing);
    expect(sha).toBe(gh.state.git.resolve(REPO, 'v1.0.0')!.sha);
    expect(requests(refPath('v1.0.0')) - before).toBe(2);
    expect(sleeps).toEqual([1_000]);
  });

  it('three 502s: github_unavailable, not input_invalid or tag_mismatch, after 3 tries', async () => {
    const before = requests(refPath('v1.0.0'));
    gh.faults.inject({ method: 'GET', path: refPath('v1.0.0') }, { kind: 'status', status: 502 }, 3);
    await expect(resolveTagCommit(client(), repository, 'v1.0.0', timing)).rejects.toMatchObject({
      code: 'github_unavailable',
      message: expect.stringMatching(/tag v1\.0\.0 in acme\/app.*HTTP 502/),
    });
    expect(requests(refPath('v1.0.0')) - before).toBe(3);
  });

  it('the annotated tag object is retried too', async () => {
    gh.faults.inject({ method: 'GET', path: `/repos/${REPO}/git/tags/*` }, { kind: 'drop-connection' }, 1);
    const sha = await resolveTagCommit(client(), repository, 'v2.0.0', timing);
    expect(sha).toBe(gh.state.git.resolve(REPO, 'v2.0.0')!.sha);
    expect(gh.faults.pending()).toBe(0);
    expect(sleeps).toEqual([1_000]);
  });

  it('a tag GitHub does not know is tag_mismatch at once: a 404 is an answer', async () => {
    const before = requests(refPath('v9.9.9'));
    await expect(resolveTagCommit(client(), repository, 'v9.9.9', timing)).rejects.toMatchObject({
      code: 'tag_mismatch',
    });
    expect(requests(refPath('v9.9.9')) - before).toBe(1);
    expect(sleeps).toEqual([]);
  });
});

describe('reads retried once', () => {
  it('a run read: one 502, then the run', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    const path = `/repos/${REPO}/actions/runs/${run.id}`;
    gh.faults.inject({ method: 'GET', path }, { kind: 'status', status: 502 }, 1);
    expect((await getRun({ octokit: client(), repository, timing }, run.id)).id).toBe(run.id);
    expect(requests(path)).toBe(2);
  });

  it('a run read whose connection drops is tried again', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    const path = `/repos/${REPO}/actions/runs/${run.id}`;
    gh.faults.inject({ method: 'GET', path }, { kind: 'drop-connection' }, 1);
    expect((await getRun({ octokit: client(), repository, timing }, run.id)).id).toBe(run.id);
    expect(gh.requests.matching({ method: 'GET', path }).map((r) => r.status)).toEqual(['dropped', 200]);
  });

  it('an attestation page: one 503, then the bundles', async () => {
    const digest = 'ef'.repeat(32);
    gh.state.attestations.add(REPO, `sha256:${digest}`, {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { n: 1 },
      dsseEnvelope: {
        payload: 'e30=',
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: 'c2ln' }],
      },
    });
    const path = `/repos/${REPO}/attestations/sha256:${digest}`;
    gh.faults.inject({ method: 'GET', path }, { kind: 'status', status: 503 }, 1);
    const text = await fetchAttestations(client(), repository, [digest], timing);
    expect(JSON.parse(text)).toMatchObject({ verificationMaterial: { n: 1 } });
    expect(requests(path)).toBe(2);
  });

  it('a release listing page: one 500, then the release', async () => {
    gh.state.releases.create(REPO, { tag: 'v1.0.0' });
    const path = `/repos/${REPO}/releases`;
    gh.faults.inject({ method: 'GET', path }, { kind: 'status', status: 500 }, 1);
    const release = await findRelease(
      { octokit: client(), apiUrl: gh.url, token: 'tok', timing },
      repository,
      'v1.0.0',
    );
    expect(release).toMatchObject({ tag: 'v1.0.0', draft: false });
    expect(requests(path)).toBe(2);
  });
});

describe('rate limits', () => {
  const runPath = (id: number) => `/repos/${REPO}/actions/runs/${id}`;

  it('Retry-After 2 s is waited, exactly as the policy says', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: runPath(run.id) },
      { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 2 },
      1,
    );
    expect((await getRun({ octokit: client(), repository, timing }, run.id)).id).toBe(run.id);
    expect(sleeps).toEqual([2_000]);
    expect(sleeps[0]).toBe(delayFor({ status: 429, retryAfter: '2' }, 1, timing));
  });

  it("GitHub's 403 secondary limit with Retry-After is waited too", async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: runPath(run.id) },
      { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 3 },
      1,
    );
    expect((await getRun({ octokit: client(), repository, timing }, run.id)).id).toBe(run.id);
    expect(sleeps).toEqual([3_000]);
  });

  it('the primary limit waits until its reset, a second late', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: runPath(run.id) },
      { kind: 'primary-rate-limit', status: 403, resetAfterSeconds: 30 },
      1,
    );
    expect((await getRun({ octokit: client(), repository, timing }, run.id)).id).toBe(run.id);
    expect(sleeps).toEqual([31_000]);
  });

  it('Retry-After 120 s is not waited: final at once, github_unavailable', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: runPath(run.id) },
      { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 120 },
      1,
    );
    await expect(getRun({ octokit: client(), repository, timing }, run.id)).rejects.toMatchObject({
      code: 'github_unavailable',
      message: expect.stringContaining('HTTP 429'),
    });
    expect(sleeps).toEqual([]);
    expect(requests(runPath(run.id))).toBe(1);
  });

  it('a 403 that is a refusal, not a rate limit, stays the answer it is', async () => {
    const run = gh.state.runs.create(REPO, 'release.yml');
    gh.faults.inject(
      { method: 'GET', path: runPath(run.id) },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      1,
    );
    const error = await getRun({ octokit: client(), repository, timing }, run.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(error).not.toBeInstanceOf(GuardError);
    expect(requests(runPath(run.id))).toBe(1);
  });
});
