import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { Octokit } from '@octokit/rest';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderNotifySummary } from '../../src/action/notify/summary.js';
import { renderRecoverSummary } from '../../src/action/recover/summary.js';
import { renderFailureSummary } from '../../src/action/summary/failure.js';
import { renderRollbackSummary } from '../../src/action/rollback/summary.js';
import { renderValidateSummary, type SummaryContext } from '../../src/action/validate/summary.js';
import type { ValidateResult } from '../../src/commands/validate/index.js';
import type { NotifyRequest } from '../../src/commands/notify/index.js';
import { toVerifyRequest, verifyProvenance, type VerifyInputs } from '../../src/commands/verify/index.js';
import { applyEvent, emptyManifest, type Manifest } from '../../src/core/manifest/index.js';
import type { AuditEvent } from '../../src/core/operations/index.js';
import { GuardError, runbookUrl, type FailureCode } from '../../src/core/errors/index.js';
import { parseMermaid } from '../docs/mermaid-check.js';
import { manifestEvent } from '../support/manifest-events.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';
import { actionEnvironment, captureStdout } from './validate-env.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { GitHubContentsStore } from '../../src/adapters/manifest/index.js';

const now = new Date('2026-11-25T00:00:00Z');
const inputs = (overrides: Partial<VerifyInputs>): VerifyInputs => ({
  artifacts: [NPM('playwright-cli-0.1.1.tgz')],
  provenance: NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
  expectedBuilderIds: [GITHUB_HOSTED],
  expectedSourceRepo: 'microsoft/playwright-cli',
  expectedOwner: null,
  denySelfHostedRunners: false,
  tag: 'v0.1.1',
  commit: 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
  expectedSan: null,
  expectedRepositoryId: null,
  trust: { kind: 'embedded' },
  rekorUrl: null,
  requireAllSubjects: false,
  override: null,
  ...overrides,
});
/** A real verdict: the shipped npm provenance through the real verifier, offline. */
const verdictFor = (overrides: Partial<VerifyInputs>) =>
  verifyProvenance(toVerifyRequest(inputs(overrides), (field) => field, now));

