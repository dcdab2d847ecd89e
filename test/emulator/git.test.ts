import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('git refs and tags', () => {
  let gh: GitHubEmulator;
  let head: string;
  beforeEach(async () => {
    gh = await startWithRepo();
    head = gh.state.contents.put(REPO, 'a.txt', 'a').commit.sha;
  });
  afterEach(() => gh.close());

  it('answers a lightweight tag with the commit itself', async () => {
    gh.state.git.createTag(REPO, 'v1.0.0');
    const { data } = await client(gh).rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' });
    expect(data).toMatchObject({ ref: 'refs/tags/v1.0.0', object: { sha: head, type: 'commit' } });
    expect(data.object.url).toBe(`${gh.url}/repos/acme/app/git/commits/${head}`);
  });

  it('dereferences an annotated tag through the tag object', async () => {
    const tagObject = gh.state.git.createTag(REPO, 'v2.0.0', {
      message: 'release 2',
      tagger: { name: 'rel', email: 'rel@example.com' },
    });
    const octokit = client(gh);
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v2.0.0' });
    expect(ref.object).toMatchObject({ sha: tagObject.sha, type: 'tag' });
    expect(ref.object.sha).not.toBe(head);
    const { data: tag } = await octokit.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
    expect(tag).toMatchObject({
      tag: 'v2.0.0',
      message: 'release 2',
      tagger: { name: 'rel' },
      object: { sha: head, type: 'commit' },
    });
    await expectFailure(octokit.rest.git.getTag({ owner, repo, tag_sha: head }), 404);
  });

  it('answers branches and 404 for unknown refs, and lists matching refs', async () => {
    gh.state.git.createTag(REPO, 'v1.0.0');
    gh.state.git.createTag(REPO, 'v1.1.0');
    gh.state.git.createTag(REPO, 'v2.0.0');
    const octokit = client(gh);
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha).toBe(head);
    await expectFailure(octokit.rest.git.getRef({ owner, repo, ref: 'tags/none' }), 404, 'Not Found');
    const { data } = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v1' });
    expect(data.map((ref) => ref.ref)).toEqual(['refs/tags/v1.0.0', 'refs/tags/v1.1.0']);
  });

  it('creates a ref with 201 and Location, and refuses duplicates and unknown objects with 422', async () => {
    const octokit = client(gh);
    const created = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v3', sha: head });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/acme/app/git/refs/tags/v3`);
    expect(gh.state.git.ref(REPO, 'refs/tags/v3')).toEqual({ sha: head, type: 'commit' });
    await expectFailure(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v3', sha: head }),
      422,
      'Reference already exists',
    );
    await expectFailure(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v4', sha: '0'.repeat(40) }),
      422,
      'Object does not exist',
    );
  });
});

describe('git commit objects', () => {
  it('reads a commit with its tree sha and creates a commit on that tree (a revert-to commit)', async () => {
    const gh = await startWithRepo();
    try {
      const octokit = client(gh);
      const base = gh.state.git.tip('acme/app', 'main');
      gh.state.git.commit('acme/app', 'main', { message: 'change', tree: new Map() });
      const { data: old } = await octokit.rest.git.getCommit({
        owner: 'acme',
        repo: 'app',
        commit_sha: base.sha,
      });
      const head = gh.state.git.tip('acme/app', 'main').sha;
      const created = await octokit.rest.git.createCommit({
        owner: 'acme',
        repo: 'app',
        message: 'Revert to release',
        tree: old.tree.sha,
        parents: [head],
      });
      expect(created.status).toBe(201);
      expect(created.data.parents.map((p) => p.sha)).toEqual([head]);
      await expect(
        octokit.rest.git.createCommit({
          owner: 'acme',
          repo: 'app',
          message: 'x',
          tree: 'f'.repeat(40),
          parents: [head],
        }),
      ).rejects.toMatchObject({ status: 422 });
    } finally {
      await gh.close();
    }
  });
});

