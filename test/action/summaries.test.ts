import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderNotifySummary } from '../../src/action/notify/summary.js';
import { renderRecoverSummary } from '../../src/action/recover/summary.js';
import { renderRollbackSummary } from '../../src/action/rollback/summary.js';
import { renderValidateSummary, type SummaryContext } from '../../src/action/validate/summary.js';
import type { ValidateResult } from '../../src/commands/validate/index.js';
import type { NotifyRequest } from '../../src/commands/notify/index.js';
import { toVerifyRequest, verifyProvenance, type VerifyInputs } from '../../src/commands/verify/index.js';
import { applyEvent, emptyManifest, type Manifest } from '../../src/core/manifest/index.js';
import type { AuditEvent } from '../../src/core/operations/index.js';
import { runbookUrl } from '../../src/core/errors/index.js';
import { parseMermaid } from '../docs/mermaid-check.js';
import { manifestEvent } from '../support/manifest-events.js';
import { GITHUB_HOSTED, NPM } from '../support/fixtures.js';

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
      slackDelivered: true,
      delivered: true,
      why: 'Slack accepted the message',
    }),
  'notify-issue': async () =>
    renderNotifySummary(notifyRequest, {
      route: 'issue',
      issueNumber: 12,
      slackDelivered: false,
      delivered: true,
      why: 'Slack answered 500; opened issue #12',
    }),
  'notify-failed': async () =>
    renderNotifySummary(notifyRequest, {
      route: null,
      issueNumber: null,
      slackDelivered: false,
      delivered: false,
      why: 'nothing could be delivered',
    }),
  'recover-rerun': async () =>
    renderRecoverSummary(
      { tag: 'v1.0.0', runId: 100 },
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
      { tag: 'v1.0.0', runId: 100 },
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
