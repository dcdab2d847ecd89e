import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const TOKEN = 'ghs_notifyActionToken0123456789abcd';
let gh: GitHubEmulator;
let slack: SlackServer;
let run: (now?: Date) => Promise<void>;
let runId: number;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'issues:write', 'actions:read'] } });
  slack = await startSlackServer();
  process.env.GITHUB_API_URL = gh.url;
  ({ run } = await import('../../src/action/notify/main.js'));
  gh.state.repos.create('acme/widget');
  gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  runId = gh.state.runs.create('acme/widget', 'release.yml', {
    conclusion: 'failure',
    createdAt: new Date('2026-11-24T23:50:00Z'),
  }).id;
});
afterAll(async () => {
  await Promise.all([gh?.close(), slack?.close()]);
});

const env = (inputs: Record<string, string>) =>
  actionEnvironment(
    {
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'release-bot',
    },
    {
      tag: 'v2.0.0',
      'failure-reason': 'predicate_mismatch',
      'github-token': TOKEN,
      'slack-webhook-url': slack.url,
      ...inputs,
    },
  );

describe('the notify action', () => {
  it('falls back to an issue when Slack says delivered:false, and sets the outputs', async () => {
    slack.reply({ kind: 'not-delivered' });
    const step = env({});
    await run(new Date('2026-11-25T12:00:00Z'));
    expect(process.exitCode).toBeUndefined();
    expect(step.outputs()).toMatchObject({ route: 'issue', 'slack-delivered': 'false', 'issue-number': '1' });
    const issue = gh.state.issues.get('acme/widget', 1);
    expect(issue.labels.map((l) => l.name)).toContain('security-backcompat');
    // The entry it created lives in the file of the run's day, not of the day the notifier ran.
    const manifest = JSON.parse(
      gh.state.contents.read('acme/widget', 'docs/reports/2026-11-24/manifest.json')!.bytes.toString(),
    );
    expect(manifest.entries[0]).toMatchObject({
      run_id: runId,
      status: 'failure',
      failure_reason: 'predicate_mismatch',
      issue_number: 1,
    });
  });

  it('an unexpected GitHub failure is one coded ::error:: line with its runbook, never a stack trace', async () => {
    gh.faults.inject(
      { method: 'GET', path: `/repos/acme/widget/actions/runs/${runId}` },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      10,
    );
    env({ 'run-id': String(runId), tag: 'v2.0.1' });
    const written = await captureStdout(() => run(new Date('2026-11-25T12:00:00Z')));
    gh.faults.clear();
    expect(process.exitCode).toBe(1);
    expect(written).toMatch(
      /::error::permission_denied: reading run \d+ .*actions: read.*\(runbook: https:\/\/github\.com\/[\w.-]+\/provenance-guard\/blob\/[^/]+\/docs\/ops\/runbooks\/permission_denied\.md\)/,
    );
    expect(written).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown failure reason, naming the input', async () => {
    const step = env({ 'failure-reason': 'oops' });
    const written = await captureStdout(() => run());
    expect(process.exitCode).toBe(1);
    expect(written).toMatch(/input_invalid: failure-reason/);
    expect(step.outputs().route).toBeUndefined();
  });
});
