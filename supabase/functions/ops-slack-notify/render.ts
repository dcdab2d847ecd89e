import { type FailureCode, headlineOf, runbookLink } from './catalog.ts';

/** The most characters Slack takes in one section's text. */
const MAX_SECTION = 3_000;
/** The longest link kept, once normalised: two of them and the runbook's fit in one section. */
const MAX_LINK = 1_000;
const ZWSP = '\u200b';

/** Every line terminator a renderer may honour, other control characters, and bidirectional overrides. */
const UNPRINTABLE = /\r\n|[\p{Cc}\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** `@channel`, `@here`, `@user`, and the at-signs people read as one. */
const MENTION = /([@\uFF20\uFE6B])(?=[\p{L}\p{N}_.-])/gu;
/** What Slack turns into a link by itself: a scheme, `www.`, a bare host name. */
const SCHEME = /:(?=\/\/)/g;
const WWW = /(www)\./gi;
const HOST_DOT = /(?<=[\p{L}\p{M}\p{N}-])\.(?=\p{L}{2,})/gu;

/**
 * The one escaper of this function: every string a caller sent is shown through it. `&<>` become entities,
 * so no `<!channel>`, `<@U123>`, `<!subteam^…>` or `<url|label>` can be formed; the text stays on one line;
 * bare mentions and links are broken by a zero-width space; and `*_~\`` are fenced by zero-width spaces,
 * so the text can neither start bold or italics nor open or close a code span.
 */
export function escapeMrkdwn(text: string): string {
  // NFKC first: a combining accent or a full-width stop cannot hide a host name from the rules below.
  return text
    .normalize('NFKC')
    .replace(UNPRINTABLE, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, `$1${ZWSP}`)
    .replace(SCHEME, `:${ZWSP}`)
    .replace(WWW, `$1${ZWSP}.`)
    .replace(HOST_DOT, `.${ZWSP}`)
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
}

/** As much of `text`, escaped, as fits in `budget` characters; cut text ends with `…`. */
function escapedWithin(text: string, budget: number): string {
  for (let kept = text; ; kept = kept.slice(0, Math.floor(kept.length * 0.9))) {
    const escaped = escapeMrkdwn(kept);
    if (kept === text && escaped.length <= budget) return escaped;
    if (escaped.length < budget) return `${escaped}…`;
  }
}

/**
 * `link` when it is a page of `repository` on the GitHub server `server` (an origin): same scheme and host,
 * no credentials, a path inside `/<repository>/` once `..` is resolved, no query or fragment, and at most
 * MAX_LINK characters. Returned normalised, ready to sit inside `<…|label>`; null for anything else.
 */
export function repositoryLink(link: string, server: string, repository: string): string | null {
  if (!URL.canParse(link)) return null;
  const url = new URL(link);
  if (url.origin !== server || url.username || url.password || url.search || url.hash) return null;
  if (!url.pathname.toLowerCase().startsWith(`/${repository.toLowerCase()}/`)) return null;
  const href = `${url.origin}${url.pathname.replace(/[&|<>]/g, encodeURIComponent)}`;
  return href.length <= MAX_LINK ? href : null;
}

export interface ReleaseFailure {
  readonly repository: string;
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly failureReason: FailureCode;
  readonly detail: string | null;
  /** Already checked by `repositoryLink`. */
  readonly runLink: string;
  readonly artifactLink: string | null;
}

export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Record<string, unknown>[];
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

/**
 * What the sender is: the last block of every message, whatever it announces. `repository` is the ingest
 * token's, or the one an operator named.
 */
function stamped(message: SlackMessage, stamp: string): SlackMessage {
  const origin = { type: 'context', elements: [{ type: 'plain_text', text: stamp }] };
  return { text: message.text, blocks: [...message.blocks, origin] };
}

/**
 * A release failure as notify-on-failure announces it: the headline and the failure code (a closed set,
 * verbatim), the repository and tag, the detail, the run and artifact links, the runbook. Three sections,
 * each within Slack's limit whatever the lengths the schema lets through.
 */
export function renderReleaseFailure(notice: ReleaseFailure, stamp: string): SlackMessage {
  const e = escapeMrkdwn;
  const headline = headlineOf(notice.failureReason);
  const blocks = [
    section(
      `*${headline}* for *${e(notice.repository)}* tag \`${e(notice.tag)}\`\n*Reason:* \`${notice.failureReason}\``,
    ),
  ];
  if (notice.detail !== null)
    blocks.push(section(`*Detail:* ${escapedWithin(notice.detail, MAX_SECTION - 20)}`));
  const links = [
    `*Run:* <${notice.runLink}|${notice.runId} (attempt ${notice.runAttempt})>`,
    notice.artifactLink === null ? null : `*Artifact:* <${notice.artifactLink}|artifact>`,
    `*Runbook:* <${runbookLink(notice.failureReason)}|${notice.failureReason}>`,
  ];
  blocks.push(section(links.filter((line) => line !== null).join('\n')));
  const text = `${headline} for ${e(notice.repository)} ${e(notice.tag)}: ${notice.failureReason} (run ${notice.runId})`;
  return stamped({ text, blocks }, stamp);
}

/** An operator's check of the way to the channel: nothing but the repository and the stamp. */
export function renderPathTest(repository: string, stamp: string): SlackMessage {
  const text = `Notification path test for ${escapeMrkdwn(repository)}`;
  return stamped({ text, blocks: [section(text)] }, stamp);
}
