import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('issues, comments and labels', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
  });
  afterEach(() => gh.close());

  it('creates an issue with 201 and Location, and answers 410 when issues are disabled', async () => {
    const octokit = client(gh);
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Drift',
      body: 'details',
      labels: ['release'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${gh.url}/repos/acme/app/issues/1`);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      labels: [{ name: 'release' }],
      user: { login: 'github-actions[bot]' },
    });
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.title).toBe('Drift');
    await expectFailure(octokit.rest.issues.get({ owner, repo, issue_number: 2 }), 404);
    await expectFailure(
      octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo } as never),
      422,
      /"title"/,
    );
    gh.state.repos.create('acme/quiet', { hasIssues: false });
    await expectFailure(
      octokit.rest.issues.create({ owner, repo: 'quiet', title: 'x' }),
      410,
      'Issues are disabled for this repo',
    );
  });

  it('lists by state and labels, paginating with a link header', async () => {
    for (let i = 1; i <= 5; i += 1)
      gh.state.issues.create(REPO, { title: `issue ${i}`, labels: i % 2 ? ['odd'] : [] });
    gh.state.issues.update(REPO, 5, { state: 'closed' });
    const octokit = client(gh);
    const first = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 2 });
    expect(first.data.map((issue) => issue.number)).toEqual([4, 3]);
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'all',
      per_page: 2,
    });
    expect(all.map((issue) => issue.number)).toEqual([5, 4, 3, 2, 1]);
    const odd = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'odd' });
    expect(odd.data.map((issue) => issue.number)).toEqual([3, 1]);
  });

  it('lists pull requests among issues, marked by pull_request, and searches them with is:pr', async () => {
    gh.state.issues.create(REPO, { title: 'Drift', body: 'marker-7', labels: ['guard'] });
    gh.state.git.createBranch(REPO, 'fix');
    gh.state.contents.put(REPO, 'fix.txt', 'fix', { branch: 'fix' });
    const pull = gh.state.pulls.create(REPO, {
      title: 'Fix drift',
      head: 'fix',
      base: 'main',
      body: 'marker-7',
      labels: ['guard'],
    });
    const octokit = client(gh);
    const listed = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'guard' });
    expect(listed.data.map((item) => [item.number, item.pull_request?.html_url ?? null])).toEqual([
      [pull.number, `https://github.com/acme/app/pull/${pull.number}`],
      [1, null],
    ]);
    const asIssue = await octokit.rest.issues.get({ owner, repo, issue_number: pull.number });
    expect(asIssue.data).toMatchObject({
      title: 'Fix drift',
      draft: false,
      pull_request: { merged_at: null },
    });
    const search = (q: string) => octokit.rest.search.issuesAndPullRequests({ q });
    expect((await search('repo:acme/app marker-7')).data).toMatchObject({
      total_count: 2,
      search_type: 'lexical',
    });
    expect((await search('repo:acme/app is:pr marker-7')).data.items.map((item) => item.number)).toEqual([
      pull.number,
    ]);
    expect((await search('repo:acme/app is:issue marker-7')).data.items.map((item) => item.number)).toEqual([
      1,
    ]);
  });

  it('shows the Actions bot as GitHub does, with its app page as html_url', async () => {
    const { data } = await client(gh).rest.issues.create({ owner, repo, title: 'x' });
    expect(data.user).toMatchObject({
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot',
      html_url: 'https://github.com/apps/github-actions',
      url: `${gh.url}/users/github-actions%5Bbot%5D`,
    });
  });

  it('updates an issue and keeps its comments', async () => {
    const octokit = client(gh);
    gh.state.issues.create(REPO, { title: 'x' });
    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      body: 'done',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', body: 'done' });
    expect(closed.data.closed_at).not.toBeNull();
    const comment = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'note' });
    expect(comment.status).toBe(201);
    expect(comment.headers.location).toBe(`${gh.url}/repos/acme/app/issues/comments/${comment.data.id}`);
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['note']);
    await expectFailure(octokit.rest.issues.createComment({ owner, repo, issue_number: 9, body: 'x' }), 404);
  });

  it('creates, reads and lists labels, refusing duplicates with already_exists', async () => {
    const octokit = client(gh);
    const created = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'provenance',
      color: 'ff0000',
    });
    expect(created.status).toBe(201);
    const duplicate = await expectFailure(
      octokit.rest.issues.createLabel({ owner, repo, name: 'Provenance' }),
      422,
      'Validation Failed',
    );
    expect(duplicate.response?.data).toMatchObject({
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    await expectFailure(octokit.rest.issues.createLabel({ owner, repo, name: 'bad', color: 'red' }), 422);
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'provenance' })).data.color).toBe(
      'ff0000',
    );
    await expectFailure(octokit.rest.issues.getLabel({ owner, repo, name: 'none' }), 404);
    gh.state.issues.create(REPO, { title: 'x' });
    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ['provenance', 'new-one'],
    });
    expect(added.data.map((label) => label.name)).toEqual(['provenance', 'new-one']);
    const listed = await octokit.rest.issues.listLabelsForRepo({ owner, repo });
    expect(listed.data.map((label) => label.name)).toEqual(['provenance', 'new-one']);
  });

  it('finds an issue by a marker in its body through search', async () => {
    gh.state.repos.create('acme/other');
    gh.state.issues.create(REPO, {
      title: 'Guard report',
      body: 'x <!-- pg:marker-1 --> y',
      labels: ['guard'],
    });
    gh.state.issues.create(REPO, { title: 'Unrelated', body: 'nothing' });
    gh.state.issues.create('acme/other', { title: 'Guard report', body: '<!-- pg:marker-1 -->' });
    const search = (q: string) => client(gh).rest.search.issuesAndPullRequests({ q });
    const found = await search('repo:acme/app is:issue is:open label:guard "pg:marker-1"');
    expect(found.data).toMatchObject({
      total_count: 1,
      incomplete_results: false,
      items: [{ number: 1, title: 'Guard report' }],
    });
    expect(found.headers['x-ratelimit-resource']).toBe('search');
    expect((await search('pg:marker-1')).data.total_count).toBe(2);
    expect((await search('repo:acme/app is:closed pg:marker-1')).data.total_count).toBe(0);
    expect((await search('repo:acme/app is:pr pg:marker-1')).data.total_count).toBe(0);
    await expectFailure(search('repo:acme/none x'), 422, 'Validation Failed');
  });
});
