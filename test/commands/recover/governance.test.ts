import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runGovernance, type GovernanceRequest } from '../../../src/commands/rollback/index.js';
import { readSpool } from '../../../src/adapters/kpi/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { verifiedProvenance } from '../../support/manifest-events.js';
import { MANIFEST, operationDependencies, TOKEN } from './operations-env.js';

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
  gh.state.repos.create(`acme/${repo}`);
  good = gh.state.git.tip(`acme/${repo}`, 'main').sha;
  gh.state.git.commit(`acme/${repo}`, 'main', { message: 'bad release', tree: new Map() });
  gh.state.collaborators.set(`acme/${repo}`, 'maintainer', 'maintain');
  gh.state.collaborators.set(`acme/${repo}`, 'steward', 'write');
  gh.state.issues.create(`acme/${repo}`, { title: 'incident' });
  const deps = operationDependencies(gh, repo);
  await deps.store!.apply({
    event: 'validated',
    provenance: verifiedProvenance(),
    tag: 'v1.0.0',
    run_id: 10,
    run_attempt: 1,
    at: new Date().toISOString(),
    actor: 'validate',
  });
});

const request = (overrides: Partial<GovernanceRequest> = {}): GovernanceRequest => ({
  operation: 'rollback',
  runId: 10,
  tag: 'v1.0.0',
  reason: 'compromised dependency',
  incident: 1,
  actor: 'maintainer',
  requestId: '77-1',
  targetSha: good,
  baseBranch: 'main',
  expiresAt: null,
  governanceRunId: null,
  governanceReviewers: [],
  secrets: [TOKEN],
  ...overrides,
});
const entry = () => JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries[0];

describe('rollback and overrides', () => {
  it('a maintainer rolls back: manifest rollback, a revert PR that demands provenance-validate, audit and lead time', async () => {
    const deps = operationDependencies(gh, repo);
    const result = await runGovernance(request(), deps);
    expect(entry()).toMatchObject({ status: 'rollback', governance_flag: 'rollback' });
    const pull = gh.state.pulls.get(`acme/${repo}`, result.pullRequest!.number);
    expect(pull).toMatchObject({ base: 'main', head: 'rollback/v1.0.0-10' });
    expect(pull.body).toMatch(/provenance-validate.*must pass on `rollback\/v1\.0\.0-10`/);
    expect(deps.audits()).toEqual([
      expect.objectContaining({
        operation: 'rollback',
        result: 'succeeded',
        actor: 'maintainer',
        incident: 1,
      }),
    ]);
    expect((await readSpool(deps.kpiPath)).events.map((e) => e.metric)).toEqual([
      'recovery.rollback_lead_time',
    ]);
  });

  it('running the rollback again reuses the pull request', async () => {
    const first = await runGovernance(request(), operationDependencies(gh, repo));
    await expect(runGovernance(request(), operationDependencies(gh, repo))).rejects.toMatchObject({
      code: 'input_invalid',
    });
    expect(gh.state.pulls.list(`acme/${repo}`, { state: 'open' }).map((p) => p.number)).toEqual([
      first.pullRequest!.number,
    ]);
  });

  it('write access is not enough: permission_denied, audited, nothing changed', async () => {
    const deps = operationDependencies(gh, repo);
    await expect(runGovernance(request({ actor: 'steward' }), deps)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    expect(deps.audits()[0]).toMatchObject({ result: 'denied', actor: 'steward' });
    expect(entry().status).toBe('success');
    expect(gh.state.pulls.list(`acme/${repo}`, {})).toHaveLength(0);
  });

  it('with a reviewer list, only the listed governance reviewers may act', async () => {
    await expect(
      runGovernance(request({ governanceReviewers: ['alice'] }), operationDependencies(gh, repo)),
    ).rejects.toMatchObject({ code: 'permission_denied' });
  });

  it('an override is time-bound and revocable; each step is audited', async () => {
    const deps = operationDependencies(gh, repo);
    const expiresAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await runGovernance(
      request({ operation: 'override_grant', expiresAt, targetSha: null, governanceRunId: 555 }),
      deps,
    );
    // The run it was granted in is recorded: validate asks GitHub who dispatched it before honouring the grant.
    expect(entry().override).toMatchObject({
      approver: 'maintainer',
      expires_at: expiresAt,
      revoked_at: null,
      granted_by_run: 555,
    });
    await runGovernance(request({ operation: 'override_revoke', targetSha: null }), deps);
    expect(entry().override.revoked_at).not.toBeNull();
    expect(deps.audits().map((a) => [a.operation, a.result])).toEqual([
      ['override_grant', 'succeeded'],
      ['override_revoke', 'succeeded'],
    ]);
    const tooLong = new Date(Date.now() + 8 * 86_400_000).toISOString();
    await expect(
      runGovernance(request({ operation: 'override_grant', expiresAt: tooLong, targetSha: null }), deps),
    ).rejects.toMatchObject({ code: 'input_invalid' });
  });
});

/** Issue #13, case 3: a rollback is recorded only once its revert PR exists, so a failure can be retried. */
describe('rollback is a saga', () => {
  it('a rollback to an unknown commit records nothing, opens nothing, and can be retried with the right commit', async () => {
    const deps = operationDependencies(gh, repo);
    await expect(runGovernance(request({ targetSha: 'f'.repeat(40) }), deps)).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/is not a commit/),
    });
    expect(entry()).toMatchObject({ status: 'success', governance_flag: null });
    expect(gh.state.pulls.list(`acme/${repo}`, {})).toHaveLength(0);
    expect(deps.audits()).toEqual([expect.objectContaining({ operation: 'rollback', result: 'denied' })]);
    const retried = await runGovernance(request({ requestId: '77-2' }), deps);
    expect(entry()).toMatchObject({ status: 'rollback', governance_flag: 'rollback' });
    expect(entry().history.at(-1).reason).toMatch(new RegExp(`revert PR #${retried.pullRequest!.number}`));
  });

  it('GitHub failing to open the pull request leaves the entry verified, with one failed audit and a coded error', async () => {
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/pulls` },
      { kind: 'status', status: 502 },
      3,
    );
    const deps = operationDependencies(gh, repo);
    await expect(runGovernance(request(), deps)).rejects.toMatchObject({ code: 'issue_create_failed' });
    expect(entry().status).toBe('success');
    expect(deps.audits().map((a) => a.result)).toEqual(['failed']);
    await runGovernance(request({ requestId: '77-3' }), deps);
    expect(entry().status).toBe('rollback');
  });

  it('a rollback with no manifest entry is input_invalid naming the validate action', async () => {
    await expect(
      runGovernance(request({ runId: 999 }), operationDependencies(gh, repo)),
    ).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/run the validate action/),
    });
  });
});
