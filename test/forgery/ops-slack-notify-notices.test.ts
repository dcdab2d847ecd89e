import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNBOOKS_URL } from '../../supabase/functions/ops-slack-notify/catalog.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { startSupabaseStack, type SupabaseStack } from '../support/supabase/stack.js';

let stack: SupabaseStack;
let slack: SlackServer;
let sql: postgres.Sql;
let token: string;

beforeAll(async () => {
  slack = await startSlackServer();
  stack = await startSupabaseStack({ slackWebhookUrl: slack.url });
  sql = postgres(stack.postgres.url, { max: 1, onnotice: () => {} });
  const [created] = await sql<
    { token: string }[]
  >`select token from kpi_auth.create_ingest_token('acme/app', 7)`;
  token = created!.token;
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await stack?.stop();
  await slack?.close();
});

const RUN = 'https://github.com/acme/app/actions/runs/42';
const notice = {
  kind: 'release_failure',
  repository: 'acme/app',
  tag: 'v1.0.0',
  run_id: 42,
  run_attempt: 1,
  failure_reason: 'subject_mismatch',
  links: { run: RUN },
};
const ZWSP = '\u200b';

interface Message {
  readonly text: string;
  readonly blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[];
}

/** POSTs the raw `body` to the function through the gateway with `key`, as notify does. */
async function send(
  body: unknown,
  key = token,
): Promise<{ status: number; body: unknown; posted: Message[] }> {
  slack.received.length = 0;
  slack.reply({ kind: 'ok' });
  const response = await fetch(`${stack.url}/functions/v1/ops-slack-notify`, {
    method: 'POST',
    headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), posted: [...slack.received] as Message[] };
}

/** The function's own links, `<url|label>`: the run and artifact pages of acme/app, and its runbooks. */
const OWN_LINK = new RegExp(
  `<(?:https://github\\.com/acme/app/[^|<>\\s]*|${RUNBOOKS_URL.replace(/[.]/g, '\\.')}[a-z_]+\\.md)\\|[^<>]*>`,
  'g',
);

/** The parts of a message a caller's strings end up in: the tag, the detail, and the plain-text fallback. */
function callerParts(message: Message): string[] {
  const [first, ...rest] = message.blocks.map((b) => b.text?.text ?? '');
  const tag = /tag `(.*)`\n\*Reason:\* `[a-z_]+`$/su.exec(first ?? '')?.[1];
  const detail = rest.map((text) => /^\*Detail:\* (.*)$/su.exec(text)?.[1]).find((d) => d !== undefined);
  const fallback = / for acme\/app (.*): [a-z_]+ \(run \d+\)$/su.exec(message.text)?.[1];
  return [tag, detail, fallback].filter((part): part is string => part !== undefined);
}

