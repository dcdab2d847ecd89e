import { readFileSync } from 'node:fs';
import { Octokit } from '@octokit/rest';
import type { ManifestEvent } from '../../src/core/manifest/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { verifiedProvenance } from '../support/manifest-events.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_operationsActionToken0123456789';
// The rollback job's GITHUB_TOKEN (no pull-requests scope) and ROLLBACK_PR_TOKEN, scoped as SETUP says.
const JOB_TOKEN = 'ghs_rollbackJobToken0123456789abcd';
const PR_TOKEN = 'github_pat_rollbackPullRequestToken01';
let gh: GitHubEmulator;
let recover: (now?: () => Date) => Promise<void>;
let rollback: (now?: () => Date) => Promise<void>;
let runId: number;
let seed: (event: ManifestEvent) => Promise<void>;
const MANIFEST = 'docs/reports/ops/manifest.json';

beforeAll(async () => {
  gh = await startGitHubEmulator({
    tokens: {
      [TOKEN]: ['contents:write', 'actions:write', 'issues:write', 'pull_requests:write'],
      [JOB_TOKEN]: ['contents:write', 'actions:read', 'issues:read'],
      [PR_TOKEN]: ['contents:write', 'pull_requests:write'],
    },
  });
  const { GitHubContentsStore } = await import('../../src/adapters/manifest/index.js');
  seed = (event) =>
    new GitHubContentsStore(new Octokit({ baseUrl: gh.url, auth: TOKEN }), {
      owner: 'acme',
      repo: 'widget',
      path: MANIFEST,
    })
      .apply(event)
      .then(() => undefined);
  process.env.GITHUB_API_URL = gh.url;
  ({ run: recover } = await import('../../src/action/recover/main.js'));
  ({ run: rollback } = await import('../../src/action/rollback/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.git.createTag('acme/widget', 'v1.0.0');
  gh.state.collaborators.set('acme/widget', 'steward', 'write');
  runId = gh.state.runs.create('acme/widget', 'release.yml', { ref: 'v1.0.0', conclusion: 'failure' }).id;
  await seed({
    event: 'failed',
    failure_reason: 'subject_mismatch',
    tag: 'v1.0.0',
    run_id: runId,
    run_attempt: 1,
    at: new Date().toISOString(),
    actor: 'validate',
  });
});
afterAll(() => gh?.close());

const env = (actor: string, inputs: Record<string, string>) =>
  actionEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: '4242',
      GITHUB_JOB: 'recover',
      GITHUB_ACTION: 'recover',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: actor,
      GITHUB_TRIGGERING_ACTOR: actor,
    },
    {
      'run-id': String(runId),
      tag: 'v1.0.0',
      reason: 'flaky runner',
      incident: '3',
      'github-token': TOKEN,
      'manifest-path': MANIFEST,
      ...inputs,
    },
  );

