import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from './state/clock.js';
import type { GitHubEmulator } from './emulator.js';
import { client, expectFailure, owner, REPO, repo, startWithRepo } from './support.js';

describe('workflow runs and re-runs', () => {
  let gh: GitHubEmulator;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-03-01T12:00:00Z');
    gh = await startWithRepo({ now: () => now });
    gh.state.workflows.add(REPO, { path: '.github/workflows/build.yml', name: 'Build' });
  });
  afterEach(() => gh.close());

  const rerun = (run_id: number) => client(gh).rest.actions.reRunWorkflow({ owner, repo, run_id });

  it('serves a run and re-runs it as a new attempt, refusing while it is running', async () => {
    const run = gh.state.runs.create(REPO, 'build.yml', { conclusion: 'failure' });
    const octokit = client(gh);
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })).data).toMatchObject({
      id: run.id,
      name: 'Build',
      path: '.github/workflows/build.yml',
      status: 'completed',
      conclusion: 'failure',
      run_attempt: 1,
      head_branch: 'main',
      previous_attempt_url: null,
    });
    const first = await rerun(run.id);
    expect(first.status).toBe(201);
    expect(first.data).toEqual({});
    const { data: rerunning } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id });
    expect(rerunning).toMatchObject({ status: 'queued', conclusion: null, run_attempt: 2 });
    expect(rerunning.previous_attempt_url).toMatch(/\/attempts\/1$/);
    await expectFailure(rerun(run.id), 403, 'This workflow is already running');
    gh.state.runs.setStatus(REPO, run.id, 'in_progress');
    await expectFailure(rerun(run.id), 403, 'This workflow is already running');
    gh.state.runs.complete(REPO, run.id, 'success');
    const failedJobs = await octokit.rest.actions.reRunWorkflowFailedJobs({ owner, repo, run_id: run.id });
    expect(failedJobs.status).toBe(201);
    const attempt = (n: number) =>
      octokit.rest.actions.getWorkflowRunAttempt({ owner, repo, run_id: run.id, attempt_number: n });
    expect((await attempt(1)).data).toMatchObject({ run_attempt: 1, conclusion: 'failure' });
    expect((await attempt(2)).data).toMatchObject({ run_attempt: 2, conclusion: 'success' });
    expect((await attempt(3)).data).toMatchObject({ run_attempt: 3, status: 'queued' });
    await expectFailure(attempt(4), 404);
    await expectFailure(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 1 }), 404);
  });

  it('describes a run with its head commit, check suite and repositories', async () => {
    const head = gh.state.contents.put(REPO, 'a.txt', 'a', { message: 'Release 1.0\n\nnotes' }).commit;
    const run = gh.state.runs.create(REPO, 'build.yml');
    const { data } = await client(gh).rest.actions.getWorkflowRun({ owner, repo, run_id: run.id });
    expect(data).toMatchObject({
      display_title: 'Release 1.0',
      head_commit: { id: head.sha, message: 'Release 1.0\n\nnotes', author: { name: 'github-actions[bot]' } },
      pull_requests: [],
      repository: { full_name: REPO, owner: { login: 'acme' } },
      actor: { login: 'github-actions[bot]', html_url: 'https://github.com/apps/github-actions' },
    });
    expect(data.check_suite_url).toBe(`${gh.url}/repos/acme/app/check-suites/${data.check_suite_id}`);
  });

  it('refuses a run that never completed and one created over 30 days ago', async () => {
    const running = gh.state.runs.create(REPO, 'build.yml', { status: 'in_progress' });
    await expectFailure(rerun(running.id), 403, 'This workflow is already running');
    const old = gh.state.runs.create(REPO, 'build.yml', { createdAt: new Date(now.getTime() - 30 * DAY_MS) });
    expect((await rerun(old.id)).status).toBe(201);
    gh.state.runs.complete(REPO, old.id);
    now = new Date(now.getTime() + 1000);
    await expectFailure(
      rerun(old.id),
      403,
      'Unable to retry this workflow run because it was created over a month ago',
    );
  });

  it('seeds a run of any event on a given head, then moves it from in progress to its conclusion', async () => {
    gh.state.git.createBranch(REPO, 'fix');
    const head = gh.state.contents.put(REPO, 'fix.txt', 'fix', { branch: 'fix' }).commit;
    gh.state.contents.put(REPO, 'fix.txt', 'later', { branch: 'fix' });
    const run = gh.state.runs.create(REPO, '.github/workflows/build.yml', {
      event: 'pull_request',
      ref: 'fix',
      headSha: head.sha,
      displayTitle: 'Fix the build',
      status: 'in_progress',
    });
    const get = async () =>
      (await client(gh).rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })).data;
    expect(await get()).toMatchObject({
      event: 'pull_request',
      head_branch: 'fix',
      head_sha: head.sha,
      display_title: 'Fix the build',
      status: 'in_progress',
      conclusion: null,
    });
    gh.state.runs.complete(REPO, run.id, 'cancelled');
    expect(await get()).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    for (const event of ['push', 'workflow_dispatch', 'workflow_run', 'schedule'])
      expect(gh.state.runs.create(REPO, 'build.yml', { event }).event).toBe(event);
    expect(() => gh.state.runs.create(REPO, 'build.yml', { headSha: 'f'.repeat(40) })).toThrow(
      `No commit found for SHA: ${'f'.repeat(40)}`,
    );
  });

  it('allows 50 re-runs and refuses the 51st', async () => {
    const run = gh.state.runs.create(REPO, 'build.yml');
    for (let i = 0; i < 50; i += 1) {
      await rerun(run.id);
      gh.state.runs.complete(REPO, run.id);
    }
    expect(gh.state.runs.run(REPO, run.id).runAttempt).toBe(51);
    await expectFailure(rerun(run.id), 403, /re-run 50 times/);
  });
});

