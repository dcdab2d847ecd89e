import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recoverRun, type RecoverRequest } from '../../../src/commands/recover/index.js';
import { readSpool } from '../../../src/adapters/kpi/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { MANIFEST, operationDependencies, recordedFailedRun, TOKEN } from './operations-env.js';
import { startSlackServer } from '../../support/slack-server.js';

let gh: GitHubEmulator;
let n = 0;
let repo: string;
const DAY = 86_400_000;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: { [TOKEN]: ['contents:write', 'actions:write', 'issues:write'] },
  });
});
afterAll(() => gh?.close());
beforeEach(() => {
  repo = `widget-${++n}`;
  gh.state.repos.create(`acme/${repo}`);
  gh.state.workflows.add(`acme/${repo}`, { path: '.github/workflows/release.yml' });
  gh.state.git.createTag(`acme/${repo}`, 'v1.0.0');
  gh.state.collaborators.set(`acme/${repo}`, 'steward', 'write');
  gh.state.collaborators.set(`acme/${repo}`, 'viewer', 'read');
  gh.state.issues.create(`acme/${repo}`, { title: 'provenance: subject_mismatch for v1.0.0' });
});

const failedRun = (options: { ageDays?: number; reruns?: number } = {}) =>
  recordedFailedRun(gh, repo, options);

const request = (runId: number, overrides: Partial<RecoverRequest> = {}): RecoverRequest => ({
  operation: 'auto',
  runId,
  tag: 'v1.0.0',
  reason: 'transient runner failure',
  incident: 1,
  actor: 'steward',
  requestId: '9000-1',
  releaseWorkflow: 'release.yml',
  governanceReviewers: [],
  trigger: 'manual',
  awaitRerun: null,
  escalation: null,
  secrets: [TOKEN],
  ...overrides,
});
const entry = () => JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries[0];
const entryOf = (runId: number) =>
  JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries.find(
    (e: { run_id: number }) => e.run_id === runId,
  );

