import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runGovernance, type GovernanceRequest } from '../../../src/commands/rollback/index.js';
import { readSpool } from '../../../src/adapters/kpi/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { defaultGitHubRetryTiming } from '../../../src/adapters/github/index.js';
import { MANIFEST, operationDependencies, recordedVerifiedRun, TOKEN } from './operations-env.js';

const PR_TOKEN = 'github_pat_rollbackPullRequests0123456789';
let gh: GitHubEmulator;
let n = 0;
let repo: string;
let good: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: {
      [TOKEN]: ['contents:write', 'pull_requests:write', 'issues:write'],
      [PR_TOKEN]: ['contents:write', 'pull_requests:write'],
    },
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
  await recordedVerifiedRun(gh, repo);
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
  restoreWorkflows: false,
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

  it('running the rollback again is a no-op that names the open pull request', async () => {
    const first = await runGovernance(request(), operationDependencies(gh, repo));
    const again = await runGovernance(request(), operationDependencies(gh, repo));
    expect(again).toMatchObject({ pullRequest: { number: first.pullRequest!.number } });
    expect(again.audit).toMatchObject({ result: 'noop' });
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
    await expect(runGovernance(request(), deps)).rejects.toMatchObject({ code: 'github_unavailable' });
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

/** Issue #23, case 1: a rollback restores the target's code and never deletes what was recorded since. */
describe('the revert pull request', () => {
  const file = (text: string) => ({ bytes: Buffer.from(text) });
  const tree = (files: Record<string, string>) =>
    new Map(Object.entries(files).map(([path, text]) => [path, file(text)] as const));
  const headFiles = (number: number) => {
    const pull = gh.state.pulls.get(`acme/${repo}`, number);
    const head = gh.state.git.resolve(`acme/${repo}`, pull.head)!;
    return Object.fromEntries([...head.tree].map(([path, blob]) => [path, blob.bytes.toString()]));
  };
  const seedReleases = () => {
    const name = `acme/${repo}`;
    const manifest = gh.state.contents.read(name, MANIFEST)!.bytes.toString();
    const target = gh.state.git.commit(name, 'main', {
      message: 'v0.9.0',
      tree: tree({ 'src/app.ts': 'good', '.github/workflows/security-ci.yml': 'pin A', 'old.txt': 'x' }),
    });
    gh.state.git.commit(name, 'main', {
      message: 'v1.0.0',
      tree: tree({
        'src/app.ts': 'bad',
        'src/new.ts': 'added later',
        '.github/workflows/security-ci.yml': 'pin B',
        [MANIFEST]: manifest,
        'docs/reports/2026-01-02/manifest.json': '{"entries":[]}',
      }),
    });
    return target.sha;
  };

  it('restores the code of the target and keeps every manifest and workflow of the base branch', async () => {
    const targetSha = seedReleases();
    const result = await runGovernance(request({ targetSha }), operationDependencies(gh, repo));
    const files = headFiles(result.pullRequest!.number);
    expect(Object.keys(files).sort()).toEqual([
      '.github/workflows/security-ci.yml',
      'docs/reports/2026-01-02/manifest.json',
      MANIFEST,
      'old.txt',
      'src/app.ts',
    ]);
    expect(files).toMatchObject({ 'src/app.ts': 'good', '.github/workflows/security-ci.yml': 'pin B' });
    // The manifest records which commit the rollback goes back to, whatever the length of the reason.
    expect(entry().history.at(-1).reason).toMatch(
      new RegExp(
        `^rollback \\(request 77-1, incident #1\\); revert PR #${result.pullRequest!.number} to ${targetSha}: `,
      ),
    );
    // The manifest is the base branch's as the pull request branched off it: merging changes no manifest.
    const head = gh.state.git.resolve(
      `acme/${repo}`,
      gh.state.pulls.get(`acme/${repo}`, result.pullRequest!.number).head,
    )!;
    const parent = gh.state.git.resolve(`acme/${repo}`, head.parents[0]!)!;
    expect(files[MANIFEST]).toBe(parent.tree.get(MANIFEST)!.bytes.toString());
    expect(gh.state.pulls.get(`acme/${repo}`, result.pullRequest!.number).body).toContain(
      "The code is the target's; `docs/reports/` and `.github/workflows/` stay as they are on the base branch.",
    );
  });

  it('restores the target workflows only when asked, and the manifests never', async () => {
    const targetSha = seedReleases();
    const result = await runGovernance(
      request({ targetSha, restoreWorkflows: true }),
      operationDependencies(gh, repo),
    );
    const files = headFiles(result.pullRequest!.number);
    expect(files).toMatchObject({ 'src/app.ts': 'good', '.github/workflows/security-ci.yml': 'pin A' });
    expect(files['docs/reports/2026-01-02/manifest.json']).toBe('{"entries":[]}');
  });

  it('opens the pull request with the pull-request token alone; the job token needs no pull-requests scope', async () => {
    const targetSha = seedReleases();
    const deps = operationDependencies(gh, repo);
    const pullRequests = {
      octokit: new Octokit({ baseUrl: gh.url, auth: PR_TOKEN }),
      repository: { owner: 'acme', repo },
    };
    const result = await runGovernance(request({ targetSha }), { ...deps, pullRequests });
    const opened = gh.state.events
      .list()
      .filter((event) => event.kind === 'pull_request' && event.repo === `acme/${repo}`);
    expect(opened).toEqual([
      expect.objectContaining({ action: 'opened', number: result.pullRequest!.number, token: PR_TOKEN }),
    ]);
  });

  // Attacks on the rollback branch: an earlier attempt's branch, a writer's pull request, a lost answer.
  const prClient = (octokit = new Octokit({ baseUrl: gh.url, auth: PR_TOKEN })) => ({
    octokit,
    repository: { owner: 'acme', repo },
    timing: { ...defaultGitHubRetryTiming, sleep: async () => {} },
  });
  const failPullCreation = () =>
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/pulls` },
      { kind: 'status', status: 502 },
      3,
    );

  it('a branch left by an earlier attempt to another target is reset to this rollback', async () => {
    const targetSha = seedReleases();
    const older = gh.state.git.resolve(`acme/${repo}`, targetSha)!.parents[0]!;
    failPullCreation();
    await expect(
      runGovernance(request({ targetSha: older, restoreWorkflows: true }), {
        ...operationDependencies(gh, repo),
        pullRequests: prClient(),
      }),
    ).rejects.toMatchObject({ code: 'github_unavailable' });
    const result = await runGovernance(request({ targetSha, requestId: '77-2' }), {
      ...operationDependencies(gh, repo),
      pullRequests: prClient(),
    });
    expect(headFiles(result.pullRequest!.number)).toMatchObject({
      'src/app.ts': 'good',
      '.github/workflows/security-ci.yml': 'pin B',
    });
  });

  it('a pull request a writer opened on the rollback branch is refused, and nothing is recorded', async () => {
    const targetSha = seedReleases();
    const name = `acme/${repo}`;
    gh.state.git.createBranch(name, 'rollback/v1.0.0-10');
    gh.state.git.commit(name, 'rollback/v1.0.0-10', {
      message: 'writer',
      tree: tree({ 'src/app.ts': 'evil' }),
    });
    const writers = gh.state.pulls.create(name, {
      title: 'Roll back v1.0.0',
      head: 'rollback/v1.0.0-10',
      base: 'main',
      body: `Rolls back to ${targetSha}`,
    });
    await expect(
      runGovernance(request({ targetSha }), { ...operationDependencies(gh, repo), pullRequests: prClient() }),
    ).rejects.toMatchObject({
      code: 'input_invalid',
      message: `pull request #${writers.number} from rollback/v1.0.0-10 is not this rollback to ${targetSha}: close it and delete the branch, then request the rollback again`,
    });
    expect(entry().status).toBe('success');
  });

  it('a pull request created while its answer was lost is adopted: one pull request, one record', async () => {
    const targetSha = seedReleases();
    const octokit = new Octokit({ baseUrl: gh.url, auth: PR_TOKEN });
    let lost = false;
    octokit.hook.wrap('request', async (send, options) => {
      const response = await send(options);
      if (!lost && options.method === 'POST' && options.url.endsWith('/pulls')) {
        lost = true;
        throw Object.assign(new Error('socket hang up'), { status: 502 });
      }
      return response;
    });
    const result = await runGovernance(request({ targetSha }), {
      ...operationDependencies(gh, repo),
      pullRequests: prClient(octokit),
    });
    expect(lost).toBe(true);
    expect(gh.state.pulls.list(`acme/${repo}`, { state: 'open' }).map((p) => p.number)).toEqual([
      result.pullRequest!.number,
    ]);
    expect(entry().status).toBe('rollback');
  });
});
