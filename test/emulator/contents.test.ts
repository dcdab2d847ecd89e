import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { base64, client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('contents', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
  });
  afterEach(() => gh.close());

  it('serves a file with wrapped base64 content and its git blob sha', async () => {
    const text = `${'x'.repeat(100)}\n`;
    gh.state.contents.put(REPO, 'docs/hello.txt', 'hello\n');
    gh.state.contents.put(REPO, 'long.txt', text);
    const { data: hello } = await client(gh).rest.repos.getContent({ owner, repo, path: 'docs/hello.txt' });
    // `git hash-object` of "hello\n".
    expect(hello).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'hello.txt',
      path: 'docs/hello.txt',
      size: 6,
    });
    expect(hello).toMatchObject({ sha: 'ce013625030ba8dba906f756967f9e9ca394464a' });
    const { data: long } = await client(gh).rest.repos.getContent({ owner, repo, path: 'long.txt' });
    const lines = (long as { content: string }).content.split('\n');
    expect(lines.map((line) => line.length)).toEqual([60, 60, 16, 0]);
    expect(Buffer.from(lines.join(''), 'base64').toString()).toBe(text);
  });

  it('answers a file over 1 MB without content, unless the raw media type is asked for', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'a');
    gh.state.contents.put(REPO, 'big.json', big);
    gh.state.contents.put(REPO, 'small.json', '{"ok":true}');
    const read = (path: string, format?: 'raw' | 'object') =>
      client(gh).rest.repos.getContent({ owner, repo, path, ...(format && { mediaType: { format } }) });
    expect((await read('big.json')).data).toMatchObject({
      type: 'file',
      size: big.length,
      content: '',
      encoding: 'none',
    });
    expect((await read('big.json', 'object')).data).toMatchObject({ content: '', encoding: 'none' });
    const raw = await read('big.json', 'raw');
    expect(raw.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(String(raw.data)).toBe(big.toString());
    expect(String((await read('small.json', 'raw')).data)).toBe('{"ok":true}');
    const plusJson = await fetch(`${gh.url}/repos/acme/app/contents/small.json`, {
      headers: { authorization: 'token tok-read', accept: 'application/vnd.github.raw+json' },
    });
    expect(await plusJson.text()).toBe('{"ok":true}');
  });

  it('lists a directory, or gives it as an object with entries for the object media type', async () => {
    gh.state.contents.put(REPO, 'docs/reports/2026-03-01/manifest.json', '{}');
    gh.state.contents.put(REPO, 'docs/reports/README.md', '# reports');
    const list = await client(gh).rest.repos.getContent({ owner, repo, path: 'docs/reports' });
    expect(list.data).toEqual([
      expect.objectContaining({
        type: 'dir',
        name: '2026-03-01',
        path: 'docs/reports/2026-03-01',
        size: 0,
        download_url: null,
      }),
      expect.objectContaining({ type: 'file', name: 'README.md', path: 'docs/reports/README.md', size: 9 }),
    ]);
    const object = await client(gh).rest.repos.getContent({
      owner,
      repo,
      path: 'docs/reports',
      mediaType: { format: 'object' },
    });
    expect(object.data).toMatchObject({
      type: 'dir',
      path: 'docs/reports',
      entries: [{ name: '2026-03-01' }, { name: 'README.md' }],
    });
    const same = await client(gh).rest.repos.getContent({
      owner,
      repo,
      path: 'docs/reports/',
      mediaType: { format: 'object' },
    });
    expect(same.data).toMatchObject({
      name: 'reports',
      path: 'docs/reports',
      sha: (object.data as { sha: string }).sha,
    });
    await expectFailure(client(gh).rest.repos.getContent({ owner, repo, path: 'docs/none' }), 404);
  });

  it('reads at a branch or tag given as ref, and answers 404 for absent files and refs', async () => {
    gh.state.git.createBranch(REPO, 'release');
    gh.state.contents.put(REPO, 'v.txt', 'on release', { branch: 'release' });
    gh.state.git.createTag(REPO, 'v1', { sha: gh.state.git.tip(REPO, 'release').sha, message: 'v1' });
    const read = (ref?: string) => client(gh).rest.repos.getContent({ owner, repo, path: 'v.txt', ref });
    expect((await read('release')).data).toMatchObject({ size: 10 });
    expect((await read('v1')).data).toMatchObject({ size: 10 });
    await expectFailure(read(), 404, 'Not Found');
    await expectFailure(read('nope'), 404);
  });

  it('creates with 201, updates with 200 and refuses a missing or stale sha', async () => {
    const octokit = client(gh);
    const put = (content: string, sha?: string) =>
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'm.json',
        message: 'write',
        content: base64(content),
        sha,
      });
    const created = await put('1');
    expect(created.status).toBe(201);
    expect(created.data.content?.sha).toBe(gh.state.contents.read(REPO, 'm.json')?.sha);
    expect(created.data.commit.message).toBe('write');
    await expectFailure(put('2'), 422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    await expectFailure(put('2', 'f'.repeat(40)), 409, `m.json does not match ${'f'.repeat(40)}`);
    const updated = await put('2', created.data.content?.sha);
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.[0]?.sha).toBe(created.data.commit.sha);
    expect(gh.state.contents.read(REPO, 'm.json')?.bytes.toString()).toBe('2');
  });

  it('ignores a sha on create, checks the branch before the sha, and validates the body', async () => {
    const octokit = client(gh);
    const put = (path: string, extra: Record<string, unknown>) =>
      octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path,
        message: 'm',
        content: base64('x'),
        ...extra,
      });
    expect((await put('new.txt', { sha: 'a'.repeat(40) })).status).toBe(201);
    await expectFailure(put('new.txt', { branch: 'missing', sha: 'stale' }), 404, 'Branch missing not found');
    await expectFailure(put('other.txt', { committer: { name: 'only-name' } }), 422, /"email"/);
    await expectFailure(put('other.txt', { message: undefined }), 422, /"message"/);
    await expectFailure(put('other.txt', { content: '***' }), 422, 'content is not valid Base64');
  });

  it('deletes with the current sha and keeps the per-path history', async () => {
    const octokit = client(gh);
    const first = gh.state.contents.put(REPO, 'f.txt', 'a', { message: 'add f' });
    const second = gh.state.contents.put(REPO, 'f.txt', 'b', { message: 'change f' });
    gh.state.contents.put(REPO, 'unrelated.txt', 'z');
    const remove = (sha: string) =>
      octokit.rest.repos.deleteFile({ owner, repo, path: 'f.txt', message: 'drop f', sha });
    await expectFailure(remove(first.blob?.sha ?? ''), 409, `f.txt does not match ${first.blob?.sha}`);
    const removed = await remove(second.blob?.sha ?? '');
    expect(removed.data.content).toBeNull();
    await expectFailure(octokit.rest.repos.getContent({ owner, repo, path: 'f.txt' }), 404);
    await expectFailure(remove(second.blob?.sha ?? ''), 404);
    expect(gh.state.contents.history(REPO, 'f.txt').map((entry) => entry.message)).toEqual([
      'drop f',
      'change f',
      'add f',
    ]);
    expect(gh.state.contents.history(REPO, 'f.txt')[0]?.blobSha).toBeNull();
  });
});