describe('recover', () => {
  it('a read-only actor is refused with permission_denied, audited, and nothing changes', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    await expect(recoverRun(request(runId, { actor: 'viewer' }), deps)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    expect(deps.audits()).toEqual([
      expect.objectContaining({
        actor: 'viewer',
        operation: 'rerun',
        result: 'denied',
        request_id: '9000-1',
        incident: 1,
      }),
    ]);
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(1);
    expect(entry().status).toBe('failure');
  });

  it('a recent failed run is rerun (same commit), the manifest guards it, the audit and KPIs are recorded', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const result = await recoverRun(request(runId), deps);
    expect(result).toMatchObject({ performed: 'rerun', plan: { kind: 'rerun' } });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(entry()).toMatchObject({ status: 'rerun_in_progress', rerun_in_progress: true });
    const [audit] = deps.audits();
    expect(audit).toMatchObject({
      repository: `acme/${repo}`,
      actor: 'steward',
      operation: 'rerun',
      result: 'succeeded',
      request_id: '9000-1',
      incident: 1,
    });
    expect(audit!.reason).toMatch(/^transient runner failure — /);
    expect(JSON.stringify(deps.audits())).not.toContain(TOKEN);
    const metrics = (await readSpool(deps.kpiPath)).events.map((e) => e.metric);
    expect(metrics).toEqual(['security_ci.re_run_count', 'rerun.automated_vs_manual']);
  });

  it('a 31-day-old run dispatches the release workflow for the tag', async () => {
    const runId = await failedRun({ ageDays: 31 });
    const before = gh.state.runs.runsOf(`acme/${repo}`).length;
    const result = await recoverRun(request(runId), operationDependencies(gh, repo));
    expect(result.performed).toBe('dispatch_release');
    expect(gh.state.runs.runsOf(`acme/${repo}`)).toHaveLength(before + 1);
  });

  it('a run over the 50-rerun cap without a dispatchable workflow gets a -retry tag at the same commit', async () => {
    const runId = await failedRun({ reruns: 50 });
    const result = await recoverRun(
      request(runId, { releaseWorkflow: null }),
      operationDependencies(gh, repo),
    );
    expect(result.performed).toBe('retry_tag');
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')!.sha).toBe(
      gh.state.runs.run(`acme/${repo}`, runId).headSha,
    );
  });

  it('GitHub refusing the rerun falls back to dispatch', async () => {
    const runId = await failedRun();
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/actions/runs/${runId}/rerun` },
      {
        kind: 'status',
        status: 403,
        body: { message: 'Unable to retry this workflow run because it was created over a month ago' },
      },
    );
    const result = await recoverRun(request(runId), operationDependencies(gh, repo));
    expect(result.performed).toBe('dispatch_release');
  });

  it('concurrent recover dispatches for one run start exactly one rerun', async () => {
    const runId = await failedRun();
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        recoverRun(request(runId, { requestId: `9000-${i}` }), operationDependencies(gh, repo)),
      ),
    );
    expect(results.filter((r) => r.performed === 'rerun')).toHaveLength(1);
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(
      results
        .filter((r) => r.performed === null)
        .every((r) => /already in progress/.test(r.plan.kind === 'noop' ? r.plan.why : '')),
    ).toBe(true);
  });

  it('a second dispatch while the rerun runs is a no-op that says so', async () => {
    const runId = await failedRun();
    await recoverRun(request(runId), operationDependencies(gh, repo));
    const again = await recoverRun(request(runId), operationDependencies(gh, repo));
    expect(again).toMatchObject({
      performed: null,
      plan: { kind: 'noop', why: expect.stringMatching(/already in progress/) },
    });
  });

  it.each([
    ['success', 'success'],
    ['failure', 'blocked'],
  ] as const)(
    'waits for the rerun: %s → %s (a failure also tells the incident)',
    async (conclusion, status) => {
      const runId = await failedRun();
      const deps = operationDependencies(gh, repo);
      const { verifiedProvenance } = await import('../../support/manifest-events.js');
      let polls = 0;
      // The rerun's own validate job records its verdict before the run completes.
      const finishRerun = async () => {
        if (conclusion === 'success') {
          await deps.store!.apply({
            event: 'rerun_succeeded',
            provenance: verifiedProvenance(),
            tag: 'v1.0.0',
            run_id: runId,
            run_attempt: 2,
            at: new Date().toISOString(),
            actor: 'validate',
          });
        }
        gh.state.runs.complete(`acme/${repo}`, runId, conclusion);
      };
      const result = await recoverRun(request(runId, { awaitRerun: { timeoutMs: 60_000, intervalMs: 10 } }), {
        ...deps,
        sleep: async () => {
          if (++polls === 2) await finishRerun();
        },
      });
      expect(result.finalStatus).toBe(status);
      expect(entry().status).toBe(status);
      expect(gh.state.issues.get(`acme/${repo}`, 1).comments).toHaveLength(conclusion === 'failure' ? 1 : 0);
      const metrics = (await readSpool(deps.kpiPath)).events.map((e) => [e.metric, e.value]);
      expect(metrics).toContainEqual(['rerun.success_rate', conclusion === 'success' ? 1 : 0]);
    },
  );

  it('a rerun that fails again is escalated to the ops summary channel with the ops-team tag', async () => {
    const summary = await startSlackServer();
    try {
      const runId = await failedRun();
      const deps = operationDependencies(gh, repo);
      let polls = 0;
      await recoverRun(
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
      expect(entry().status).toBe('blocked');
      expect(JSON.stringify(summary.received)).toMatch(/<!subteam\^S0OPS\|ops-team> .*blocked.*Incident #1/);
    } finally {
      await summary.close();
    }
  });

  it('an already verified entry is not requeued', async () => {
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', { ref: 'v1.0.0' });
    const deps = operationDependencies(gh, repo);
    const { verifiedProvenance } = await import('../../support/manifest-events.js');
    await deps.store!.apply({
      event: 'validated',
      provenance: verifiedProvenance(),
      tag: 'v1.0.0',
      run_id: run.id,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'validate',
    });
    const result = await recoverRun(request(run.id), deps);
    expect(result).toMatchObject({
      performed: null,
      plan: { kind: 'noop', why: expect.stringMatching(/already verified/) },
    });
    expect(deps.audits()[0]).toMatchObject({ result: 'noop' });
  });

  it('refuses input outside the catalog with input_invalid, audited once as denied', async () => {
    const deps = operationDependencies(gh, repo);
    await expect(recoverRun(request(1, { reason: '' }), deps)).rejects.toMatchObject({
      code: 'input_invalid',
    });
    expect(deps.audits()).toEqual([expect.objectContaining({ result: 'denied', operation: 'rerun' })]);
  });
});

/** Issue #13, case 2: recover acts only on its entry, on the release run of the tag, with inputs validated once. */
describe('recover is bound to its entry', () => {
  it('with no entry it does nothing: input_invalid saying to run validate, no rerun, no -retry tag', async () => {
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', {
      ref: 'v1.0.0',
      conclusion: 'failure',
      createdAt: new Date(Date.now() - 40 * DAY),
    });
    const deps = operationDependencies(gh, repo);
    const error = await recoverRun(request(run.id, { releaseWorkflow: null }), deps).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(
        /no manifest entry for tag v1\.0\.0 run \d+ in docs\/reports\/ops\/manifest\.json: run the validate action/,
      ),
    });
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')).toBeUndefined();
    expect(gh.state.runs.run(`acme/${repo}`, run.id).runAttempt).toBe(1);
    expect(deps.audits()).toEqual([expect.objectContaining({ result: 'denied' })]);
  });

  it('a run that did not build the tag (a 40-day-old PR run on a feature branch) is refused before any effect', async () => {
    gh.state.git.createBranch(`acme/${repo}`, 'feature/x');
    gh.state.git.commit(`acme/${repo}`, 'feature/x', { message: 'wip', tree: new Map() });
    const prRun = gh.state.runs.create(`acme/${repo}`, 'release.yml', {
      ref: 'feature/x',
      event: 'pull_request',
      conclusion: 'failure',
      createdAt: new Date(Date.now() - 40 * DAY),
    });
    const deps = operationDependencies(gh, repo);
    await deps.store!.apply({
      event: 'failed',
      failure_reason: 'subject_mismatch',
      tag: 'v1.0.0',
      run_id: prRun.id,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'someone',
    });
    const error = await recoverRun(request(prRun.id, { releaseWorkflow: null }), deps).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/is a pull_request run: recover reruns only the release run of its tag/),
    });
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')).toBeUndefined();
    expect(entryOf(prRun.id).status).toBe('failure');
  });

  it('a push run that built another commit than the tag is refused before any effect', async () => {
    gh.state.git.createBranch(`acme/${repo}`, 'feature/y');
    gh.state.git.commit(`acme/${repo}`, 'feature/y', { message: 'wip', tree: new Map() });
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', {
      ref: 'feature/y',
      conclusion: 'failure',
    });
    const deps = operationDependencies(gh, repo);
    await deps.store!.apply({
      event: 'failed',
      failure_reason: 'subject_mismatch',
      tag: 'v1.0.0',
      run_id: run.id,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'someone',
    });
    const error = await recoverRun(request(run.id, { releaseWorkflow: null }), deps).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/built feature\/y at [0-9a-f]{40}, but tag v1\.0\.0 is at/),
    });
  });

  it('a tag with whitespace is input_invalid, so it cannot slip past the "already verified" guard', async () => {
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', { ref: 'v1.0.0', conclusion: 'failure' });
    const deps = operationDependencies(gh, repo);
    const { verifiedProvenance } = await import('../../support/manifest-events.js');
    await deps.store!.apply({
      event: 'validated',
      provenance: verifiedProvenance(),
      tag: 'v1.0.0',
      run_id: run.id,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'validate',
    });
    await expect(recoverRun(request(run.id, { tag: 'v1.0.0 ' }), deps)).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/tag must be a git tag name/),
    });
    expect(gh.state.runs.run(`acme/${repo}`, run.id).runAttempt).toBe(1);
    expect(entryOf(run.id).history.map((h: { event: string }) => h.event)).toEqual(['validated']);
  });

  it('a rolled-back entry is refused: its claim could not apply, so nothing reruns', async () => {
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', { ref: 'v1.0.0', conclusion: 'failure' });
    const deps = operationDependencies(gh, repo);
    const { verifiedProvenance } = await import('../../support/manifest-events.js');
    const at = new Date().toISOString();
    await deps.store!.apply({
      event: 'validated',
      provenance: verifiedProvenance(),
      tag: 'v1.0.0',
      run_id: run.id,
      run_attempt: 1,
      at,
      actor: 'validate',
    });
    await deps.store!.apply({
      event: 'rolled_back',
      tag: 'v1.0.0',
      run_id: run.id,
      run_attempt: 1,
      at,
      actor: 'maintainer',
    });
    await expect(recoverRun(request(run.id), deps)).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/rolled back/),
    });
    expect(gh.state.runs.run(`acme/${repo}`, run.id).runAttempt).toBe(1);
    expect(deps.audits()).toEqual([expect.objectContaining({ result: 'denied' })]);
  });
});

/** Issue #13, case 3: a claim followed by a failing effect is compensated, and audited once. */
describe('recover is a saga', () => {
  it('a 502 from the rerun API after rerun_started is compensated (rerun_not_started → requeued) as github_unavailable; a retry then works', async () => {
    const runId = await failedRun();
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/actions/runs/${runId}/rerun` },
      { kind: 'status', status: 502 },
      3,
    );
    const deps = operationDependencies(gh, repo);
    const error = await recoverRun(request(runId), deps).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'github_unavailable',
      message: expect.stringMatching(/502.*requeued again and recover can be retried/s),
    });
    expect(entry()).toMatchObject({ status: 'requeued', rerun_in_progress: false });
    expect(entry().history.map((h: { event: string }) => h.event)).toEqual([
      'failed',
      'requeued',
      'rerun_started',
      'rerun_not_started',
    ]);
    expect(deps.audits()).toEqual([
      expect.objectContaining({ result: 'failed', reason: expect.stringMatching(/github_unavailable/) }),
    ]);
    const retried = await recoverRun(
      request(runId, { requestId: '9000-2' }),
      operationDependencies(gh, repo),
    );
    expect(retried.performed).toBe('rerun');
    expect(entry().status).toBe('rerun_in_progress');
  });

  it('every outcome emits exactly one audit event', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    await recoverRun(request(runId), deps);
    await recoverRun(request(runId), deps);
    await recoverRun(request(runId, { actor: 'viewer' }), deps).catch(() => null);
    expect(deps.audits().map((a) => a.result)).toEqual(['succeeded', 'noop', 'denied']);
  });
});

