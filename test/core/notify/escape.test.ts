import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapeMrkdwn,
  markdownCode,
  renderRerunComment,
  renderSlackMessage,
} from '../../../src/core/notify/index.js';

const ZWSP = '\u200b';

describe('escaping, the cases issue 14 names', () => {
  it("a tag with a backtick cannot leave the rerun comment's code span to mention a team", () => {
    const comment = renderRerunComment({
      tag: 'v1` @security-team `',
      runId: 7,
      runAttempt: 1,
      runUrl: 'https://github.com/acme/app/actions/runs/7',
      failureReason: 'tag_mismatch',
    });
    expect(comment).toBe(
      'Provenance rejected again for `` v1` @security-team ` ``, run [7 \\(attempt 1\\)](<https://github.com/acme/app/actions/runs/7>): `tag_mismatch`.',
    );
    expect(markdownCode('a``b')).toBe('```a``b```');
  });

  it('bare URLs are not autolinked, and a lone \\r cannot end a table row', () => {
    expect(escapeMarkdown('see https://evil.test and www.evil.test')).toBe(
      `see https:${ZWSP}//evil.test and www${ZWSP}.evil.test`,
    );
    expect(escapeMarkdown('a\rb\u2028c|d')).toBe('a b c\\|d');
    expect(escapeHtml('a\rb\n\nc')).toBe('a b  c');
  });

  it('mentions, issue references and entity-spelled at-signs are defused', () => {
    expect(escapeMarkdown('@octocat #12 &#64;admin')).toBe(
      `@${ZWSP}octocat \\#${ZWSP}12 \\&\\#${ZWSP}64;admin`,
    );
    expect(escapeMrkdwn('<!channel> @here ＠team')).toBe(`&lt;!channel&gt; @${ZWSP}here ＠${ZWSP}team`);
  });

  it('the Slack fallback carries the failure code verbatim, without zero-width characters', () => {
    const message = renderSlackMessage({
      repository: 'acme/app',
      tag: 'v1.0.0_rc',
      runId: 9,
      runAttempt: 1,
      runUrl: 'https://github.com/acme/app/actions/runs/9',
      artifactUrl: null,
      failureReason: 'subject_mismatch',
      detail: null,
      manifestSnippet: null,
      runbookUrl: 'https://example.test/r.md',
    });
    expect(message.text).toBe('Provenance rejected for acme/app v1.0.0_rc: subject_mismatch (run 9)');
  });

  it('an e-mail address in untrusted text is redacted before it is escaped', () => {
    const comment = renderRerunComment({
      tag: 'jane@example.com',
      runId: 1,
      runAttempt: 1,
      runUrl: 'https://github.com/a/b/actions/runs/1',
      failureReason: 'tag_mismatch',
    });
    expect(comment).toContain('`<e-mail redacted>@example.com`');
  });
});