describe('git trees', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
    gh.state.contents.put(REPO, 'src/app.ts', 'app\n');
    gh.state.contents.put(REPO, 'src/lib/util.ts', 'util\n');
    gh.state.contents.put(REPO, 'README.md', 'readme\n');
  });
  afterEach(() => gh.close());

  const tip = () => gh.state.git.tip(REPO, 'main');

  it('starts every repository from git’s empty tree', () => {
    const initial = gh.state.git.resolve(REPO, [...gh.state.git.reachable(REPO, tip().sha)].pop()!)!;
    expect(initial.treeSha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  it('lists a tree’s entries, or with recursive every entry below it, by tree sha or by ref', async () => {
    const octokit = client(gh);
    const { data: top } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tip().treeSha });
    expect(top).toMatchObject({ sha: tip().treeSha, truncated: false });
    expect(top.tree.map(({ path, mode, type }) => [path, mode, type])).toEqual([
      ['README.md', '100644', 'blob'],
      ['src', '040000', 'tree'],
    ]);
    expect(top.tree[0]).toMatchObject({ size: 7, sha: gh.state.contents.read(REPO, 'README.md')?.sha });
    const { data: all } = await octokit.rest.git.getTree({ owner, repo, tree_sha: 'main', recursive: '1' });
    expect(all.tree.map((entry) => entry.path)).toEqual([
      'README.md',
      'src',
      'src/app.ts',
      'src/lib',
      'src/lib/util.ts',
    ]);
    const src = top.tree[1]!.sha!;
    const { data: sub } = await octokit.rest.git.getTree({ owner, repo, tree_sha: src });
    expect(sub.tree.map((entry) => entry.path)).toEqual(['app.ts', 'lib']);
    await expectFailure(
      octokit.rest.git.getTree({ owner, repo, tree_sha: 'f'.repeat(40) }),
      404,
      'Not Found',
    );
  });

  it('creates a tree from a base: content, existing blobs and trees, nested paths, and deletions', async () => {
    const octokit = client(gh);
    const readme = gh.state.contents.read(REPO, 'README.md')!.sha;
    const { data: src } = await octokit.rest.git.getTree({ owner, repo, tree_sha: 'main' });
    const created = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: tip().treeSha,
      tree: [
        { path: 'docs/a/b.txt', mode: '100644', type: 'blob', content: 'deep\n' },
        { path: 'copy.md', mode: '100755', type: 'blob', sha: readme },
        { path: 'src/app.ts', mode: '100644', type: 'blob', sha: null },
        { path: 'vendored', mode: '040000', type: 'tree', sha: src.tree[1]!.sha },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/acme/app/git/trees/${created.data.sha}`);
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Tree',
      tree: created.data.sha,
      parents: [tip().sha],
    });
    const files = gh.state.git.resolve(REPO, commit.sha)!.tree;
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'copy.md',
      'docs/a/b.txt',
      'src/lib/util.ts',
      'vendored/app.ts',
      'vendored/lib/util.ts',
    ]);
    expect(files.get('copy.md')).toMatchObject({ sha: readme, mode: '100755' });
    expect(files.get('docs/a/b.txt')?.bytes.toString()).toBe('deep\n');
    expect(commit.tree.sha).toBe(created.data.sha);
  });

  it('refuses an entry with both sha and content or neither, unknown objects, and bad paths', async () => {
    const create = (entry: Record<string, unknown>, base_tree?: string) =>
      client(gh).request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        base_tree,
        tree: [{ mode: '100644', type: 'blob', ...entry }],
      });
    const both = 'Must supply tree.sha or tree.content. Request will be rejected if both are present.';
    await expectFailure(create({ path: 'a', sha: 'f'.repeat(40), content: 'a' }), 422, both);
    await expectFailure(create({ path: 'a' }), 422, both);
    await expectFailure(create({ path: 'a', sha: 'f'.repeat(40) }), 422, 'GitRPC::BadObjectState');
    await expectFailure(create({ path: 'absent', sha: null }, tip().treeSha), 422, 'GitRPC::BadObjectState');
    await expectFailure(create({ path: 'a', content: 'a' }, 'f'.repeat(40)), 422, 'GitRPC::BadObjectState');
    await expectFailure(
      create({ path: 'a//b', content: 'a' }),
      422,
      'tree.path contains a malformed path component',
    );
    await expectFailure(create({ path: 'm', mode: '160000', content: 'a' }), 422, /"mode" wasn't supplied/);
  });
});

describe('updating refs', () => {
  let gh: GitHubEmulator;
  let base: string;
  let ahead: string;
  beforeEach(async () => {
    gh = await startWithRepo();
    base = gh.state.git.tip(REPO, 'main').sha;
    gh.state.git.createBranch(REPO, 'side');
    ahead = gh.state.contents.put(REPO, 'a.txt', 'a', { branch: 'side' }).commit.sha;
  });
  afterEach(() => gh.close());

  const update = (ref: string, sha: string, force?: boolean) =>
    client(gh).rest.git.updateRef({ owner, repo, ref, sha, force });

  it('moves a branch forward, and backward only when forced', async () => {
    const moved = await update('heads/main', ahead);
    expect(moved.data).toMatchObject({ ref: 'refs/heads/main', object: { sha: ahead, type: 'commit' } });
    expect(gh.state.git.tip(REPO, 'main').sha).toBe(ahead);
    await expectFailure(update('heads/main', base), 422, 'Update is not a fast forward');
    await update('heads/main', base, true);
    expect(gh.state.git.tip(REPO, 'main').sha).toBe(base);
  });

  it('refuses an unknown ref, an unknown object and a protected branch', async () => {
    await expectFailure(update('heads/none', ahead), 422, 'Reference does not exist');
    await expectFailure(update('heads/main', 'f'.repeat(40)), 422, 'Object does not exist');
    gh.state.protection.set(REPO, 'main', { requiredStatusChecks: [] });
    await expectFailure(
      update('heads/main', ahead, true),
      422,
      'Changes must be made through a pull request.',
    );
    gh.state.protection.clear(REPO, 'main');
    expect((await update('heads/main', ahead)).status).toBe(200);
  });
});
