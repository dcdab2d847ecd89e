import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { githubClient } from '../../src/adapters/github/index.js';
import { recoverRun, type RecoverRequest } from '../../src/commands/recover/index.js';
import { blockedMarker } from '../../src/core/notify/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import {
  MANIFEST,
  operationDependencies,
  recordedFailedRun,
  TOKEN,
} from '../commands/recover/operations-env.js';
import { loseAnswers, manifestWriteOf, request as requestTo } from './lost-answers.js';

/** Attacks on the recover saga: claim, rerun / dispatch / -retry tag, compensation, settling, escalation. */
let gh: GitHubEmulator;
let summary: SlackServer;
let n = 0;
let repo: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'actions:write', 'issues:write'] },
  });
  summary = await startSlackServer();
});
afterAll(() => Promise.all([gh?.close(), summary?.close()]));
beforeEach(() => {
  repo = `widget-${++n}`;
  gh.faults.clear();
  summary.reply({ kind: 'ok' });
  summary.received.length = 0;
  gh.state.repos.create(`acme/${repo}`);
  gh.state.workflows.add(`acme/${repo}`, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(`acme/${repo}`, 'v1.0.0');
  gh.state.collaborators.set(`acme/${repo}`, 'steward', 'write');
  gh.state.issues.create(`acme/${repo}`, { title: 'incident' });
});

const failedRun = (ageDays = 1) => recordedFailedRun(gh, repo, { ageDays });

const request = (runId: number, overrides: Partial<RecoverRequest> = {}): RecoverRequest => ({
  operation: 'auto',
  runId,
  tag: 'v1.0.0',
  reason: 'transient runner failure',
  incident: 1,
  actor: 'steward',
  requestId: `${runId + 1000}/recover/recover#1~aa`,
  releaseWorkflow: 'release.yml',
  governanceReviewers: [],
  trigger: 'manual',
  awaitRerun: null,
  escalation: null,
  secrets: [TOKEN],
  ...overrides,
});
const entry = () => JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries[0];
const attemptOf = (runId: number) => gh.state.runs.run(`acme/${repo}`, runId).runAttempt;
const dispatches = () =>
  gh.state.events.list().filter((e) => e.kind === 'workflow_dispatch' && e.repo === `acme/${repo}`);
const reruns = () => gh.state.events.list().filter((e) => e.kind === 'rerun' && e.repo === `acme/${repo}`);
// Octokit's hook sees the route template (`…/actions/runs/{run_id}/rerun`).
const rerunPost = requestTo('POST', /\/rerun$/);
const dispatchPost = requestTo('POST', /\/dispatches$/);

describe('recover: a request lands and its answer is lost', () => {
  // Attack: the dispatch of a 31-day-old run lands and its answer is lost; the retry must not dispatch again.
  it('a dispatch whose answer was lost is not dispatched again', async () => {
    const runId = await failedRun(31);
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswers(deps.github.octokit, dispatchPost);
    const result = await recoverRun(request(runId), deps);
    expect(lost()).toBe(1);
    expect(result).toMatchObject({ performed: 'dispatch_release' });
    expect(dispatches()).toHaveLength(1);
  });

  // Attack: the rerun lands, its answer is lost, and the rerun fails fast (a startup failure) before the
  // retry: GitHub then accepts the retry as a second rerun.
  it('a rerun whose answer was lost is not started again when the rerun has already finished', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    let lost = false;
    deps.github.octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (!lost && rerunPost(options as never)) {
        lost = true;
        gh.state.runs.complete(`acme/${repo}`, runId, 'failure');
        throw Object.assign(new Error('socket hang up'), { status: 502 });
      }
      return response;
    });
    await recoverRun(request(runId), deps).catch(() => null);
    expect(lost).toBe(true);
    expect(reruns()).toHaveLength(1);
    expect(attemptOf(runId)).toBe(2);
  });

  // Attack: GitHub acts on the rerun but every answer is lost (its gateway fails for the whole retry policy):
  // the outcome is unknown, so the entry must not be compensated back to requeued while the rerun runs, and a
  // later recovery must not start a second rerun of the same failure.
  it('a rerun that landed while every answer was lost is not compensated, and not started twice', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    loseAnswers(deps.github.octokit, rerunPost, 3);
    await recoverRun(request(runId), deps).catch(() => null);
    expect(attemptOf(runId)).toBe(2);
    const recorded = entry().status;
    gh.state.runs.complete(`acme/${repo}`, runId, 'failure');
    await recoverRun(
      request(runId, { requestId: `${runId + 2000}/recover/recover#1~bb` }),
      operationDependencies(gh, repo),
    ).catch(() => null);
    expect.soft(recorded).toBe('rerun_in_progress');
    expect.soft(reruns()).toHaveLength(1);
  });

  // Attack: the -retry tag ref is created and its answer is lost: the retry finds it (422) and reuses it.
  it('a -retry tag whose answer was lost is reused, never moved or made twice', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswers(deps.github.octokit, requestTo('POST', /\/git\/refs$/));
    const result = await recoverRun(request(runId, { operation: 'retry_tag' }), deps);
    expect(lost()).toBe(1);
    expect(result).toMatchObject({ performed: 'retry_tag' });
    const run = gh.state.runs.run(`acme/${repo}`, runId);
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')?.sha).toBe(run.headSha);
    const pushes = gh.state.events
      .list()
      .filter((e) => e.kind === 'push' && e.repo === `acme/${repo}` && e.ref === 'refs/tags/v1.0.0-retry');
    expect(pushes).toHaveLength(1);
  });

  // Attack: the recover step dies after its dispatch landed and before it could compensate; on-call reruns
  // the step, which takes its claim over: it must read back the dispatch, not dispatch a second release.
  // Attack: the recover step dies (the runner shuts down) right after its dispatch landed, before it records or
  // compensates anything; on-call reruns the step: the rerun must find the dispatch, not dispatch again.
  it('a rerun of the recover step whose crashed attempt had dispatched the release dispatches nothing', async () => {
    const runId = await failedRun(31);
    const crashed = operationDependencies(gh, repo);
    crashed.github.octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (dispatchPost(options as never)) await new Promise(() => {});
      return response;
    });
    void recoverRun(request(runId), crashed);
    await vi.waitFor(() => expect(dispatches()).toHaveLength(1));
    const rerun = await recoverRun(
      request(runId, { requestId: `${runId + 1000}/recover/recover#2~cc` }),
      operationDependencies(gh, repo),
    );
    expect(rerun).toMatchObject({ performed: 'dispatch_release', plan: { kind: 'resume' } });
    expect(dispatches()).toHaveLength(1);
  });
});

