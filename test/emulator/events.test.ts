import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from './emulator.js';
import type { RepoEvent } from './state/events.js';
import { ZERO_SHA } from './state/git-objects.js';
import { base64, client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('the event log', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
    gh.state.workflows.add(REPO, { path: '.github/workflows/release.yml', name: 'Release' });
  });
  afterEach(() => gh.close());

  it('logs every ref a request moves as a push, with the token that moved it', async () => {
    const before = gh.state.git.tip(REPO, 'main').sha;
    const { data: written } = await client(gh).rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'a.txt',
      message: 'a',
      content: base64('a'),
    });
    const after = written.commit.sha!;
    await client(gh).rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: after });
    await client(gh).rest.git.createRef({ owner, repo, ref: 'refs/heads/side', sha: before });
    await client(gh).rest.git.updateRef({ owner, repo, ref: 'heads/side', sha: after });
    await client(gh).rest.repos.deleteFile({
      owner,
      repo,
      path: 'a.txt',
      message: 'rm',
      sha: written.content!.sha!,
      branch: 'side',
    });
    const removed = gh.state.git.tip(REPO, 'side').sha;
    const push = (ref: string, from: string, to: string): RepoEvent => ({
      kind: 'push',
      repo: REPO,
      ref,
      before: from,
      after: to,
      token: 'tok-write',
    });
    expect(gh.state.events.list()).toEqual([
      push('refs/heads/main', before, after),
      push('refs/tags/v1', ZERO_SHA, after),
      push('refs/heads/side', ZERO_SHA, before),
      push('refs/heads/side', before, after),
      push('refs/heads/side', after, removed),
    ]);
  });

  it('logs pull requests opened, synchronized by a push to the head, and merged', async () => {
    gh.state.git.createBranch(REPO, 'fix');
    gh.state.contents.put(REPO, 'fix.txt', 'fix', { branch: 'fix' });
    gh.tokens.add('tok-pr', ['contents:write', 'pull_requests:write']);
    const octokit = client(gh, 'tok-pr');
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Fix',
      head: 'fix',
      base: 'main',
    });
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'more.txt',
      message: 'more',
      content: base64('more'),
      branch: 'fix',
    });
    const base = gh.state.git.tip(REPO, 'main').sha;
    const { data: merged } = await octokit.rest.pulls.merge({ owner, repo, pull_number: pull.number });
    const pullEvent = (action: string, isMerged = false) => ({
      kind: 'pull_request',
      repo: REPO,
      action,
      number: pull.number,
      token: 'tok-pr',
      merged: isMerged,
    });
    expect(gh.state.events.list().map((event) => (event.kind === 'push' ? event.ref : event))).toEqual([
      pullEvent('opened'),
      'refs/heads/fix',
      pullEvent('synchronize'),
      'refs/heads/main',
      pullEvent('closed', true),
    ]);
    expect(gh.state.events.list()[3]).toMatchObject({ before: base, after: merged.sha });
  });

  it('logs dispatches and re-runs with what the rehearsal needs to run them', async () => {
    gh.state.git.createTag(REPO, 'v1.0.0');
    const { data } = await client(gh).request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner,
        repo,
        workflow_id: 'release.yml',
        ref: 'v1.0.0',
        inputs: { tag: 'v1.0.0' },
        return_run_details: true,
      },
    );
    const runId = (data as { workflow_run_id: number }).workflow_run_id;
    gh.state.runs.complete(REPO, runId, 'failure');
    await client(gh).rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: runId });
    gh.state.runs.complete(REPO, runId, 'failure');
    await client(gh).rest.actions.reRunWorkflow({ owner, repo, run_id: runId });
    expect(gh.state.events.list()).toEqual([
      {
        kind: 'workflow_dispatch',
        repo: REPO,
        workflow: '.github/workflows/release.yml',
        ref: 'refs/tags/v1.0.0',
        inputs: { tag: 'v1.0.0' },
        runId,
        token: 'tok-write',
      },
      { kind: 'rerun', repo: REPO, runId, attempt: 2, failedJobsOnly: true, token: 'tok-write' },
      { kind: 'rerun', repo: REPO, runId, attempt: 3, failedJobsOnly: false, token: 'tok-write' },
    ]);
  });

  it('logs nothing for seeding or refused requests, and calls subscribers until they unsubscribe', async () => {
    const seen: RepoEvent[] = [];
    const unsubscribe = gh.state.events.subscribe((event) => seen.push(event));
    gh.state.contents.put(REPO, 'seed.txt', 'seed');
    gh.state.git.createBranch(REPO, 'seeded');
    gh.state.contents.put(REPO, 'seeded.txt', 'seeded', { branch: 'seeded' });
    gh.state.pulls.create(REPO, { title: 'Seeded', head: 'seeded', base: 'main' });
    gh.state.runs.dispatch(REPO, 'release.yml', 'main', {});
    await expectFailure(
      client(gh, 'tok-read').rest.git.createRef({
        owner,
        repo,
        ref: 'refs/heads/x',
        sha: gh.state.git.tip(REPO, 'main').sha,
      }),
      403,
    );
    expect(gh.state.events.list()).toEqual([]);
    const sha = gh.state.git.tip(REPO, 'main').sha;
    await client(gh).rest.git.createRef({ owner, repo, ref: 'refs/heads/one', sha });
    unsubscribe();
    await client(gh).rest.git.createRef({ owner, repo, ref: 'refs/heads/two', sha });
    expect(seen.map((event) => (event.kind === 'push' ? event.ref : event.kind))).toEqual(['refs/heads/one']);
    expect(gh.state.events.list()).toHaveLength(2);
  });
});

describe('tokens at run time', () => {
  it('accepts a token from when it is added until it is removed, with exactly its permissions', async () => {
    const gh = await startWithRepo();
    try {
      const read = () => client(gh, 'ghs_job').rest.repos.get({ owner, repo });
      await expectFailure(read(), 401, 'Bad credentials');
      gh.tokens.add('ghs_job', ['contents:read']);
      expect((await read()).status).toBe(200);
      await expectFailure(
        client(gh, 'ghs_job').rest.git.createRef({
          owner,
          repo,
          ref: 'refs/heads/x',
          sha: gh.state.git.tip(REPO, 'main').sha,
        }),
        403,
        'Resource not accessible by integration',
      );
      gh.tokens.add('ghs_job', ['contents:write']);
      expect(gh.tokens.permissions('ghs_job')).toEqual(['contents:write']);
      gh.tokens.remove('ghs_job');
      await expectFailure(read(), 401, 'Bad credentials');
      // The tokens given at start are in the same registry.
      expect(gh.tokens.permissions('tok-read')).toEqual(['contents:read']);
    } finally {
      await gh.close();
    }
  });
});
