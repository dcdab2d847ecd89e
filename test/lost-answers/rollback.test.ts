import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runGovernance, type GovernanceRequest } from '../../src/commands/rollback/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import {
  MANIFEST,
  operationDependencies,
  recordedVerifiedRun,
  TOKEN,
} from '../commands/recover/operations-env.js';
import { loseAnswers, manifestWriteOf, request as requestTo } from './lost-answers.js';

/** Attacks on the rollback saga: branch, pull request, and the rolled_back record. */
let gh: GitHubEmulator;
let n = 0;
let repo: string;
let good: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'pull_requests:write', 'issues:write'] },
  });
});
afterAll(() => gh?.close());
beforeEach(async () => {
  repo = `widget-${++n}`;
  gh.faults.clear();
  gh.state.repos.create(`acme/${repo}`);
  good = gh.state.git.tip(`acme/${repo}`, 'main').sha;
  gh.state.git.commit(`acme/${repo}`, 'main', {
    message: 'bad release',
    tree: new Map([['src/app.ts', { bytes: Buffer.from('bad') }]]),
  });
  gh.state.collaborators.set(`acme/${repo}`, 'maintainer', 'maintain');
  gh.state.issues.create(`acme/${repo}`, { title: 'incident' });
  await recordedVerifiedRun(gh, repo);
});

const request = (overrides: Partial<GovernanceRequest> = {}): GovernanceRequest => ({
  operation: 'rollback',
  runId: 10,
  tag: 'v1.0.0',
  reason: 'compromised dependency',
  incident: 1,
  actor: 'maintainer',
  requestId: '4242/rollback#1',
  targetSha: good,
  baseBranch: 'main',
  restoreWorkflows: false,
  expiresAt: null,
  governanceRunId: null,
  governanceReviewers: [],
  secrets: [TOKEN],
  ...overrides,
});
const entry = () => JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries[0];
const pulls = () => gh.state.pulls.list(`acme/${repo}`, {});
const rolledBack = () =>
  (entry().history as { event: string }[]).filter((h) => h.event === 'rolled_back').length;

describe('rollback: a request lands and its answer is lost', () => {
  // Attack: the rollback branch is created and its answer is lost: the retry finds it, one pull request.
  it('the branch creation loses its answer: one branch, one pull request, one record', async () => {
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswers(deps.github.octokit, requestTo('POST', /\/git\/refs$/));
    const result = await runGovernance(request(), deps);
    expect(lost()).toBe(1);
    expect(pulls().map((p) => p.number)).toEqual([result.pullRequest!.number]);
    expect(rolledBack()).toBe(1);
  });

  // Attack: the pull request is created and every answer of the retries is lost too: the open pull request
  // of the branch is adopted, never a second one.
  it('the pull request lands and the answers of every try are lost: one pull request', async () => {
    const deps = operationDependencies(gh, repo);
    loseAnswers(deps.github.octokit, requestTo('POST', /\/pulls$/), 3);
    await runGovernance(request(), deps).catch(() => null);
    expect(pulls()).toHaveLength(1);
    expect(rolledBack()).toBeLessThanOrEqual(1);
  });

  // Attack: the rolled_back commit lands, its answer is lost, and GitHub then fails the read-back: the step
  // fails github_unavailable; rerunning the failed job (as the runbook says) must read back what it did —
  // the same pull request, the rollback recorded once — not end input_invalid.
  it('a rerun of the rollback step whose record landed unseen adopts its pull request and succeeds', async () => {
    const deps = operationDependencies(gh, repo);
    loseAnswers(deps.github.octokit, manifestWriteOf('rolled_back'), 1, () =>
      gh.faults.inject(
        { method: 'GET', path: new RegExp(`/contents/${MANIFEST}`) },
        { kind: 'status', status: 502 },
        3,
      ),
    );
    await expect(runGovernance(request(), deps)).rejects.toMatchObject({ code: 'github_unavailable' });
    expect(entry().status).toBe('rollback');
    gh.faults.clear();
    const rerun = await runGovernance(
      request({ requestId: '4242/rollback#2' }),
      operationDependencies(gh, repo),
    ).catch((error: unknown) => error);
    expect(pulls()).toHaveLength(1);
    expect(rolledBack()).toBe(1);
    expect(rerun).toMatchObject({ pullRequest: { number: pulls()[0]!.number } });
  });
});