describe('recover: settling a rerun that failed again', () => {
  const awaited = (runId: number, deps: ReturnType<typeof operationDependencies>) => {
    let polls = 0;
    return recoverRun(
      request(runId, {
        awaitRerun: { timeoutMs: 60_000, intervalMs: 10 },
        escalation: { url: summary.url, mention: '<!subteam^S0OPS|ops-team>' },
      }),
      {
        ...deps,
        sleep: async () => {
          if (++polls === 1) gh.state.runs.complete(`acme/${repo}`, runId, 'failure');
        },
      },
    );
  };
  const blockedComments = () =>
    gh.state.issues
      .get(`acme/${repo}`, 1)
      .comments.filter((c) =>
        c.body.includes(blockedMarker('v1.0.0', gh.state.runs.runsOf(`acme/${repo}`)[0]!.id)),
      );

  // Guard: a rerun that fails again blocks the entry and tells the incident and the summary channel once.
  it('a rerun that fails again is escalated once: one incident comment, one summary post', async () => {
    const runId = await failedRun();
    await awaited(runId, operationDependencies(gh, repo));
    expect(entry().status).toBe('blocked');
    expect(blockedComments()).toHaveLength(1);
    expect(summary.received).toHaveLength(1);
  });

  // Attack: the blocked commit lands and its answer is lost: the retry finds it "already recorded", and the
  // failure must still reach the incident (the channel that can be read back).
  it('the blocked write loses its answer: the incident is still told, once', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswers(deps.github.octokit, manifestWriteOf('blocked'));
    await awaited(runId, deps);
    expect(lost()).toBe(1);
    expect(entry().status).toBe('blocked');
    expect(blockedComments()).toHaveLength(1);
  });

  // Attack on "a Slack post is recorded before sending": the escalation to the summary channel is announced by
  // the recovery whose `blocked` record landed, after it landed; its answer lost, it is not sent again, and a
  // rerun of the recover step finds the entry blocked and posts nothing.
  it('the escalation post follows its blocked record, and is not sent again when its answer is lost', async () => {
    const runId = await failedRun();
    summary.reply({ kind: 'drop' });
    await awaited(runId, operationDependencies(gh, repo));
    expect(summary.received).toHaveLength(1);
    const steps = entry().history as { event: string }[];
    expect(steps.at(-1)).toMatchObject({ event: 'blocked' });
    await recoverRun(
      request(runId, { requestId: `${runId + 1000}/recover/recover#2~dd` }),
      operationDependencies(gh, repo),
    );
    expect(summary.received).toHaveLength(1);
  });
});

