import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import { base64, client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('merging pull requests', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
    gh.state.contents.put(REPO, 'shared.txt', 'one\n');
    gh.state.contents.put(REPO, 'docs/reports/a.json', '{}\n');
    gh.state.git.createBranch(REPO, 'feature');
    gh.state.contents.put(REPO, 'shared.txt', 'two\n', { branch: 'feature' });
    gh.state.contents.put(REPO, 'feature.txt', 'new\n', { branch: 'feature' });
  });
  afterEach(() => gh.close());

  const open = () => gh.state.pulls.create(REPO, { title: 'Feature', head: 'feature', base: 'main' });
  const merge = (
    pull_number: number,
    extra: { sha?: string; merge_method?: 'merge' | 'squash' | 'rebase' } = {},
  ) => client(gh).rest.pulls.merge({ owner, repo, pull_number, ...extra });

  it('merges the head into the base with a merge commit whose tree takes each side’s changes', async () => {
    const pull = open();
    const moved = gh.state.contents.put(REPO, 'docs/reports/b.json', '[]\n').commit;
    const { data } = await merge(pull.number, { sha: pull.headSha });
    expect(data).toEqual({
      sha: gh.state.git.tip(REPO, 'main').sha,
      merged: true,
      message: 'Pull Request successfully merged',
    });
    const commit = gh.state.git.tip(REPO, 'main');
    expect(commit.parents).toEqual([moved.sha, gh.state.git.tip(REPO, 'feature').sha]);
    expect(commit.message).toBe('Merge pull request #1 from acme/feature\n\nFeature');
    expect(commit.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    const files = Object.fromEntries([...commit.tree].map(([path, blob]) => [path, blob.bytes.toString()]));
    expect(files).toEqual({
      'shared.txt': 'two\n',
      'feature.txt': 'new\n',
      'docs/reports/a.json': '{}\n',
      'docs/reports/b.json': '[]\n',
    });
    const { data: merged } = await client(gh).rest.pulls.get({ owner, repo, pull_number: pull.number });
    expect(merged).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: commit.sha });
    expect(merged.merged_at).not.toBeNull();
    await expectFailure(merge(pull.number), 405, 'Pull Request is not mergeable');
  });

  it('squashes onto the base with one parent', async () => {
    const pull = open();
    await merge(pull.number, { merge_method: 'squash' });
    const commit = gh.state.git.tip(REPO, 'main');
    expect(commit.parents).toHaveLength(1);
    expect(commit.message).toBe('Feature (#1)');
    expect(commit.tree.get('feature.txt')?.bytes.toString()).toBe('new\n');
  });

  it('refuses a conflict, a head that moved, and rebase merges', async () => {
    const pull = open();
    const stale = pull.headSha;
    gh.state.contents.put(REPO, 'feature.txt', 'newer\n', { branch: 'feature' });
    await expectFailure(
      merge(pull.number, { sha: stale }),
      409,
      'Head branch was modified. Review and try the merge again.',
    );
    await expectFailure(
      merge(pull.number, { merge_method: 'rebase' }),
      405,
      'Rebase merges are not allowed on this repository.',
    );
    gh.state.contents.put(REPO, 'shared.txt', 'three\n');
    await expectFailure(merge(pull.number), 405, 'Pull Request is not mergeable');
    expect(gh.state.pulls.get(REPO, pull.number)).toMatchObject({ state: 'open', merged: false });
  });
});