describe('the recover and rollback actions', () => {
  it('recover reruns for a writer and writes its audit log', async () => {
    const step = env('steward', {});
    await captureStdout(() => recover());
    expect(process.exitCode).toBeUndefined();
    const out = step.outputs();
    expect(out.performed).toBe('rerun');
    const audit = readFileSync(out['audit-log']!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'steward',
        operation: 'rerun',
        result: 'succeeded',
        request_id: expect.stringMatching(/^4242\/recover\/recover#1~[0-9a-f]{8}$/),
        incident: 3,
      }),
    ]);
  });

  it('rollback refuses a writer with permission_denied', async () => {
    const step = env('steward', { 'target-sha': 'a'.repeat(40) });
    const written = await captureStdout(() => rollback());
    expect(process.exitCode).toBe(1);
    expect(step.outputs()['failure-reason']).toBe('permission_denied');
    expect(written).toMatch(/rollback needs maintain or above; steward has write/);
  });

  it('an operation outside the catalog is input_invalid', async () => {
    const step = env('steward', { operation: 'delete_everything' });
    const written = await captureStdout(() => recover());
    expect(step.outputs()['failure-reason']).toBe('input_invalid');
    expect(written).toMatch(/::error::input_invalid: operation delete_everything is not in the catalog/);
  });

  /** Issue #13, case 3: every error of the bundled actions is one coded ::error:: with its runbook, never a stack trace. */
  it('recover: a 502 from the rerun API after the claim is github_unavailable with its runbook, and the entry is requeued', async () => {
    const other = gh.state.runs.create('acme/widget', 'release.yml', {
      ref: 'v1.0.0',
      conclusion: 'failure',
    }).id;
    await seed({
      event: 'failed',
      failure_reason: 'subject_mismatch',
      tag: 'v1.0.0',
      run_id: other,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'validate',
    });
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/widget/actions/runs/${other}/rerun` },
      { kind: 'status', status: 502 },
      3,
    );
    const step = env('steward', { 'run-id': String(other) });
    const written = await captureStdout(() => recover());
    expect(process.exitCode).toBe(1);
    expect(step.outputs()['failure-reason']).toBe('github_unavailable');
    expect(written).toMatch(
      /::error::github_unavailable: rerun of v1\.0\.0 run \d+ was not started: .*502.*\(runbook: https:\/\/github\.com\/[\w.-]+\/provenance-guard\/blob\/[^/]+\/docs\/ops\/runbooks\/github_unavailable\.md\)/,
    );
    expect(written).not.toMatch(/\n\s+at |RequestError|HttpError/);
    const entry = JSON.parse(gh.state.contents.read('acme/widget', MANIFEST)!.bytes.toString()).entries.find(
      (e: { run_id: number }) => e.run_id === other,
    );
    expect(entry.status).toBe('requeued');
  });

  it('recover with no manifest entry is input_invalid telling to run validate', async () => {
    const orphan = gh.state.runs.create('acme/widget', 'release.yml', {
      ref: 'v1.0.0',
      conclusion: 'failure',
    }).id;
    const step = env('steward', { 'run-id': String(orphan) });
    const written = await captureStdout(() => recover());
    expect(step.outputs()['failure-reason']).toBe('input_invalid');
    expect(written).toMatch(
      /::error::input_invalid: no manifest entry for tag v1\.0\.0 run \d+ .*run the validate action/,
    );
  });

  it('recover refuses a tag with whitespace instead of trimming it', async () => {
    const step = env('steward', { tag: 'v1.0.0 ' });
    const written = await captureStdout(() => recover());
    expect(step.outputs()['failure-reason']).toBe('input_invalid');
    expect(written).toMatch(/::error::input_invalid: rerun: tag must be a git tag name/);
  });

  it('rollback: a collaborator-permission API outage is a coded error, not a stack trace', async () => {
    gh.faults.inject(
      { method: 'GET', path: '/repos/acme/widget/collaborators/*' },
      { kind: 'status', status: 500 },
      3,
    );
    const step = env('steward', { 'target-sha': 'a'.repeat(40) });
    const written = await captureStdout(() => rollback());
    gh.faults.clear();
    expect(step.outputs()['failure-reason']).toBe('github_unavailable');
    expect(written).toMatch(
      /::error::github_unavailable: .*500.*\(runbook: https:\/\/github\.com\/[\w.-]+\/provenance-guard\/blob\/[^/]+\/docs\/ops\/runbooks\/github_unavailable\.md\)/,
    );
    expect(written).not.toMatch(/\n\s+at /);
  });

  it('rollback opens the revert pull request with pull-request-token and does everything else with the job token', async () => {
    gh.state.collaborators.set('acme/widget', 'maintainer', 'maintain');
    gh.state.issues.create('acme/widget', { title: 'incident' });
    const target = gh.state.git.resolve('acme/widget', 'v1.0.0')!.sha;
    const good = gh.state.runs.create('acme/widget', 'release.yml', {
      ref: 'v1.0.0',
      conclusion: 'success',
    }).id;
    await seed({
      event: 'validated',
      provenance: verifiedProvenance(),
      tag: 'v1.0.0',
      run_id: good,
      run_attempt: 1,
      at: new Date().toISOString(),
      actor: 'validate',
    });
    const step = env('maintainer', {
      'run-id': String(good),
      'target-sha': target,
      incident: '1',
      'github-token': JOB_TOKEN,
      'pull-request-token': PR_TOKEN,
    });
    const written = await captureStdout(() => rollback());
    expect(process.exitCode).toBeUndefined();
    expect(written).toContain(`::add-mask::${PR_TOKEN}`);
    const number = Number(step.outputs()['pull-request']);
    const byToken = gh.state.events
      .list()
      .filter(
        (e) => e.kind === 'pull_request' || (e.kind === 'push' && e.ref.startsWith('refs/heads/rollback/')),
      )
      .map((e) => [e.kind, e.token]);
    expect(byToken).toEqual([
      ['push', PR_TOKEN],
      ['pull_request', PR_TOKEN],
    ]);
    expect(gh.state.pulls.get('acme/widget', number).head).toBe(`rollback/v1.0.0-${good}`);
  });
});
