import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { base64, client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('authentication, permissions and common headers', () => {
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startWithRepo();
    gh.state.contents.put(REPO, 'a.txt', 'a');
  });
  afterAll(() => gh.close());

  const read = (token: string | null) =>
    client(gh, token).rest.repos.getContent({ owner, repo, path: 'a.txt' });

  it('answers 401 without a token or with an unknown one', async () => {
    await expectFailure(read(null), 401, 'Requires authentication');
    await expectFailure(read('tok-unknown'), 401, 'Bad credentials');
  });

  it('accepts both the token and the Bearer scheme', async () => {
    expect((await read('tok-read')).status).toBe(200);
    const bearer = await fetch(`${gh.url}/repos/acme/app/contents/a.txt`, {
      headers: { authorization: 'Bearer tok-read' },
    });
    expect(bearer.status).toBe(200);
  });

  it('answers 403 with the accepted permission when the token lacks it', async () => {
    const write = client(gh, 'tok-read').rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'b.txt',
      message: 'm',
      content: base64('b'),
    });
    const refused = await expectFailure(write, 403, 'Resource not accessible by integration');
    expect(refused.response?.headers['x-accepted-github-permissions']).toBe('contents=write');
    const issues = await expectFailure(client(gh, 'tok-read').rest.issues.listForRepo({ owner, repo }), 403);
    expect(issues.response?.headers['x-accepted-github-permissions']).toBe('issues=read');
  });

  it('sends rate-limit headers and a request id on every response', async () => {
    const first = await read('tok-write');
    const second = await read('tok-write');
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '5000', 'x-ratelimit-resource': 'core' });
    expect(
      Number(first.headers['x-ratelimit-remaining']) - Number(second.headers['x-ratelimit-remaining']),
    ).toBe(1);
    expect(Number(second.headers['x-ratelimit-used'])).toBe(Number(first.headers['x-ratelimit-used']) + 1);
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(first.headers['x-github-request-id']).not.toBe(second.headers['x-github-request-id']);
    const missing = await expectFailure(client(gh).request('GET /nowhere'), 404, 'Not Found');
    expect(missing.response?.headers['x-ratelimit-remaining']).toBeDefined();
    expect(missing.response?.headers['x-github-request-id']).toBeDefined();
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${gh.url}/repos/acme/app/issues`, {
      method: 'POST',
      headers: { authorization: 'token tok-write' },
      body: '{oops',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });
});
