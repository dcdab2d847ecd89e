/**
 * Escaping for every place untrusted text (a tag, a failure detail, a certificate's identity) is
 * shown: GitHub Markdown (issues, comments, job summaries), HTML inside a job summary, and Slack.
 * Each escaper keeps the text on one line and leaves nothing that mentions, links, opens or closes
 * a code span, or breaks a table row. A zero-width space (U+200B) is what GitHub and Slack leave
 * unlinked; it goes only where a mention or a link would start, never inside words or codes.
 */
const ZWSP = '\u200b';

/** Every line terminator a renderer may honour, a lone `\r` and the Unicode separators included. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * `@user`, `@org/team`, an e-mail address (`a@-x.com` is one to GitHub's autolinker), and the at-signs
 * people read as one; GitHub and Slack mention and link on the plain `@`.
 */
const MENTION = /([@\uFF20\uFE6B])(?=[\p{L}\p{N}_.-])/gu;

/** `#123` and `GH-123` become issue links on GitHub. */
const ISSUE_REFERENCE = /(#|\bGH-)(?=\d)/gi;

/**
 * What GitHub's autolinker takes for a link: a scheme or `www.`. Slack also links a bare host (`evil.com`).
 */
const SCHEME = /:(?=\/\/)/g;
const WWW = /(www)\./gi;
const HOST_DOT = /(?<=[\p{L}\p{N}-])\.(?=\p{L}{2,})/gu;

function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}

/** Breaks bare URLs so GitHub does not link them; the text still reads the same. */
function unlinked(text: string): string {
  return text.replace(SCHEME, `:${ZWSP}`).replace(WWW, `$1${ZWSP}.`);
}

/** Slack links host names too. */
function unlinkedForSlack(text: string): string {
  return unlinked(text).replace(HOST_DOT, `.${ZWSP}`);
}

function unmentioned(text: string): string {
  return text.replace(MENTION, `$1${ZWSP}`);
}

/**
 * Slack text outside formatting, e.g. the plain-text `text` fallback of a Block Kit message: `&<>`
 * as entities (no `<!channel>`, `<@U123>` or `<url|label>`), no bare mention or link, one line.
 * Formatting characters are kept, so a failure code such as `subject_mismatch` stays verbatim.
 */
export function escapeSlackText(text: string): string {
  const entities = oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return unlinkedForSlack(unmentioned(entities));
}

/**
 * Slack mrkdwn: escapeSlackText, and the formatting characters fenced by zero-width spaces, so
 * untrusted text can neither start bold or italics nor open or close a code span.
 */
export function escapeMrkdwn(text: string): string {
  return escapeSlackText(text).replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
}

/** A Slack link to an http(s) URL, or the URL as escaped text when it is anything else. */
export function slackLink(url: string, label: string): string {
  if (!isWebUrl(url)) return escapeMrkdwn(url);
  return `<${new URL(url).href.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * GitHub Markdown: backslash-escape what makes links, images, emphasis, code, tables or HTML
 * (`&` too, so `&#64;` cannot become an `@`), break mentions, issue references and bare URLs,
 * and keep the text on one line so it cannot leave a table row.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(/[\\`*_{}[\]()#+!|<>~&]/g, (c) => `\\${c}`);
  return unlinked(unmentioned(escaped)).replace(ISSUE_REFERENCE, `$1${ZWSP}`);
}

/**
 * A Markdown code span holding `text` verbatim: the fence is one backtick longer than the longest
 * run inside, so no backtick in the text can close it. Not for table cells (a `|` splits them).
 */
export function markdownCode(text: string): string {
  const content = oneLine(text);
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${codeSpanPadded(content)}${fence}`;
}

/**
 * CommonMark strips one space from each end when both have one, unless the span is all spaces; a backtick at
 * either end would join the fence.
 */
function codeSpanPadded(content: string): string {
  if (content === '') return ' ';
  // The lookahead finds the non-space once; `.*\S.*` tried every split of the line between its two runs.
  if (/^`|`$/.test(content) || /^ (?=.*\S).* $/.test(content)) return ` ${content} `;
  return content;
}

/** A Markdown link to an http(s) URL, or the URL as escaped text when it is anything else. */
export function markdownLink(url: string, label: string): string {
  if (!isWebUrl(url)) return escapeMarkdown(url);
  return `[${escapeMarkdown(label)}](<${new URL(url).href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/**
 * Text inside HTML a job summary renders: entities for markup, one line (a blank line would end the
 * HTML block and the rest would be read as Markdown), and no mention or issue reference.
 */
export function escapeHtml(text: string): string {
  const entities = oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return unmentioned(entities).replace(ISSUE_REFERENCE, `$1${ZWSP}`);
}

function isWebUrl(url: string): boolean {
  return URL.canParse(url) && ['https:', 'http:'].includes(new URL(url).protocol);
}
