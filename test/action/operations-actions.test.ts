import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_operationsActionToken0123456789';
let gh: GitHubEmulator;
let recover: (now?: () => Date) => Promise<void>;
let rollback: (now?: () => Date) => Promise<void>;
let runId: number;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:write', 'issues:write', 'pull_requests:write'] } });
  process.env.GITHUB_API_URL = gh.url;
  ({ run: recover } = await import('../../src/action/recover/main.js'));
  ({ run: rollback } = await import('../../src/action/rollback/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  gh.state.git.createTag('acme/widget', 'v1.0.0');
  gh.state.collaborators.set('acme/widget', 'steward', 'write');
  runId = gh.state.runs.create('acme/widget', 'release.yml', { ref: 'v1.0.0', conclusion: 'failure' }).id;
});
afterAll(() => gh?.close());

const env = (actor: string, inputs: Record<string, string>) => actionEnvironment(
  { GITHUB_REPOSITORY: 'acme/widget', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTOR: actor, GITHUB_TRIGGERING_ACTOR: actor },
  { 'run-id': String(runId), tag: 'v1.0.0', reason: 'flaky runner', incident: '3', 'github-token': TOKEN, manifest: 'false', ...inputs },
);

describe('the recover and rollback actions', () => {
  it('recover reruns for a writer and writes its audit log', async () => {
    const step = env('steward', {});
    await captureStdout(() => recover());
    expect(process.exitCode).toBeUndefined();
    const out = step.outputs();
    expect(out.performed).toBe('rerun');
    const audit = readFileSync(out['audit-log']!, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(audit).toEqual([expect.objectContaining({ actor: 'steward', operation: 'rerun', result: 'succeeded', request_id: '4242-1', incident: 3 })]);
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
});