describe('workflow dispatch', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startWithRepo();
    gh.state.workflows.add(REPO, { path: '.github/workflows/verify.yml' });
    gh.state.workflows.add(REPO, { path: '.github/workflows/push-only.yml', dispatchable: false });
  });
  afterEach(() => gh.close());

  const dispatch = (workflow_id: string | number, extra: Record<string, unknown> = {}) =>
    client(gh).request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner,
      repo,
      workflow_id,
      ref: 'main',
      ...extra,
    });

  it('answers 204, or 200 with the new run when return_run_details is true', async () => {
    expect((await dispatch('verify.yml', { inputs: { tag: 'v1' } })).status).toBe(204);
    const detailed = await dispatch('verify.yml', { return_run_details: true });
    expect(detailed.status).toBe(200);
    const body = detailed.data as unknown as { workflow_run_id: number; run_url: string; html_url: string };
    expect(body.run_url).toBe(`${gh.url}/repos/acme/app/actions/runs/${body.workflow_run_id}`);
    expect(body.html_url).toBe(`https://github.com/acme/app/actions/runs/${body.workflow_run_id}`);
    expect(gh.state.runs.run(REPO, body.workflow_run_id)).toMatchObject({
      event: 'workflow_dispatch',
      status: 'queued',
      runNumber: 2,
    });
    const workflowId = gh.state.workflows.get(REPO, 'verify.yml').id;
    const listed = await client(gh).rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflowId,
      event: 'workflow_dispatch',
    });
    expect(listed.data.total_count).toBe(2);
    expect(listed.data.workflow_runs[1]).toMatchObject({ run_number: 1 });
    expect(gh.state.runs.runsOf(REPO)[1]?.inputs).toEqual({ tag: 'v1' });
  });

  it('refuses a workflow without the trigger, an unknown ref and an unknown workflow', async () => {
    await expectFailure(dispatch('push-only.yml'), 422, "Workflow does not have 'workflow_dispatch' trigger");
    await expectFailure(dispatch('verify.yml', { ref: 'nope' }), 422, 'No ref found for: nope');
    await expectFailure(dispatch('missing.yml'), 404);
  });
});
