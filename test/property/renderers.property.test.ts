import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapeMrkdwn,
  escapeSlackText,
  markdownCode,
  renderIssue,
  renderRerunComment,
  renderSlackMessage,
  type FailureNotice,
} from '../../src/core/notify/index.js';
import { FAILURE_CODES } from '../../src/core/errors/index.js';
import { redactText } from '../../src/core/redaction/index.js';

/**
 * Hostile text for every renderer. GitHub Markdown is judged by a real GFM parser (marked, with
 * autolinks and tables); Slack has none, so its rules are written out below from Slack's formatting docs.
 */
const FRAGMENTS = [
  '@',
  '\uFF20',
  '\uFE6B',
  '@channel',
  '@here',
  '@security-team',
  '@octo/team',
  '<!here>',
  '<@U123>',
  '<https://evil.test|click>',
  '`',
  '``',
  '```',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u0085',
  '|',
  '<',
  '>',
  '&',
  '&#64;',
  '&#x40;',
  '&commat;',
  '#',
  '#12',
  'GH-7',
  '!',
  '[',
  ']',
  '(',
  ')',
  '[x](https://evil.test)',
  '![i](https://evil.test/i.png)',
  '*',
  '_',
  '~',
  '\\',
  '-',
  '=',
  'https://',
  'http://',
  'www.',
  'evil.com',
  'ftp://x.y',
  'mailto:',
  'jane@example.com',
  'a@-evil.com',
  'v1',
  ' ',
  '.',
  '0',
  'a',
  '\u200b',
  '<script>',
];
const hostile = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1_500) };

