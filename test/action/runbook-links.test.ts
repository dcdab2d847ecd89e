import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionRunbookOrigin } from '../../src/action/runbook-origin.js';
import { cliRunbookOrigin } from '../../src/cli/runbook-origin.js';
import {
  FAILURE_CODES,
  PACKAGE_RUNBOOK_ORIGIN,
  runbookFile,
  runbookUrl,
  setRunbookOrigin,
} from '../../src/core/errors/index.js';
import { serializeManifest } from '../../src/core/manifest/index.js';
import { firstDay } from '../dashboard/fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { actionEnvironment, captureStdout } from './validate-env.js';

const project = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  repository: { url: string };
};
const SHA = '0123456789abcdef0123456789abcdef01234567';
const PINNED = `https://github.com/provenance-guard/provenance-guard/blob/${SHA}/docs/ops/runbooks/`;
const RELEASED = `https://github.com/provenance-guard/provenance-guard/blob/v${project.version}/docs/ops/runbooks/`;
/** What the runner sets for `uses: provenance-guard/provenance-guard/notify@<sha>` on a GHES server. */
const SHA_PINNED_STEP = {
  GITHUB_ACTION_REPOSITORY: 'provenance-guard/provenance-guard',
  GITHUB_ACTION_REF: SHA,
  GITHUB_SERVER_URL: 'https://ghe.example',
};
const scratch = () => mkdtempSync(join(tmpdir(), 'pg-runbook-'));

afterEach(() => {
  setRunbookOrigin(PACKAGE_RUNBOOK_ORIGIN);
  process.exitCode = undefined;
});

describe('runbook links', () => {
  it('the CLI links to the package repository at the tag a release makes of its version', () => {
    expect(project.repository.url).toBe('git+https://github.com/provenance-guard/provenance-guard.git');
    expect(runbookUrl('tag_mismatch')).toBe(`${RELEASED}tag_mismatch.md`);
  });

  it("an action links to the repository and commit it was pinned at, on github.com where this project's runbooks live", () => {
    setRunbookOrigin(actionRunbookOrigin(SHA_PINNED_STEP));
    expect(runbookUrl('notify_failed')).toBe(`${PINNED}notify_failed.md`);
    setRunbookOrigin(
      actionRunbookOrigin({
        GITHUB_ACTION_REPOSITORY: 'acme-ops/provenance-guard',
        GITHUB_ACTION_REF: 'v1.2.3',
      }),
    );
    expect(runbookUrl('notify_failed')).toBe(
      'https://github.com/acme-ops/provenance-guard/blob/v1.2.3/docs/ops/runbooks/notify_failed.md',
    );
  });

  it.each([
    ['a local `uses: ./` (neither set)', { GITHUB_SERVER_URL: 'https://github.com' }],
    ['an empty repository and ref', { GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' }],
    ['a ref with a space', { ...SHA_PINNED_STEP, GITHUB_ACTION_REF: 'v1 evil' }],
    ['a ref with a newline', { ...SHA_PINNED_STEP, GITHUB_ACTION_REF: `${SHA}\n` }],
    ['a ref climbing out with ..', { ...SHA_PINNED_STEP, GITHUB_ACTION_REF: '../../evil/blob/main' }],
    ['a ref with a query', { ...SHA_PINNED_STEP, GITHUB_ACTION_REF: 'v1?x=1' }],
    ['a ref with a fragment', { ...SHA_PINNED_STEP, GITHUB_ACTION_REF: 'v1#top' }],
    ['a repository without a name', { ...SHA_PINNED_STEP, GITHUB_ACTION_REPOSITORY: 'provenance-guard' }],
    ['a repository path with three segments', { ...SHA_PINNED_STEP, GITHUB_ACTION_REPOSITORY: 'a/b/c' }],
    ['a repository that is a URL', { ...SHA_PINNED_STEP, GITHUB_ACTION_REPOSITORY: 'https://evil.test/x' }],
    ['a repository named ..', { ...SHA_PINNED_STEP, GITHUB_ACTION_REPOSITORY: 'acme/..' }],
  ])('%s falls back to the CLI rule', (_label, env) => {
    expect(actionRunbookOrigin(env)).toEqual(PACKAGE_RUNBOOK_ORIGIN);
  });

  it('every code links to a runbook file that exists in this repository', () => {
    for (const code of FAILURE_CODES) expect(() => readFileSync(runbookFile(code)), code).not.toThrow();
  });
});

/** A checkout of this project as the templates make one: HEAD as given, the CLI's entry point in place. */
function checkout(head: string | null, name = project.name): string {
  const root = scratch();
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  // The entry point is a copy (its own path names the checkout); what it imports is this tree's source.
  copyFileSync('src/cli/index.ts', join(root, 'src', 'cli', 'index.ts'));
  for (const file of ['main.ts', 'runbook-origin.ts'])
    symlinkSync(resolve('src/cli', file), join(root, 'src', 'cli', file));
  symlinkSync(resolve('src/core'), join(root, 'src', 'core'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ ...project, name }));
  if (head !== null) {
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'HEAD'), `${head}\n`);
  }
  return join(root, 'src', 'cli', 'index.ts');
}