/** What a Slack client would turn into a mention, a link, formatting or another line. */
function liveMarkup(message: Message): string[] {
  const found: string[] = [];
  const texts = [message.text, ...message.blocks.map((b) => b.text?.text ?? '')];
  for (const text of texts) {
    const outside = text.replace(OWN_LINK, '');
    if (/[<>]/.test(outside)) found.push(`an angle bracket: ${outside}`);
    if (/[@\uff20\ufe6b][\p{L}\p{N}_.-]/u.test(outside)) found.push(`a mention: ${outside}`);
    if (/:\/\//.test(outside)) found.push(`a scheme: ${outside}`);
    if (/www\./i.test(outside)) found.push(`a www host: ${outside}`);
    if (/[\p{L}\p{N}-]\.\p{L}{2,}/u.test(outside)) found.push(`a bare host: ${outside}`);
    if (/[\r\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text))
      found.push(`a line or direction: ${text}`);
  }
  for (const part of callerParts(message)) {
    const unfenced = part.replaceAll(new RegExp(`${ZWSP}[*_~\`]${ZWSP}`, 'g'), '');
    if (/[*_~`]/.test(unfenced)) found.push(`formatting: ${part}`);
    if (/\n/.test(part)) found.push(`a line break: ${part}`);
  }
  return found;
}

const HOSTILE = [
  ['a channel mention', '<!channel> <!here> <!everyone>'],
  ['a user mention', '<@U0123ABC> <@W0123|boss>'],
  ['a group mention', '<!subteam^S0123|@ops>'],
  ['a date token', '<!date^1392734382^{date}|x>'],
  ['bare mentions', '@here @channel @everyone @U0123 ＠here ﹫channel'],
  ['entities that spell a mention', '&lt;!channel&gt; &#60;!here&#62; &amp;lt;@U1&amp;gt;'],
  ['a masked link', '<https://evil.test/phish|Approve the release>'],
  ['a scheme link', 'https://evil.test/x http://evil.test ftp://evil.test'],
  ['a www link', 'www.evil.test WWW.EVIL.TEST'],
  ['a bare host', 'evil.com login.evil-corp.co.uk'],
  ['an e-mail address', 'mailto:ops@evil.com ops@evil.com'],
  ['bold, italics and strike', '*Provenance verified* _all good_ ~rejected~'],
  ['code spans and blocks', '`x` ```block``` `'],
  ['a quote', '> Provenance verified &gt; ok'],
  ['line breaks of every kind', 'a\nb\r\nc\rd\u2028e\u2029f\u0085g\u000bh\u000ci'],
  ['direction overrides', '\u202eevil\u202c \u2066x\u2069'],
  ['a fake runbook link', `<${RUNBOOKS_URL}subject_mismatch.md|runbook>`],
  ['a fake run link', `<${RUN}|42 (attempt 1)>`],
] as const;

describe('ops-slack-notify: whatever a caller sends, the message carries no live markup', () => {
  it.each(HOSTILE)('renders %s in the detail inert', async (_what, text) => {
    const answer = await send({ ...notice, detail: text });
    expect(answer.status).toBe(200);
    expect(answer.posted).toHaveLength(1);
    expect(liveMarkup(answer.posted[0]!)).toEqual([]);
  });

  it.each(HOSTILE.filter(([, text]) => !/\p{Cc}/u.test(text)))(
    'renders %s in the tag inert',
    async (_what, text) => {
      const answer = await send({ ...notice, tag: text });
      expect(answer.status).toBe(200);
      expect(liveMarkup(answer.posted[0]!)).toEqual([]);
    },
  );

  it('keeps each section within 3,000 characters when every character of tag and detail expands', async () => {
    for (const c of ['&', '*', '@a', 'a.bc', '<', 'www.']) {
      const answer = await send({
        ...notice,
        tag: c.repeat(Math.floor(255 / c.length)),
        detail: c.repeat(Math.floor(2_000 / c.length)),
        links: { run: `${RUN}/${'|'.repeat(300)}`, artifact: `${RUN}/${'&'.repeat(300)}` },
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const [message] = answer.posted;
      for (const block of message!.blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3_000);
      expect(liveMarkup(message!)).toEqual([]);
    }
  });

  it.each([
    ['a tag of 256 characters', { tag: 'v'.repeat(256) }, 'tag'],
    ['a detail of 2,001 characters', { detail: 'x'.repeat(2_001) }, 'detail'],
    ['an empty detail', { detail: '' }, 'detail'],
    [
      'a run link of 1,001 characters',
      { links: { run: `${RUN}/${'a'.repeat(1_001 - RUN.length - 1)}` } },
      'links.run',
    ],
    ['a tag with a tab', { tag: 'v1\tv2' }, 'tag'],
    ['a tag with a NUL', { tag: 'v1\u0000' }, 'tag'],
    ['a run id that is not a safe integer', { run_id: 2 ** 53 }, 'run_id'],
    ['a run id as text', { run_id: '42' }, 'run_id'],
    ['a repository with a newline', { repository: 'acme/app\n' }, 'repository'],
    ['a failure code in another case', { failure_reason: 'SUBJECT_MISMATCH' }, 'failure_reason'],
  ])('refuses %s with 400, posting nothing', async (_what, fields, path) => {
    const answer = await send({ ...notice, ...fields });
    expect(answer).toMatchObject({ status: 400, body: { path } });
    expect(answer.posted).toEqual([]);
  });

  it.each([
    ['a link with an encoded climb', 'https://github.com/acme/app/%2e%2e/%2E%2E/mallory/app/x'],
    ['a link with a backslash climb', 'https://github.com/acme/app\\..\\..\\mallory\\x'],
    ['a link to a host that ends with a dot', 'https://github.com./acme/app/x'],
    ['a link with a user', 'https://acme@github.com/acme/app/x'],
    ['a link with a query of one character', 'https://github.com/acme/app/x?a'],
    ['a link to a look-alike host', 'https://github.com\u2024evil.test/acme/app/x'],
    ['a javascript link', 'javascript:alert(1)//https://github.com/acme/app/x'],
    ['a data link', 'data:text/html,https://github.com/acme/app/x'],
    ['a link of a repository the name starts with', 'https://github.com/acme/app-evil/x'],
    ['a protocol-relative link', '//github.com/acme/app/x'],
  ])('refuses %s with 400, posting nothing', async (_what, run) => {
    const answer = await send({ ...notice, links: { run } });
    expect(answer).toMatchObject({ status: 400, body: { path: 'links.run' } });
    expect(answer.posted).toEqual([]);
  });

  it.each([
    ['a label separator and a mention', 'https://github.com/acme/app/x|<!channel>'],
    ['a closing bracket', 'https://github.com/acme/app/x>more'],
    ['entities', 'https://github.com/acme/app/x&lt;!channel&gt;'],
    ['spaces and a mention', 'https://github.com/acme/app/x @here'],
    ['a zero-width space', 'https://github.com/acme/app/x\u200b|y'],
  ])('keeps a link with %s one link of acme/app, with the function’s label', async (_what, run) => {
    const answer = await send({ ...notice, links: { run } });
    expect(answer.status).toBe(200);
    const links = answer.posted[0]!.blocks.at(-2)!.text!.text;
    const [runLine] = links.split('\n');
    expect(runLine).toMatch(/^\*Run:\* <https:\/\/github\.com\/acme\/app\/[^|<>\s]*\|42 \(attempt 1\)>$/);
    expect(liveMarkup(answer.posted[0]!)).toEqual([]);
  });

  it('refuses caller keys hidden under "__proto__", posting nothing of theirs', async () => {
    const body = JSON.stringify(notice).replace(
      /}$/,
      ',"__proto__":{"text":"<!channel>","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"<!here>"}}]}}',
    );
    const answer = await send(body);
    expect(
      answer.posted.flatMap((m) => [m.text, ...m.blocks.map((b) => b.text?.text ?? '')]).join('\n'),
    ).not.toMatch(/<!(channel|here)>/);
    expect(answer.status).toBe(400);
  });

  it('takes the last of two "kind" keys and still accepts only a notice', async () => {
    const body = JSON.stringify({ ...notice, text: undefined }).replace(
      '{',
      '{"kind":"announcement","text":"<!channel>",',
    );
    const answer = await send(body);
    expect(answer).toMatchObject({ status: 400 });
    expect(answer.posted).toEqual([]);
  });
});

describe('ops-slack-notify: a notice speaks for the ingest token’s repository only', () => {
  it.each([
    ['another repository', 'acme/other'],
    ['the repository in another case', 'ACME/app'],
    ['the repository with a trailing dot', 'acme/app.'],
    ['the repository under another owner', 'mallory/app'],
  ])('refuses a notice for %s with 403, posting nothing', async (_what, repository) => {
    const run = `https://github.com/${repository}/actions/runs/42`;
    const answer = await send({ ...notice, repository, links: { run } });
    expect(answer).toMatchObject({ status: 403, body: { path: 'repository' } });
    expect(answer.posted).toEqual([]);
  });

  it('refuses a path test for another repository, and stamps its own with the token’s', async () => {
    expect(await send({ kind: 'path_test', repository: 'acme/other' })).toMatchObject({ status: 403 });
    const own = await send({ kind: 'path_test', repository: 'acme/app' });
    expect(own.posted[0]!.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'plain_text', text: 'Sent with the ingest token of acme/app' }],
    });
  });

  it('refuses a link into another repository from the token’s own notice', async () => {
    const answer = await send({
      ...notice,
      links: { run: RUN, artifact: 'https://github.com/acme/other/x' },
    });
    expect(answer).toMatchObject({ status: 400, body: { path: 'links.artifact' } });
  });

  it('renders an operator’s repository name that looks like hosts inert', async () => {
    const answer = await send(
      {
        ...notice,
        repository: 'www.evil.com/login.evil.com',
        links: { run: 'https://github.com/www.evil.com/login.evil.com/x' },
      },
      stack.serviceRoleKey,
    );
    expect(answer.status).toBe(200);
    const message = answer.posted[0]!;
    const texts = [message.text, ...message.blocks.slice(0, 1).map((b) => b.text?.text ?? '')];
    for (const text of texts) {
      expect(text).not.toMatch(/www\./i);
      expect(text).not.toMatch(/[\p{L}\p{N}-]\.\p{L}{2,}/u);
    }
  });
});

describe('ops-slack-notify: a host name whose last label letter carries a combining mark', () => {
  // `login-evilé.com` with the accent decomposed (e + U+0301) is the same host name as the composed one, which
  // is broken at its dot; the mark before the dot keeps this spelling whole.
  it('breaks the bare host name at its dot, as it does the composed spelling', async () => {
    for (const host of ['login-evil\u00e9.com', 'login-evile\u0301.com']) {
      const answer = await send({ ...notice, detail: `see ${host} now` });
      expect(answer.status).toBe(200);
      const detail = answer.posted[0]!.blocks[1]!.text!.text;
      expect(detail, `${host} reaches the channel unbroken`).toContain(`.${ZWSP}com`);
    }
  });
});