function manifestOf(...events: Parameters<typeof manifestEvent>[]): Manifest {
  return events.reduce((m, args) => {
    const result = applyEvent(m, manifestEvent(...args));
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, emptyManifest());
}
const failedManifest = manifestOf(
  ['failed'],
  ['issue_opened'],
  ['failed', { tag: 'v0.9.0', run_id: 90 }],
  ['validated', { tag: 'v0.8.0', run_id: 80 }],
);
const context: SummaryContext = {
  tag: 'v1.0.0',
  runId: 100,
  artifacts: 'release-binaries (run 100)',
  runUrl: 'https://github.com/acme/app/actions/runs/100',
  manifestUrl: 'https://github.com/acme/app/blob/main/docs/reports/2026-11-20/manifest.json',
};
const validate = (verdict: ValidateResult['verdict'], manifest: Manifest | null): ValidateResult => ({
  verdict,
  steps: ['download', 'provenance-file', 'sigstore', 'manifest', 'evidence'],
  evidence: { written: true, path: 'evidence.json', sha256: 'c'.repeat(64) },
  manifest: manifest && {
    outcome: 'applied',
    message: 'applied',
    manifest,
    attempts: 1,
    lockWaitSeconds: 0.1,
  },
});

const notifyRequest: NotifyRequest = {
  repository: { owner: 'acme', repo: 'app' },
  tag: 'v1.0.0',
  runId: 100,
  runAttempt: 1,
  actor: 'release-bot',
  runUrl: 'https://github.com/acme/app/actions/runs/100',
  artifactUrl: null,
  failureReason: 'subject_mismatch',
  detail: null,
  runbookUrl: runbookUrl('subject_mismatch'),
  slack: { url: 'https://hooks.slack.test/x', headers: {} },
  summary: { url: 'https://hooks.slack.test/ops', headers: {} },
  opsMention: '@ops-team',
  claimId: 'c1',
  secrets: [],
};
const audit = (operation: string, result: AuditEvent['result']): AuditEvent => ({
  repository: 'acme/app',
  actor: 'maintainer',
  operation,
  result,
  request_id: '7001-1',
  incident: 220,
  reason: 'subject mismatch after a runner hiccup',
  at: now.toISOString(),
});
const entry = (manifest: Manifest) => manifest.entries[0]!;

const CASES: Record<string, () => Promise<string>> = {
  'validate-verified': async () =>
    renderValidateSummary(validate(await verdictFor({}), manifestOf(['validated'])), context),
  'validate-rejected': async () =>
    renderValidateSummary(validate(await verdictFor({ tag: 'v0.1.2' }), failedManifest), context),
  'validate-signature-failed': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-summary-root-'));
    writeFileSync(join(dir, 'not-a-root.json'), '{}');
    const markdown = renderValidateSummary(
      validate(await verdictFor({ trust: { kind: 'file', path: join(dir, 'not-a-root.json') } }), null),
      context,
    );
    return markdown.replaceAll(dir, '$TMP');
  },
  'notify-slack': async () =>
    renderNotifySummary(notifyRequest, {
      route: 'slack',
      issueNumber: null,
      slackOutcome: 'delivered',
      delivered: true,
      why: 'Slack accepted the message',
    }),
  'notify-issue': async () =>
    renderNotifySummary(notifyRequest, {
      route: 'issue',
      issueNumber: 12,
      slackOutcome: 'refused',
      delivered: true,
      why: 'Slack answered 500; opened issue #12',
    }),
  'notify-failed': async () =>
    renderNotifySummary(notifyRequest, {
      route: null,
      issueNumber: null,
      slackOutcome: 'refused',
      delivered: false,
      why: 'nothing could be delivered',
    }),
  'recover-rerun': async () =>
    renderRecoverSummary(
      { tag: 'v1.0.0', runId: 100, awaitRerun: null },
      {
        plan: {
          kind: 'rerun',
          failedJobsOnly: false,
          why: 'run 100 is 2 days old and has 1 rerun: rerun it',
        },
        performed: 'rerun',
        finalStatus: null,
        audit: audit('rerun', 'succeeded'),
      },
      entry(manifestOf(['failed'], ['requeued'], ['rerun_started'])),
    ),
  'recover-noop': async () =>
    renderRecoverSummary(
      { tag: 'v1.0.0', runId: 100, awaitRerun: null },
      {
        plan: { kind: 'noop', why: 'a rerun of v1.0.0 is already in progress' },
        performed: null,
        finalStatus: null,
        audit: audit('rerun', 'noop'),
      },
      entry(manifestOf(['failed'], ['rerun_started'])),
    ),
  'rollback-recorded': async () =>
    renderRollbackSummary(
      { operation: 'rollback', tag: 'v1.0.0', runId: 100 },
      {
        pullRequest: { number: 221, url: 'https://github.com/acme/app/pull/221' },
        audit: audit('rollback', 'succeeded'),
      },
      entry(manifestOf(['validated'], ['rolled_back', { reason: 'incident #220, PR #221' }])),
    ),
  'recover-awaited': async () =>
    renderRecoverSummary(
      { tag: 'v1.0.0', runId: 100, awaitRerun: { timeoutMs: 600_000, intervalMs: 30_000 } },
      {
        plan: { kind: 'rerun', failedJobsOnly: true, why: 'run is 1 day old with 1 rerun' },
        performed: 'rerun_failed_jobs',
        finalStatus: 'success',
        audit: audit('rerun_failed_jobs', 'succeeded'),
      },
      entry(manifestOf(['failed'], ['requeued'], ['rerun_started'], ['rerun_succeeded'])),
    ),
  'step-failed': async () =>
    renderFailureSummary('❌ Recovery failed', new GuardError('input_invalid', 'reason is required')),
};

