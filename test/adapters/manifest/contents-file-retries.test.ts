import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { githubClient } from '../../../src/adapters/github/index.js';
import {
  GitHubContentsStore,
  defaultRetryTiming,
  type RetryTiming,
} from '../../../src/adapters/manifest/index.js';
import { RETRY_POLICY } from '../../../src/adapters/retry/index.js';
import { parseManifest, serializeManifest, emptyManifest } from '../../../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { manifestEvent } from '../../support/manifest-events.js';

const PATH = 'docs/reports/2026-11-25/manifest.json';
let gh: GitHubEmulator;
const sleeps: number[] = [];
const timing: RetryTiming = {
  ...defaultRetryTiming,
  baseDelayMs: 1,
  maxDelayMs: 2,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
};

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { writer: ['contents:write', 'actions:read'] } });
});
afterAll(() => gh?.close());

let n = 0;
beforeEach(() => {
  gh.state.repos.create(`acme/tries-${++n}`);
  sleeps.length = 0;
  gh.faults.clear();
});
const repo = () => `acme/tries-${n}`;
const store = (timeoutMs?: number) =>
  new GitHubContentsStore(
    githubClient({ token: 'writer', baseUrl: gh.url, ...(timeoutMs ? { timeoutMs } : {}) }),
    { owner: 'acme', repo: `tries-${n}`, path: PATH },
    timing,
  );
const contents = (method: 'GET' | 'PUT') => ({ method, path: `/repos/${repo()}/contents/${PATH}` });
const tries = (method: 'GET' | 'PUT') => gh.requests.matching(contents(method)).length;

describe('the manifest through the contents API: at most 3 tries per HTTP call', () => {
  it('a read that keeps failing is tried 3 times, then github_unavailable (not lock_timeout)', async () => {
    gh.faults.inject(contents('GET'), { kind: 'status', status: 502 }, 20);
    await expect(store().read(manifestEvent('failed'))).rejects.toMatchObject({
      code: 'github_unavailable',
      message: expect.stringContaining(`the read of ${repo()}:${PATH}`),
    });
    expect(tries('GET')).toBe(RETRY_POLICY.maxTries);
  });

  it('a read that fails twice is answered by the third try', async () => {
    gh.state.contents.put(repo(), PATH, serializeManifest(emptyManifest()));
    gh.faults.inject(contents('GET'), { kind: 'status', status: 500 }, 2);
    expect((await store().read(manifestEvent('failed'))).entries).toEqual([]);
    expect(tries('GET')).toBe(3);
    expect(sleeps).toEqual([1_000, 2_000]);
  });

  it('a hung read times out, 3 tries, then github_unavailable', async () => {
    gh.faults.inject(contents('GET'), { kind: 'delay', ms: 1_500 }, 4);
    await expect(store(150).read(manifestEvent('failed'))).rejects.toMatchObject({
      code: 'github_unavailable',
      message: expect.stringContaining('timed out'),
    });
    expect(gh.faults.pending()).toBe(1);
  });

  it('an apply whose every read fails never asks more than 3 times and writes nothing', async () => {
    gh.faults.inject(contents('GET'), { kind: 'drop-connection' }, 20);
    await expect(store().apply(manifestEvent('failed'))).rejects.toMatchObject({
      code: 'github_unavailable',
    });
    expect(tries('GET')).toBe(3);
    expect(tries('PUT')).toBe(0);
  });

  it('a write that keeps failing is tried 3 times across the compare-and-swap loop, each after a fresh read', async () => {
    gh.faults.inject(contents('PUT'), { kind: 'status', status: 503 }, 20);
    await expect(store().apply(manifestEvent('failed'))).rejects.toMatchObject({
      code: 'github_unavailable',
      message: expect.stringContaining(`the write of ${repo()}:${PATH}`),
    });
    expect(tries('PUT')).toBe(3);
    expect(tries('GET')).toBe(3);
    expect(gh.state.contents.read(repo(), PATH)).toBeFalsy();
  });

  it('a write that fails twice lands on the third try, recorded once', async () => {
    gh.faults.inject(contents('PUT'), { kind: 'status', status: 502 }, 2);
    const result = await store().apply(manifestEvent('failed'));
    expect(result).toMatchObject({ outcome: 'applied', attempts: 3 });
    expect(tries('PUT')).toBe(3);
    expect(sleeps).toEqual([1_000, 2_000]);
    const stored = parseManifest(gh.state.contents.read(repo(), PATH)!.bytes.toString(), 'stored');
    expect(stored.entries).toHaveLength(1);
  });

  it('conflicts are not failed calls: they keep the loop bound, with no policy wait', async () => {
    gh.faults.inject(contents('PUT'), { kind: 'status', status: 409 }, 5);
    const result = await store().apply(manifestEvent('failed'));
    expect(result).toMatchObject({ outcome: 'applied', attempts: 6 });
    expect(tries('PUT')).toBe(6);
    expect(sleeps.every((ms) => ms < 1_000)).toBe(true);
  });
});