describe('recover: the retry policy', () => {
  // Attack: a rate limit asking for an hour on the rerun: not waited for, not taken for a refusal (no dispatch
  // fallback), compensated, github_unavailable.
  it('a rerun rate-limited for an hour is github_unavailable after one try, compensated, with no dispatch', async () => {
    const runId = await failedRun();
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/actions/runs/${runId}/rerun` },
      { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 3600 },
      10,
    );
    const error = await recoverRun(request(runId), operationDependencies(gh, repo)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'github_unavailable' });
    expect(
      gh.requests.matching({ method: 'POST', path: `/repos/acme/${repo}/actions/runs/${runId}/rerun` }),
    ).toHaveLength(1);
    expect(dispatches()).toHaveLength(0);
    expect(entry()).toMatchObject({ status: 'requeued', rerun_in_progress: false });
  });

  // Attack: GitHub hangs on the run lookup: every try ends at the client's timeout, 3 tries, github_unavailable.
  it('a run lookup that hangs ends each try at the timeout and is github_unavailable after 3 tries', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const octokit = githubClient({ token: TOKEN, baseUrl: gh.url, timeoutMs: 200 });
    gh.faults.inject(
      { method: 'GET', path: `/repos/acme/${repo}/actions/runs/${runId}` },
      { kind: 'delay', ms: 1_500 },
      4,
    );
    const started = Date.now();
    const error = await recoverRun(request(runId), {
      ...deps,
      github: { ...deps.github, octokit },
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ code: 'github_unavailable', message: expect.stringMatching(/timed out/) });
    // Exactly 3 of the 4 hanging answers were asked for.
    expect(gh.faults.pending()).toBe(1);
    expect(reruns()).toHaveLength(0);
  });

  // Attack: GitHub answering 502 to every dispatch: at most 3 tries, then github_unavailable.
  it('a dispatch answered 502 every time is tried at most 3 times, then github_unavailable', async () => {
    const runId = await failedRun(31);
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/actions/workflows/*/dispatches` },
      { kind: 'status', status: 502 },
      10,
    );
    const error = await recoverRun(request(runId), operationDependencies(gh, repo)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'github_unavailable' });
    expect(
      gh.requests.matching({ method: 'POST', path: `/repos/acme/${repo}/actions/workflows/*/dispatches` })
        .length,
    ).toBeLessThanOrEqual(3);
    expect(dispatches()).toHaveLength(0);
  });
});
