import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo, type FailedRequest } from './support.js';

const FILE = '/repos/acme/app/contents/*';

/** A client that retries 403/429 answers carrying retry-after, recording the waits instead of sleeping. */
function retryingClient(gh: GitHubEmulator, waits: number[]): Octokit {
  const octokit = client(gh);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(options);
      } catch (error) {
        const { status, response } = error as FailedRequest;
        const retryAfter = response?.headers['retry-after'];
        if (attempt > 3 || ![403, 429].includes(status) || retryAfter === undefined) throw error;
        waits.push(Number(retryAfter));
      }
    }
  });
  return octokit;
}

describe('fault injection', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo({ now: () => now });
    gh.state.contents.put(REPO, 'a.txt', 'a');
  });
  afterEach(() => gh.close());

  const read = (octokit = client(gh)) => octokit.rest.repos.getContent({ owner, repo, path: 'a.txt' });
  const statuses = () => gh.requests.matching({ path: FILE }).map((entry) => entry.status);

  it('answers injected statuses in order, then behaves normally', async () => {
    gh.faults.inject({ method: 'GET', path: FILE }, { kind: 'status', status: 503 });
    gh.faults.inject(
      { path: FILE },
      {
        kind: 'status',
        status: 500,
        body: { message: 'boom', documentation_url: 'https://docs.github.com/rest' },
      },
      2,
    );
    gh.faults.inject({ method: 'PUT', path: FILE }, { kind: 'status', status: 418 });
    await expectFailure(read(), 503, 'Service Unavailable');
    await expectFailure(read(), 500, 'boom');
    await expectFailure(read(), 500);
    expect((await read()).status).toBe(200);
    expect(statuses()).toEqual([503, 500, 500, 200]);
    expect(gh.faults.pending()).toBe(1);
    gh.faults.clear();
    expect(gh.faults.pending()).toBe(0);
  });

  it('matches the decoded path of a nested file', async () => {
    gh.state.contents.put(REPO, 'docs/b.txt', 'b');
    gh.faults.inject({ path: '/repos/acme/app/contents/docs/b.txt' }, { kind: 'status', status: 502 });
    await expectFailure(client(gh).rest.repos.getContent({ owner, repo, path: 'docs/b.txt' }), 502);
    expect(gh.requests.matching({ method: 'GET', path: '/repos/acme/app/contents/docs/b.txt' })).toHaveLength(
      1,
    );
  });

  it('lets a client observe retry-after on a 429 secondary rate limit and retry', async () => {
    gh.faults.inject({ path: FILE }, { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 7 });
    const waits: number[] = [];
    expect((await read(retryingClient(gh, waits))).status).toBe(200);
    expect(waits).toEqual([7]);
    expect(statuses()).toEqual([429, 200]);
  });

  it('answers a 403 secondary rate limit with the message clients look for', async () => {
    gh.faults.inject({ path: FILE }, { kind: 'secondary-rate-limit', retryAfterSeconds: 60 });
    const limited = await expectFailure(read(), 403, /\bsecondary rate\b/i);
    expect(limited.response?.headers['retry-after']).toBe('60');
  });

  it('answers a primary rate limit with no requests remaining until reset', async () => {
    gh.faults.inject({ path: FILE }, { kind: 'primary-rate-limit', resetAfterSeconds: 120 });
    const limited = await expectFailure(read(), 403, /^API rate limit exceeded/);
    expect(limited.response?.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now.getTime() / 1000 + 120),
    });
    expect((await read()).status).toBe(200);
  });

  it('delays a response by the given time', async () => {
    gh.faults.inject({ path: FILE }, { kind: 'delay', ms: 150 });
    const started = performance.now();
    expect((await read()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection, which surfaces as a request error without a response', async () => {
    gh.faults.inject({ path: FILE }, { kind: 'drop-connection' });
    const error = await read().then(
      () => undefined,
      (caught: unknown) => caught as FailedRequest,
    );
    expect(error).toMatchObject({ name: 'HttpError', status: 500 });
    expect(error?.response).toBeUndefined();
    expect((await read()).status).toBe(200);
    expect(statuses()).toEqual(['dropped', 200]);
    expect(gh.requests.all().at(-2)).toEqual({
      method: 'GET',
      path: '/repos/acme/app/contents/a.txt',
      status: 'dropped',
    });
  });
});