describe('branch protection and required checks', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo({ tokens: { 'tok-checks': ['checks:read'] } });
    gh.state.contents.put(REPO, 'a.txt', 'a\n');
    gh.state.git.createBranch(REPO, 'fix');
    gh.state.contents.put(REPO, 'b.txt', 'b\n', { branch: 'fix' });
    gh.state.protection.set(REPO, 'main', { requiredStatusChecks: ['lint', 'validate'] });
  });
  afterEach(() => gh.close());

  const octokit = () => client(gh);
  const write = (path: string, sha?: string) =>
    octokit().rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path,
      message: 'm',
      content: base64('x'),
      sha,
    });

  it('refuses direct writes to a protected branch, and takes them on other branches', async () => {
    await expectFailure(
      write('new.txt'),
      409,
      'Could not create file: Changes must be made through a pull request.',
    );
    const current = gh.state.contents.read(REPO, 'a.txt')!.sha;
    await expectFailure(
      write('a.txt', current),
      409,
      'Could not update file: Changes must be made through a pull request.',
    );
    await expectFailure(
      octokit().rest.repos.deleteFile({ owner, repo, path: 'a.txt', message: 'rm', sha: current }),
      409,
      'Could not delete file: Changes must be made through a pull request.',
    );
    // A stale sha is answered first, as for any branch.
    await expectFailure(write('a.txt', 'f'.repeat(40)), 409, `a.txt does not match ${'f'.repeat(40)}`);
    const elsewhere = await octokit().rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'c.txt',
      message: 'm',
      content: base64('c'),
      branch: 'fix',
    });
    expect(elsewhere.status).toBe(201);
    // Seeding is not a request: it writes protected branches as an admin would.
    gh.state.contents.put(REPO, 'seeded.txt', 's');
    expect(gh.state.contents.read(REPO, 'seeded.txt')).toBeDefined();
  });

  it('merges into a protected branch only when every required check passed on the head', async () => {
    const pull = gh.state.pulls.create(REPO, { title: 'Fix', head: 'fix', base: 'main' });
    const merge = () => octokit().rest.pulls.merge({ owner, repo, pull_number: pull.number });
    await expectFailure(merge(), 405, '2 of 2 required status checks are expected.');
    gh.state.checks.record(REPO, pull.headSha, 'lint', 'success');
    await expectFailure(merge(), 405, 'Required status check "validate" is expected.');
    gh.state.checks.record(REPO, pull.headSha, 'validate', 'failure');
    await expectFailure(merge(), 405, 'Required status check "validate" is failing.');
    // A check passed on another commit does not count.
    gh.state.checks.record(REPO, gh.state.git.tip(REPO, 'main').sha, 'validate', 'success');
    await expectFailure(merge(), 405, 'Required status check "validate" is failing.');
    // The latest run of a check counts; a job skipped by its `if:` passes.
    gh.state.checks.record(REPO, pull.headSha, 'validate', 'skipped');
    expect((await merge()).data.merged).toBe(true);
  });

  it('lists the check runs of a commit, the latest of each name unless asked for all', async () => {
    const sha = gh.state.git.tip(REPO, 'fix').sha;
    gh.state.checks.record(REPO, sha, 'lint', 'failure');
    gh.state.checks.record(REPO, sha, 'lint', 'success');
    gh.state.checks.record(REPO, sha, 'validate', 'success');
    const list = (extra: Record<string, string> = {}) =>
      client(gh, 'tok-checks').rest.checks.listForRef({ owner, repo, ref: 'fix', ...extra });
    const { data } = await list();
    expect(data.total_count).toBe(2);
    expect(data.check_runs.map((run) => [run.name, run.conclusion, run.status])).toEqual([
      ['validate', 'success', 'completed'],
      ['lint', 'success', 'completed'],
    ]);
    expect(data.check_runs[0]).toMatchObject({ head_sha: sha, app: { slug: 'github-actions' } });
    expect((await list({ filter: 'all' })).data.total_count).toBe(3);
    expect(
      (await list({ check_name: 'lint', filter: 'all' })).data.check_runs.map((run) => run.conclusion),
    ).toEqual(['success', 'failure']);
    await expectFailure(list({ ref: 'nowhere' }), 404);
    await expectFailure(client(gh, 'tok-read').rest.checks.listForRef({ owner, repo, ref: 'fix' }), 403);
    expect(() => gh.state.checks.record(REPO, 'f'.repeat(40), 'lint', 'success')).toThrow(
      `No commit found for SHA: ${'f'.repeat(40)}`,
    );
  });
});
