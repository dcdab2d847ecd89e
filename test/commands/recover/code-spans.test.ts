import { marked } from 'marked';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyToEntry } from '../../../src/adapters/manifest/index.js';
import type { EventPayload } from '../../../src/core/manifest/index.js';
import { settleRerun } from '../../../src/commands/recover/settle.js';
import { rollbackBody, type GovernanceRequest } from '../../../src/commands/rollback/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { operationDependencies, TOKEN } from './operations-env.js';

/** Git accepts backticks and at-signs in a tag name (`git check-ref-format 'tags/v1`@acme/security-team'`). */
const TAG = 'v1`@acme/security-team';

/** What GitHub would show as text, code spans taken out: a mention there pings its team. */
function outsideCode(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true }) as string;
  return html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]*>/g, ' ');
}

/** The code spans GitHub would show, as text. */
function codeSpans(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true }) as string;
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
}

describe('a blocked rerun escalated on the incident', () => {
  let gh: GitHubEmulator;
  let n = 0;
  let repo: string;

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
    gh.state.issues.create(`acme/${repo}`, { title: 'incident' });
  });

  it('keeps a tag holding a backtick and a team mention inside its code span', async () => {
    // The run is on a plain tag: only the manifest entry and the request carry the hostile one.
    const run = gh.state.runs.create(`acme/${repo}`, 'release.yml', { ref: 'v1.0.0', conclusion: 'failure' });
    const deps = operationDependencies(gh, repo);
    const record = (event: EventPayload, attempt = 1) =>
      applyToEntry(deps.store, {
        ...event,
        tag: TAG,
        run_id: run.id,
        run_attempt: attempt,
        at: new Date().toISOString(),
        actor: 'validate',
      });
    const failed = await record({ event: 'failed', failure_reason: 'subject_mismatch' });
    const status = await settleRerun(
      {
        operation: 'auto',
        runId: run.id,
        tag: TAG,
        reason: 'transient runner failure',
        incident: 1,
        actor: 'steward',
        requestId: '9000-1',
        releaseWorkflow: 'release.yml',
        governanceReviewers: [],
        trigger: 'manual',
        awaitRerun: { timeoutMs: 60_000, intervalMs: 10 },
        escalation: null,
        secrets: [TOKEN],
      },
      {
        ...deps,
        sleep: async () => {
          gh.state.runs.complete(`acme/${repo}`, run.id, 'failure');
        },
      },
      failed.entry!,
      { record, emit: async () => {} },
    );
    expect(status).toBe('blocked');
    const comments = gh.state.issues.get(`acme/${repo}`, 1).comments;
    expect(comments).toHaveLength(1);
    expect(codeSpans(comments[0]!.body)).toContain(TAG);
    expect(outsideCode(comments[0]!.body)).not.toContain('@');
  });
});

describe('the rollback pull request body', () => {
  const request: GovernanceRequest = {
    operation: 'rollback',
    runId: 10,
    tag: TAG,
    reason: 'compromised dependency',
    incident: 1,
    actor: 'maintainer',
    requestId: '77-1',
    targetSha: 'a'.repeat(40),
    baseBranch: 'main',
    restoreWorkflows: false,
    expiresAt: null,
    governanceRunId: null,
    governanceReviewers: [],
    secrets: [],
  };

  it('keeps a tag holding a backtick and a team mention inside its code spans (the tag and the branch)', () => {
    const body = rollbackBody(request, `rollback/${TAG}-10`);
    expect(codeSpans(body)).toEqual(expect.arrayContaining([TAG, `rollback/${TAG}-10`]));
    expect(outsideCode(body)).not.toContain('@');
  });

  it('shows a reason as plain text: no mention, link, heading or second line', () => {
    const reason = 'see https://evil.test/x @acme/security-team\n# Approved';
    const html = marked.parse(rollbackBody({ ...request, tag: 'v1', reason }, 'rollback/v1-10'), {
      gfm: true,
    }) as string;
    expect(html).toContain('evil');
    expect(html).not.toMatch(/<a |<h1|@acme/);
  });
});
