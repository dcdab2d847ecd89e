import { describe, expect, it } from 'vitest';
import type { FailureCode } from '../../../src/core/errors/index.js';
import {
  renderIssue,
  renderRerunComment,
  renderSlackMessage,
  type FailureNotice,
} from '../../../src/core/notify/index.js';

const notice = (failureReason: FailureCode): FailureNotice => ({
  repository: 'acme/app',
  tag: 'v1.0.0',
  runId: 9,
  runAttempt: 1,
  runUrl: 'https://github.com/acme/app/actions/runs/9',
  artifactUrl: null,
  failureReason,
  detail: null,
  manifestSnippet: null,
  runbookUrl: `https://github.com/provenance-guard/provenance-guard/blob/v1/docs/ops/runbooks/${failureReason}.md`,
});
const slackHeadline = (code: FailureCode) =>
  (renderSlackMessage(notice(code), '@ops').blocks[0] as { text: { text: string } }).text.text.split('\n')[0];
const rerun = (code: FailureCode) =>
  renderRerunComment({
    tag: 'v1.0.0',
    runId: 9,
    runAttempt: 2,
    runUrl: 'https://github.com/acme/app/actions/runs/9',
    failureReason: code,
  });

describe('announcements say whether the release was rejected or nothing could be decided (issue 23, case 10)', () => {
  it('Slack', () => {
    expect(slackHeadline('subject_mismatch')).toBe('@ops *Provenance rejected* for *acme/app* tag `v1.0.0`');
    expect(slackHeadline('trust_root_unavailable')).toBe(
      '@ops *Provenance could not be decided* for *acme/app* tag `v1.0.0`',
    );
    expect(renderSlackMessage(notice('artifact_missing')).text).toBe(
      'Provenance could not be decided for acme/app v1.0.0: artifact_missing (run 9)',
    );
    expect(renderSlackMessage(notice('tag_mismatch')).text).toBe(
      'Provenance rejected for acme/app v1.0.0: tag_mismatch (run 9)',
    );
  });

  it('the failure issue and the comment on a rerun that failed again', () => {
    expect(renderIssue(notice('trust_root_unavailable')).body).toMatch(
      /^## Provenance could not be decided\n/,
    );
    expect(renderIssue(notice('signature_invalid')).body).toMatch(/^## Provenance rejected\n/);
    expect(rerun('trust_root_unavailable')).toBe(
      'Provenance could not be decided again for `v1.0.0`, run [9 \\(attempt 2\\)](<https://github.com/acme/app/actions/runs/9>): `trust_root_unavailable`.',
    );
    expect(rerun('tag_mismatch')).toMatch(/^Provenance rejected again for `v1\.0\.0`/);
  });
});

describe('a failed job of the release is announced as what failed, never as a provenance verdict (issue 23, case 3)', () => {
  it.each([
    ['build_failed', 'Release build failed'],
    ['signing_failed', 'Release signing failed'],
    ['publish_failed', 'Release publishing failed'],
    ['job_failed', 'Release job failed'],
  ] as const)('%s: %s', (code, headline) => {
    expect(slackHeadline(code)).toBe(`@ops *${headline}* for *acme/app* tag \`v1.0.0\``);
    expect(renderSlackMessage(notice(code)).text).toBe(`${headline} for acme/app v1.0.0: ${code} (run 9)`);
    expect(renderIssue(notice(code)).body).toMatch(new RegExp(`^## ${headline}\\n`));
    expect(renderIssue(notice(code)).body).not.toMatch(/Provenance/);
  });
});
