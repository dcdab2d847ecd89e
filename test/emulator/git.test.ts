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