/** Issue #24: a request that lands but whose answer is lost is found out by reading back, never repeated. */
describe('recover when an answer is lost', () => {
  type RequestOptions = { readonly method: string; readonly url: string; readonly message?: unknown };
  /** The first request `lands` matches reaches GitHub and acts; its answer is lost (a 502 after the effect). */
  function loseAnswerOnce(octokit: Octokit, lands: (options: RequestOptions) => boolean) {
    let lost = false;
    octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (!lost && lands(options)) {
        lost = true;
        throw Object.assign(new Error('socket hang up'), { status: 502 });
      }
      return response;
    });
    return () => lost;
  }
  const isClaimWrite = (options: RequestOptions) =>
    options.method === 'PUT' && String(options.message).startsWith('provenance-guard: rerun_started');

  it('finds its own claim applied after the claim write lost its answer, and reruns', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswerOnce(deps.github.octokit, isClaimWrite);
    const result = await recoverRun(request(runId), deps);
    expect(lost()).toBe(true);
    expect(result).toMatchObject({ performed: 'rerun', finalStatus: 'rerun_in_progress' });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(entry().history.map((h: { event: string }) => h.event)).toEqual([
      'failed',
      'requeued',
      'rerun_started',
    ]);
    expect(entry().history[2]).toMatchObject({ claim_id: '9000-1' });
  });

  it("a claim another recovery landed at the same instant, as the same actor, is still that recovery's", async () => {
    const runId = await failedRun();
    const now = new Date();
    const other = { ...operationDependencies(gh, repo), now: () => now };
    const deps = { ...operationDependencies(gh, repo), now: () => now };
    let first: Promise<unknown> | null = null;
    // The other recovery claims and reruns after this one has read the entry and the run, before it claims.
    deps.github.octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (first === null && options.method === 'GET' && options.url.includes('/actions/runs/')) {
        first = recoverRun(request(runId, { requestId: '9000-2' }), other);
        await first;
      }
      return response;
    });
    const result = await recoverRun(request(runId), deps);
    expect(await first).toMatchObject({ performed: 'rerun' });
    expect(result).toMatchObject({
      performed: null,
      plan: { kind: 'noop', why: `a rerun of tag v1.0.0 run ${runId} is already in progress` },
    });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(entry().history.filter((h: { event: string }) => h.event === 'rerun_started')).toEqual([
      expect.objectContaining({ claim_id: '9000-2' }),
    ]);
  });

  it('a rerun whose answer was lost is read back as started before it is tried again', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    const runs = gh.state.runs.runsOf(`acme/${repo}`).length;
    const lost = loseAnswerOnce(
      deps.github.octokit,
      (options) => options.method === 'POST' && options.url.endsWith('/rerun'),
    );
    const result = await recoverRun(request(runId), deps);
    expect(lost()).toBe(true);
    expect(
      gh.requests
        .matching({ method: 'POST', path: `/repos/acme/${repo}/actions/runs/${runId}/rerun` })
        .map((r) => r.status),
    ).toEqual([201]);
    expect(result).toMatchObject({ performed: 'rerun', finalStatus: 'rerun_in_progress' });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(gh.state.runs.runsOf(`acme/${repo}`)).toHaveLength(runs);
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')).toBeFalsy();
    expect(entry()).toMatchObject({ status: 'rerun_in_progress', rerun_in_progress: true });
  });

  /** A claim its crashed attempt left, recorded as that attempt would have. */
  async function claimLeftBy(runId: number, claimId: string) {
    const deps = operationDependencies(gh, repo);
    const base = { tag: 'v1.0.0', run_id: runId, run_attempt: 1, actor: 'steward' };
    await deps.store!.apply({ ...base, event: 'requeued', at: new Date(Date.now() - 60_000).toISOString() });
    await deps.store!.apply({
      ...base,
      event: 'rerun_started',
      claim_id: claimId,
      at: new Date(Date.now() - 50_000).toISOString(),
    });
  }
  const claims = () =>
    entry()
      .history.filter((h: { event: string }) => h.event === 'rerun_started')
      .map((h: { claim_id: string }) => h.claim_id);

  it('a rerun of the same step takes over the claim its crashed attempt left before acting, and reruns', async () => {
    const runId = await failedRun();
    await claimLeftBy(runId, `${runId}/recover/recover#1~01`);
    const result = await recoverRun(
      request(runId, { requestId: `${runId}/recover/recover#2~02` }),
      operationDependencies(gh, repo),
    );
    expect(result).toMatchObject({ performed: 'rerun', finalStatus: 'rerun_in_progress' });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(claims()).toEqual([`${runId}/recover/recover#1~01`, `${runId}/recover/recover#2~02`]);
  });

  it('a rerun of the same step whose crashed attempt had started the rerun settles it and starts nothing', async () => {
    const runId = await failedRun();
    await claimLeftBy(runId, `${runId}/recover/recover#1~01`);
    gh.state.runs.rerun(`acme/${repo}`, runId);
    const result = await recoverRun(
      request(runId, { requestId: `${runId}/recover/recover#2~02` }),
      operationDependencies(gh, repo),
    );
    expect(result).toMatchObject({ performed: 'rerun', plan: { kind: 'resume' } });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')).toBeFalsy();
  });

  it('another step never takes over a claim: its recovery is a no-op', async () => {
    const runId = await failedRun();
    await claimLeftBy(runId, `${runId}/recover/recover#1~01`);
    const result = await recoverRun(
      request(runId, { requestId: '777/recover/recover#2~02' }),
      operationDependencies(gh, repo),
    );
    expect(result).toMatchObject({ performed: null, plan: { kind: 'noop' } });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(1);
    expect(claims()).toEqual([`${runId}/recover/recover#1~01`]);
  });

  it('when the rerun and its compensation both fail, rerunning the recover step recovers', async () => {
    const runId = await failedRun();
    const deps = operationDependencies(gh, repo);
    deps.github.octokit.hook.wrap('request', async (send, options) => {
      const compensation = String(options.message ?? '').startsWith('provenance-guard: rerun_not_started');
      if (options.url.endsWith('/rerun') || compensation)
        throw Object.assign(new Error('Service Unavailable'), { status: 503 });
      return send(options);
    });
    const failed = recoverRun(
      request(runId, { requestId: `${runId}/recover/recover#1~01`, releaseWorkflow: null }),
      deps,
    );
    await expect(failed).rejects.toThrow(/stays rerun_in_progress/);
    expect(entry()).toMatchObject({ status: 'rerun_in_progress' });
    const rerun = await recoverRun(
      request(runId, { requestId: `${runId}/recover/recover#2~02`, releaseWorkflow: null }),
      operationDependencies(gh, repo),
    );
    expect(rerun).toMatchObject({ performed: 'rerun' });
    expect(gh.state.runs.run(`acme/${repo}`, runId).runAttempt).toBe(2);
  });

  it('a dispatch whose answer was lost is read back as dispatched: the release workflow runs once', async () => {
    const runId = await failedRun({ ageDays: 31 });
    const before = gh.state.runs.runsOf(`acme/${repo}`).length;
    const deps = operationDependencies(gh, repo);
    const lost = loseAnswerOnce(deps.github.octokit, (options) => options.url.endsWith('/dispatches'));
    const result = await recoverRun(request(runId), deps);
    expect(lost()).toBe(true);
    expect(result.performed).toBe('dispatch_release');
    expect(gh.state.runs.runsOf(`acme/${repo}`)).toHaveLength(before + 1);
    expect(gh.state.git.resolve(`acme/${repo}`, 'v1.0.0-retry')).toBeFalsy();
  });
});