/** The text GitHub would show, entities decoded once, with code (where nothing is linked) removed. */
function visibleOutsideCode(html: string): string {
  return html
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&commat;/g, '@')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A GitHub mention or issue reference: `@name` or `#1` not glued to a word. */
const GITHUB_REFERENCE = /(?<![\p{L}\p{N}_`])(?:@[\p{L}\p{N}]|#\d|GH-\d)/iu;
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
const images = (html: string) => (html.match(/<img\b/g) ?? []).length;

describe('GitHub Markdown, judged by a GFM parser', () => {
  it('escapeMarkdown text links, mentions, embeds and breaks lines nowhere', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = marked.parseInline(escapeMarkdown(text), { gfm: true }) as string;
        expect(hrefs(html)).toEqual([]);
        expect(images(html)).toBe(0);
        expect(html).not.toMatch(/<(?!\/?(?:em|strong|del)>)[a-z!/]/i);
        expect(visibleOutsideCode(html)).not.toMatch(GITHUB_REFERENCE);
        expect(html).not.toMatch(/[\r\n\u2028\u0085]/);
      }),
      RUNS,
    );
  });

  it('keeps every row of the issue table whole, with only the links the issue makes', () => {
    fc.assert(
      fc.property(hostile, hostile, (tag, detail) => {
        const issue = renderIssue(notice({ tag, detail }));
        const html = marked.parse(issue.body, { gfm: true }) as string;
        const table = /<table>[\s\S]*?<\/table>/.exec(html)![0];
        expect((table.match(/<tr>/g) ?? []).length).toBe(7);
        for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g)!)
          expect((row.match(/<t[hd]>/g) ?? []).length).toBe(2);
        expect(hrefs(html)).toEqual([NOTICE.runUrl, NOTICE.artifactUrl, NOTICE.runbookUrl]);
        expect(images(html)).toBe(0);
        expect(visibleOutsideCode(html)).not.toMatch(GITHUB_REFERENCE);
      }),
      RUNS,
    );
  });

  it('holds a tag in one code span in the rerun comment, whatever backticks it has', () => {
    fc.assert(
      fc.property(hostile, (tag) => {
        const comment = renderRerunComment({
          tag,
          runId: 42,
          runAttempt: 2,
          runUrl: NOTICE.runUrl,
          failureReason: 'subject_mismatch',
        });
        const html = marked.parseInline(comment, { gfm: true }) as string;
        const codes = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => visibleOutsideCode(m[1]!));
        expect(codes).toEqual([
          redactText(tag, []).replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ') || ' ',
          'subject_mismatch',
        ]);
        expect(hrefs(html)).toEqual([NOTICE.runUrl]);
        expect(visibleOutsideCode(html)).not.toMatch(GITHUB_REFERENCE);
      }),
      RUNS,
    );
  });

  it('markdownCode never lets a backtick close its span early', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = marked.parseInline(markdownCode(text), { gfm: true }) as string;
        expect(html).toMatch(/^<code>[\s\S]*<\/code>$/);
        expect(html.match(/<code>/g)).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('escapeHtml keeps summary table cells HTML: no Markdown read inside, one row, no mention', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const table = `<table><tr><td>${escapeHtml(text)}</td></tr></table>`;
        const html = marked.parse(table, { gfm: true }) as string;
        expect(html.trim()).toBe(table);
        expect(visibleOutsideCode(html)).not.toMatch(GITHUB_REFERENCE);
      }),
      RUNS,
    );
  });
});

/**
 * Slack's mrkdwn rules (docs.slack.dev "Formatting message text"): `<…>` is a link or mention,
 * `@channel`/`@here`/`@everyone` notify, bare URLs and host names are linked, `*_~` format and
 * backticks open code; `&`, `<`, `>` must be sent as entities.
 */
const SLACK_MENTION_OR_LINK =
  /<|>|(?<![\p{L}\p{N}_])[@\uFF20\uFE6B][\p{L}\p{N}]|[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\p{L}\p{N}-]\.\p{L}{2}/iu;

describe('Slack, judged by its formatting rules', () => {
  it('escapeMrkdwn leaves no mention, link, line break or bare formatting character', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeMrkdwn(text);
        expect(out).not.toMatch(SLACK_MENTION_OR_LINK);
        expect(out).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        for (const match of out.matchAll(/[*_~`]/g)) {
          expect([out[match.index - 1], out[match.index + 1]]).toEqual(['\u200b', '\u200b']);
        }
      }),
      RUNS,
    );
  });

  it('the message: only its own links, and a plain-text fallback that carries the failure code verbatim', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom(...FAILURE_CODES), (tag, detail, failureReason) => {
        const message = renderSlackMessage(notice({ tag, detail, failureReason }));
        const mrkdwn = (message.blocks[0] as { text: { text: string } }).text.text;
        const own = [
          `<${NOTICE.runUrl}|42 (attempt 2)>`,
          `<${NOTICE.artifactUrl}|artifact>`,
          `<${NOTICE.runbookUrl}|${failureReason}>`,
        ];
        const untrusted = own
          .reduce((text, link) => text.replace(link, ''), mrkdwn)
          .replace(/`[a-z_]+`/g, '');
        expect(untrusted).not.toMatch(/<|>|(?<![\p{L}\p{N}_])@[\p{L}\p{N}]|[a-z]+:\/\//iu);
        expect(message.text).toContain(`: ${failureReason} (run 42)`);
        expect(message.text).not.toMatch(SLACK_MENTION_OR_LINK);
        expect(escapeSlackText(failureReason)).toBe(failureReason);
      }),
      RUNS,
    );
  });
});

const NOTICE: FailureNotice = {
  repository: 'acme/app',
  tag: 'v1.0.0',
  runId: 42,
  runAttempt: 2,
  runUrl: 'https://github.com/acme/app/actions/runs/42',
  artifactUrl: 'https://github.com/acme/app/actions/runs/42/artifacts/7',
  failureReason: 'subject_mismatch',
  detail: null,
  manifestSnippet: '{"tag":"v1.0.0"}',
  runbookUrl: 'https://github.com/acme/provenance-guard/blob/v1/docs/ops/runbooks/subject_mismatch.md',
};
const notice = (overrides: Partial<FailureNotice>): FailureNotice => ({ ...NOTICE, ...overrides });