const mermaidBlocks = (markdown: string) =>
  [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(([, source]) => source!);

describe('job summaries', () => {
  it.each(Object.keys(CASES))(
    '%s: Markdown snapshot, valid GFM and Mermaid, absolute links',
    async (name) => {
      const markdown = await CASES[name]!();
      await expect(markdown).toMatchFileSnapshot(`__snapshots__/${name}.md`);
      const html = await marked.parse(markdown, { gfm: true });
      expect(html).toMatch(/^<h2>/);
      expect(html).not.toMatch(/<p>\|/);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
      for (const block of mermaidBlocks(markdown))
        expect(await parseMermaid(block), block).toMatchObject({ ok: true });
    },
  );

  it('a verified release fits a screen: verdict, tag, artifacts, facts and links before anything folded', async () => {
    const markdown = await CASES['validate-verified']!();
    const visible = markdown.slice(0, markdown.indexOf('<details'));
    expect(visible.split('\n').filter(Boolean).length).toBeLessThanOrEqual(4);
    expect(visible).toMatch(/^## ✅ Provenance verified\n/);
    expect(visible).toContain('**Tag** `v1.0.0`');
    expect(visible).toContain('release-binaries \\(run 100\\)');
  });

  it('a rejection leads with the failing check, expected vs actual, and the runbook link', async () => {
    const html = await marked.parse(await CASES['validate-rejected']!());
    const failing = html.indexOf('<h3>Failing checks</h3>');
    expect(failing).toBeGreaterThan(0);
    expect(html.indexOf('source_ref')).toBeGreaterThan(failing);
    expect(html.indexOf('Runbook: tag_mismatch')).toBeLessThan(failing);
    expect(html).toContain(`href="${runbookUrl('tag_mismatch')}"`);
  });

  it('after a failed signature, nothing taken from the unverified bundle is shown as passed', async () => {
    const markdown = await CASES['validate-signature-failed']!();
    const passedRows = markdown
      .split('\n')
      .filter((line) => line.includes('✅ pass'))
      .map((line) => line.split('|')[1]!.trim());
    expect(passedRows).toEqual(['bundle']);
    expect(markdown).toMatch(/\| signature \| ❌ FAIL \|/);
  });

  it('notify names the route that delivered; recover and rollback say what was done, the entry and the audit request id', async () => {
    expect(await CASES['notify-issue']!()).toMatch(/^## 📣 Failure announced through a GitHub issue #12/);
    expect(await CASES['notify-failed']!()).toMatch(/^## ❌ The failure was not announced: notify_failed/);
    const recover = await CASES['recover-rerun']!();
    expect(recover).toContain('Done: reran the release run (same commit)');
    expect(recover).toMatch(/\| 7001-1 \| rerun \| succeeded \|/);
    expect(recover).toMatch(/\| v1\.0\.0 \| 100 #1 \| `rerun_in_progress` \|/);
    const rollback = await CASES['rollback-recorded']!();
    expect(rollback).toContain('(<https://github.com/acme/app/pull/221>)');
    expect(rollback).toMatch(/\| v1\.0\.0 \| 100 #1 \| `rollback` \| — \| — \| rollback \|/);
  });
});

describe('"could not decide" is never "rejected" (issue 23, case 10)', () => {
  it('the summary of a trusted root that is not one: a distinct headline, the meaning true to what was given', async () => {
    const markdown = await CASES['validate-signature-failed']!();
    expect(markdown).toMatch(/^## ⚠️ Provenance not decided: trust_root_unavailable\n/);
    expect(markdown).toContain(
      '> **trust_root_unavailable**: No Sigstore trusted root could be used: online TUF did not answer or did not verify, or the trusted root given could not be read as one. [Runbook: trust\\_root\\_unavailable]',
    );
    expect(markdown).toContain(
      '| signature | a verifiable signature under a trusted root | $TMP/not-a-root.json holds',
    );
    expect(markdown).toContain('verdict{{"undecided: trust_root_unavailable"}}');
    expect(markdown).not.toMatch(/rejected|no offline root/i);
  });

  it('a policy rejection keeps its headline', async () => {
    expect(await CASES['validate-rejected']!()).toMatch(/^## ❌ Provenance rejected: tag_mismatch\n/);
  });
});

describe('recover says whether the rerun was awaited (issue 23, case 9)', () => {
  it('with await-rerun-minutes 0 the rerun was started, not awaited; awaited, it names how it ended', async () => {
    const started = await CASES['recover-rerun']!();
    expect(started).toContain(
      '\n- The rerun was started and not awaited (`await-rerun-minutes: 0`): its own validate job records the verdict\n',
    );
    expect(started).not.toContain('The awaited rerun ended');
    expect(await CASES['recover-awaited']!()).toContain(
      '\n- The awaited rerun ended with the entry `success`\n',
    );
    expect(await CASES['recover-noop']!()).not.toMatch(/awaited/);
  });
});

describe('a step that stops on an error still writes its summary (issue 23, case 9)', () => {
  const runbook = (code: FailureCode) => `[Runbook: ${code.replace(/_/g, '\\_')}](<${runbookUrl(code)}>)`;
  const step = (inputs: Record<string, string>) =>
    actionEnvironment(
      {
        GITHUB_REPOSITORY: 'microsoft/playwright-cli',
        GITHUB_RUN_ID: '100',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'steward',
        GITHUB_TRIGGERING_ACTOR: 'steward',
        GITHUB_API_URL: 'http://127.0.0.1:9',
      },
      { 'github-token': 'ghs_summaryStepToken0123456789abcdef', ...inputs },
    );
  /** validate's inputs for the shipped npm provenance, offline. */
  const validateInputs = {
    tag: 'v0.1.1',
    'artifact-path': NPM('playwright-cli-0.1.1.tgz'),
    'provenance-path': NPM('playwright-cli-0.1.1.provenance.sigstore.json'),
    'expected-builder-id': GITHUB_HOSTED,
    'commit-sha': 'd1c6d1113932ddcee243e8b111b6d4aea553df20',
    'deny-self-hosted-runners': 'false',
    manifest: 'false',
  };
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('validate with a policy file that does not exist: input_invalid, what failed, the runbook', async () => {
    const { run } = await import('../../src/action/validate/main.js');
    const dir = mkdtempSync(join(tmpdir(), 'pg-summary-policy-'));
    const env = step({ ...validateInputs, policy: join(dir, 'provenance-policy.yml') });
    const written = await captureStdout(() => run(now));
    expect(process.exitCode).toBe(1);
    expect(env.outputs()).toMatchObject({ verified: 'false', 'failure-reason': 'input_invalid' });
    expect(written).toContain('::error::input_invalid: policy ');
    expect(env.summary().replaceAll(dir, '$TMP')).toBe(
      [
        '## ⚠️ Provenance not decided: input_invalid',
        "**What failed:** policy $TMP/provenance-policy.yml cannot be read: ENOENT: no such file or directory, open '$TMP/provenance-policy.yml'",
        `> **input_invalid**: An input or argument is missing or malformed. ${runbook('input_invalid')}`,
      ].join('\n\n') + '\n\n',
    );
  });

  it('recover without a reason', async () => {
    const { run } = await import('../../src/action/recover/main.js');
    const env = step({ 'run-id': '100', tag: 'v1.0.0', incident: '3' });
    await captureStdout(() => run());
    expect(process.exitCode).toBe(1);
    expect(env.summary()).toBe(
      [
        '## ❌ Recovery failed: input_invalid',
        '**What failed:** reason is required',
        `> **input_invalid**: An input or argument is missing or malformed. ${runbook('input_invalid')}`,
      ].join('\n\n') + '\n\n',
    );
  });

  it('rollback with an operation outside the catalog', async () => {
    const { run } = await import('../../src/action/rollback/main.js');
    const env = step({ operation: 'delete_everything', 'run-id': '100', tag: 'v1.0.0', reason: 'x' });
    await captureStdout(() => run());
    expect(process.exitCode).toBe(1);
    expect(env.summary()).toBe(
      [
        '## ❌ Rollback or override failed: input_invalid',
        '**What failed:** operation delete\\_everything is not in the catalog \\(rollback, override\\_grant, override\\_revoke\\)',
        `> **input_invalid**: An input or argument is missing or malformed. ${runbook('input_invalid')}`,
      ].join('\n\n') + '\n\n',
    );
  });

  it('a summary that cannot be written is a warning, not a second failure', async () => {
    const { run } = await import('../../src/action/recover/main.js');
    step({ 'run-id': '100', tag: 'v1.0.0', incident: '3' });
    const refused = vi
      .spyOn(core.summary, 'write')
      .mockRejectedValueOnce(new Error('Unable to access summary file'));
    const written = await captureStdout(() => run());
    refused.mockRestore();
    core.summary.emptyBuffer();
    expect(process.exitCode).toBe(1);
    expect(written).toContain('::error::input_invalid: reason is required (runbook: ');
    expect(written).toContain(
      '::warning::the job summary could not be written: Unable to access summary file\n',
    );
  });

  it('validate that could not decide: verified false, outcome undecided in the verdict and the evidence, a distinct annotation', async () => {
    const { run } = await import('../../src/action/validate/main.js');
    const dir = mkdtempSync(join(tmpdir(), 'pg-summary-root-'));
    writeFileSync(join(dir, 'not-a-root.json'), '{}');
    const env = step({ ...validateInputs, trust: join(dir, 'not-a-root.json') });
    const written = await captureStdout(() => run(now));
    const out = env.outputs();
    expect(out).toMatchObject({ verified: 'false', 'failure-reason': 'trust_root_unavailable' });
    expect(JSON.parse(out.verdict!)).toMatchObject({ verified: false, outcome: 'undecided' });
    expect(JSON.parse(readFileSync(out['evidence-path']!, 'utf8')).verdict.outcome).toBe('undecided');
    expect(written).toContain(
      `::error::trust_root_unavailable: Provenance could not be decided (runbook: ${runbookUrl('trust_root_unavailable')})`,
    );
    expect(env.summary()).toMatch(/^## ⚠️ Provenance not decided: trust_root_unavailable\n/);
  });
});

describe('recover run with await-rerun-minutes 0 (issue 23, case 9)', () => {
  const TOKEN = 'ghs_summaryRecoverToken0123456789abcd';
  const MANIFEST = 'docs/reports/ops/manifest.json';
  let gh: GitHubEmulator;

  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'actions:write'] } });
    gh.state.repos.create('acme/widget');
    gh.state.workflows.add('acme/widget', { path: '.github/workflows/release.yml' });
    gh.state.git.createTag('acme/widget', 'v1.0.0');
    gh.state.collaborators.set('acme/widget', 'steward', 'write');
  });
  afterAll(() => gh?.close());

  it('says the rerun was started and not awaited, and how old the run is in words that agree', async () => {
    const runId = gh.state.runs.create('acme/widget', 'release.yml', {
      ref: 'v1.0.0',
      conclusion: 'failure',
      createdAt: new Date(Date.now() - 36 * 3_600_000),
    }).id;
    const store = new GitHubContentsStore(new Octokit({ baseUrl: gh.url, auth: TOKEN }), {
      owner: 'acme',
      repo: 'widget',
      path: MANIFEST,
    });
    await store.apply(
      manifestEvent('failed', { tag: 'v1.0.0', run_id: runId, at: new Date().toISOString() }),
    );
    const { run } = await import('../../src/action/recover/main.js');
    const env = actionEnvironment(
      {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'steward',
        GITHUB_TRIGGERING_ACTOR: 'steward',
      },
      {
        'run-id': String(runId),
        tag: 'v1.0.0',
        reason: 'flaky runner',
        incident: '3',
        'github-token': TOKEN,
        'manifest-path': MANIFEST,
        'await-rerun-minutes': '0',
      },
    );
    await captureStdout(() => run());
    expect(env.outputs().performed).toBe('rerun');
    const summary = env.summary();
    expect(summary).toContain('\n- Decision: run is 1 day old with 0 reruns\n');
    expect(summary).toContain(
      '\n- The rerun was started and not awaited (`await-rerun-minutes: 0`): its own validate job records the verdict\n',
    );
    expect(summary).not.toContain('The awaited rerun ended');
  });
});
