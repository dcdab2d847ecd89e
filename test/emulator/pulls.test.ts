import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('pull requests', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
    gh.state.git.createBranch(REPO, 'feature');
    gh.state.contents.put(REPO, 'f.txt', 'change', { branch: 'feature' });
    gh.state.git.createBranch(REPO, 'empty');
  });
  afterEach(() => gh.close());

  const open = (head: string, base = 'main') =>
    client(gh).rest.pulls.create({ owner, repo, title: 'Update', head, base });

  it('creates with 201, then refuses a second open one for the same head and base', async () => {
    const created = await open('feature');
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      head: { ref: 'feature', label: 'acme:feature' },
      base: { ref: 'main' },
    });
    const again = await expectFailure(open('acme:feature'), 422, 'Validation Failed');
    expect(again.response?.data).toMatchObject({
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:feature.',
        },
      ],
    });
    gh.state.pulls.close(REPO, 1);
    expect((await open('feature')).data.number).toBe(2);
  });

  it('refuses a head with no commits beyond the base and unknown branches', async () => {
    const none = await expectFailure(open('empty'), 422);
    expect(none.response?.data).toMatchObject({
      errors: [{ code: 'custom', message: 'No commits between main and empty' }],
    });
    await expectFailure(open('main'), 422);
    const badBase = await expectFailure(open('feature', 'missing'), 422);
    expect(badBase.response?.data).toMatchObject({
      errors: [{ resource: 'PullRequest', code: 'invalid', field: 'base' }],
    });
  });

  it('gets and lists pull requests, filtering by head', async () => {
    gh.state.git.createBranch(REPO, 'second');
    gh.state.contents.put(REPO, 's.txt', 's', { branch: 'second' });
    await open('feature');
    await open('second');
    const octokit = client(gh);
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 2 })).data.head.ref).toBe('second');
    await expectFailure(octokit.rest.pulls.get({ owner, repo, pull_number: 3 }), 404);
    const listed = await octokit.rest.pulls.list({ owner, repo, head: 'acme:feature' });
    expect(listed.data.map((pull) => pull.number)).toEqual([1]);
  });
});

describe('pull request bodies', () => {
  it('counts what the head adds to the base, and lists the simple form', async () => {
    const gh = await startWithRepo();
    try {
      gh.state.contents.put(REPO, 'notes.txt', 'one\ntwo\n');
      gh.state.git.createBranch(REPO, 'edit');
      gh.state.contents.put(REPO, 'notes.txt', 'one\nthree\nfour\n', { branch: 'edit' });
      gh.state.contents.put(REPO, 'new.txt', 'new\n', { branch: 'edit' });
      const created = await client(gh).rest.pulls.create({
        owner,
        repo,
        title: 'Edit',
        head: 'edit',
        base: 'main',
      });
      expect(created.headers.location).toBe(created.data.url);
      expect(created.data).toMatchObject({
        commits: 2,
        changed_files: 2,
        additions: 3,
        deletions: 1,
        merged: false,
        mergeable: null,
      });
      expect(created.data.head.repo).toMatchObject({
        full_name: REPO,
        default_branch: 'main',
        open_issues_count: 1,
      });
      const [listed] = (await client(gh).rest.pulls.list({ owner, repo })).data;
      expect(listed).toMatchObject({
        number: created.data.number,
        _links: { html: { href: created.data.html_url } },
      });
      expect(listed).not.toHaveProperty('commits');
    } finally {
      await gh.close();
    }
  });
});