describe('the CLI run from a checkout', () => {
  it.each([
    ['detached at the pinned commit', checkout(SHA), { ...PACKAGE_RUNBOOK_ORIGIN, ref: SHA }],
    ['on a branch', checkout('ref: refs/heads/main'), PACKAGE_RUNBOOK_ORIGIN],
    ['without .git (an installed package)', checkout(null), PACKAGE_RUNBOOK_ORIGIN],
    [
      'of another package (files copied into a repository)',
      checkout(SHA, 'acme-app'),
      PACKAGE_RUNBOOK_ORIGIN,
    ],
    ['a script that does not exist', '/nonexistent/dist/cli/index.js', PACKAGE_RUNBOOK_ORIGIN],
  ])('%s', (_label, script, origin) => {
    expect(cliRunbookOrigin(script)).toEqual(origin);
  });

  const cli = (script: string, ...args: string[]) =>
    spawnSync(resolve('node_modules/.bin/tsx'), [script, ...args], { cwd: tmpdir(), encoding: 'utf8' });

  it("the dashboard built by the template's pinned checkout links to that commit's runbooks", () => {
    const dir = scratch();
    writeFileSync(join(dir, 'manifest.json'), serializeManifest(firstDay()));
    const built = cli(
      checkout(SHA),
      'kpi',
      'dashboard',
      '--out',
      join(dir, 'site'),
      '--manifest',
      join(dir, 'manifest.json'),
    );
    expect(built.status, built.stderr).toBe(0);
    const page = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(page).toContain(`href="${PINNED}tag_mismatch.md"`);
    expect(page).not.toContain('/blob/v');
  });

  it('the CLI from a branch checkout links to v<version>', () => {
    const verified = cli(
      checkout('ref: refs/heads/main'),
      'verify',
      '--artifact',
      NPM('playwright-cli-0.1.1.tgz'),
      '--provenance',
      NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
      '--offline',
      '--expected-source-repo',
      'microsoft/playwright-cli',
      '--tag',
      'v0.1.2',
    );
    expect(verified.status, verified.stderr).toBe(1);
    expect(verified.stdout).toContain(`runbook: ${RELEASED}tag_mismatch.md`);
  });
});

const TOKEN = 'ghs_runbookLinksToken0123456789abcdef';

describe('a SHA-pinned validate run links every runbook to its commit', () => {
  /** validate with a trusted root that is not one: a verdict, a summary and annotations, no GitHub needed. */
  async function validate(step: Record<string, string>) {
    const { run } = await import('../../src/action/validate/main.js');
    const dir = scratch();
    writeFileSync(join(dir, 'not-a-root.json'), '{}');
    const env = actionEnvironment(
      { ...step, GITHUB_REPOSITORY: 'microsoft/playwright-cli', GITHUB_RUN_ID: '100', GITHUB_ACTOR: 'bot' },
      {
        tag: 'v0.1.1',
        'artifact-path': NPM('playwright-cli-0.1.1.tgz'),
        'provenance-path': NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
        'expected-builder-id': GITHUB_HOSTED,
        'commit-sha': 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
        'deny-self-hosted-runners': 'false',
        trust: join(dir, 'not-a-root.json'),
        'github-token': TOKEN,
        manifest: 'false',
      },
    );
    const written = await captureStdout(() => run(new Date('2026-11-25T00:00:00Z')));
    return { written, summary: env.summary(), verdict: JSON.parse(env.outputs().verdict!) };
  }

  it('validate: summary, annotation and verdict output', async () => {
    const { written, summary, verdict } = await validate(SHA_PINNED_STEP);
    expect(summary).toContain(`[Runbook: trust\\_root\\_unavailable](<${PINNED}trust_root_unavailable.md>)`);
    expect(written).toContain(
      `::error::trust_root_unavailable: Provenance could not be decided (runbook: ${PINNED}trust_root_unavailable.md)`,
    );
    expect(verdict.runbook).toBe(`${PINNED}trust_root_unavailable.md`);
    expect(`${summary}${written}`).not.toContain('/blob/v');
  });

  it('a malformed GITHUB_ACTION_REF falls back to v<version>', async () => {
    const { written, summary } = await validate({
      ...SHA_PINNED_STEP,
      GITHUB_ACTION_REF: `${SHA}/../../main`,
    });
    expect(summary).toContain(`(<${RELEASED}trust_root_unavailable.md>)`);
    expect(written).toContain(`(runbook: ${RELEASED}trust_root_unavailable.md)`);
    expect(`${summary}${written}`).not.toContain(SHA);
  });
});

describe('a SHA-pinned notify run links every runbook to its commit', () => {
  let gh: GitHubEmulator;
  let slack: SlackServer;

  beforeAll(async () => {
    gh = await startGitHubEmulator({
      tokens: { [TOKEN]: ['contents:write', 'issues:write', 'actions:read'] },
    });
    slack = await startSlackServer();
    gh.state.repos.create('acme/widget');
    gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), slack?.close()]);
  });

  it('the Slack message and the failure issue', async () => {
    const { run } = await import('../../src/action/notify/main.js');
    const runId = gh.state.runs.create('acme/widget', 'release.yml', { conclusion: 'failure' }).id;
    slack.reply({ kind: 'not-delivered' });
    const step = actionEnvironment(
      {
        ...SHA_PINNED_STEP,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_RUN_ID: String(runId),
        GITHUB_ACTOR: 'release-bot',
      },
      {
        tag: 'v2.0.0',
        'failure-reason': 'subject_mismatch',
        'github-token': TOKEN,
        'slack-webhook-url': slack.url,
      },
    );
    await captureStdout(() => run(new Date('2026-11-25T12:00:00Z')));
    const issueNumber = Number(step.outputs()['issue-number']);
    const slackText = JSON.stringify(slack.received.at(-1));
    expect(slackText).toContain(`*Runbook:* <${PINNED}subject_mismatch.md|subject_mismatch>`);
    expect(gh.state.issues.get('acme/widget', issueNumber).body).toContain(
      `| Runbook | [subject_mismatch](${PINNED}subject_mismatch.md) |`,
    );
    expect(`${slackText}${step.summary()}`).not.toContain('/blob/v');
  });
});
