import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import {
  createClient,
  FunctionsHttpError,
  type SupabaseClient,
  type WebSocketLikeConstructor,
} from '@supabase/supabase-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpoolSink } from '../../src/adapters/kpi/index.js';
import { postAtMostOnce } from '../../src/adapters/slack/index.js';
import { notifyFailure } from '../../src/commands/notify/index.js';
import { FAILURE_CODES, PACKAGE_RUNBOOK_ORIGIN, runbookFile } from '../../src/core/errors/index.js';
import { kpiEvent } from '../../src/core/kpi/index.js';
import { headlineOf } from '../../src/core/notify/index.js';
import {
  FAILURE_CODES as FUNCTION_CODES,
  headlineOf as functionHeadline,
  RUNBOOKS_URL,
} from '../../supabase/functions/ops-slack-notify/catalog.js';
import { startGitHubEmulator } from '../emulator/emulator.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { DENO, REPO_ROOT } from '../support/supabase/deno-function.js';
import { startSupabaseStack, type SupabaseStack } from '../support/supabase/stack.js';

const GH_TOKEN = 'ghs_edgeFunctionNotify0123456789abcdef';
let stack: SupabaseStack;
let slack: SlackServer;
let sql: postgres.Sql;

beforeAll(async () => {
  slack = await startSlackServer();
  stack = await startSupabaseStack({ slackWebhookUrl: slack.url });
  sql = postgres(stack.postgres.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql?.end();
  await stack?.stop();
  await slack?.close();
});

/** The real client, as a caller holding `key` would make it. */
const client = (key: string): SupabaseClient =>
  createClient(stack.url, key, {
    auth: { persistSession: false },
    realtime: { transport: class {} as unknown as WebSocketLikeConstructor },
  });
const event = (runId: number, metric = 'notify.failures' as const) =>
  kpiEvent(
    {
      repository: 'acme/app',
      tag: 'v1.0.0',
      run_id: runId,
      run_attempt: 1,
      occurred_at: '2026-11-24T10:00:00Z',
    },
    { metric, value: 1 },
  );
const validation = {
  repository: 'acme/app',
  tag: 'v1.0.0',
  run_id: 9,
  run_attempt: 2,
  status: 'failure',
  verified_at: null,
  failure_reason: 'subject_mismatch',
};

async function rejection(
  body: unknown,
  key = stack.serviceRoleKey,
  name = 'provenance-validate',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { error } = await client(key).functions.invoke(name, { body: body as Record<string, unknown> });
  expect(error).toBeInstanceOf(FunctionsHttpError);
  const response = (error as FunctionsHttpError).context as Response;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('provenance-validate under Deno, through the functions gateway', () => {
  it('stores a validation and a batch of events, counting a duplicate once', async () => {
    const events = [event(1), event(2), event(1)];
    const first = await client(stack.serviceRoleKey).functions.invoke('provenance-validate', {
      body: { validation, events },
    });
    expect(first).toMatchObject({
      error: null,
      data: { validation: { inserted: 1, duplicate: 0 }, events: { inserted: 2, duplicate: 1 } },
    });
    expect(first.response?.status).toBe(201);
    const again = await client(stack.serviceRoleKey).functions.invoke('provenance-validate', {
      body: { validation, events },
    });
    expect(again).toMatchObject({
      error: null,
      data: { validation: { inserted: 0, duplicate: 1 }, events: { inserted: 0, duplicate: 3 } },
    });
    expect(again.response?.status).toBe(200);
    expect(
      await sql`select run_id::int, count(*)::int as n from kpi.events group by run_id order by run_id`,
    ).toEqual([
      { run_id: 1, n: 1 },
      { run_id: 2, n: 1 },
    ]);
    expect(await sql`select status, failure_reason, run_attempt from kpi.validations`).toEqual([
      { status: 'failure', failure_reason: 'subject_mismatch', run_attempt: 2 },
    ]);
  });

  it.each([
    [{ events: [{ ...event(3), metric: 'notify.fail' }] }, 'events.0.metric'],
    [{ events: [event(3), { ...event(4), value: 'one' }] }, 'events.1.value'],
    [{ validation: { ...validation, run_id: -1 } }, 'validation.run_id'],
    [{ validation: { ...validation, status: 'passed' } }, 'validation.status'],
    [{ events: [{ ...event(3), occurred_at: 'yesterday' }] }, 'events.0.occurred_at'],
    [{ events: [event(3)], extra: true }, ''],
    [{}, ''],
  ])('rejects %j with 400 naming %s', async (body, path) => {
    const { status, body: answer } = await rejection(body);
    expect(status).toBe(400);
    expect(answer).toMatchObject({ code: 400, path });
    expect(answer.message).toEqual(expect.stringContaining(path || '(body)'));
  });

  it('answers 401 without the service role key or an ingest token: a foreign JWT, the anon key, no header', async () => {
    for (const key of [stack.foreignKey, stack.anonKey]) {
      expect(await rejection({ events: [event(5)] }, key)).toEqual({
        status: 401,
        body: { code: 401, message: 'Invalid JWT: the service role key or an ingest token is required' },
      });
    }
    const bare = await fetch(`${stack.url}/functions/v1/provenance-validate`, { method: 'POST', body: '{}' });
    expect([bare.status, await bare.json()]).toEqual([
      401,
      { code: 401, message: 'Missing authorization header' },
    ]);
    expect((await sql`select count(*)::int as n from kpi.events where run_id = 5`)[0]!.n).toBe(0);
  });

  it('type-checks under deno check', async () => {
    const entries = ['provenance-validate', 'ops-slack-notify'].map(
      (name) => `supabase/functions/${name}/index.ts`,
    );
    await expect(
      promisify(execFile)(DENO, ['check', ...entries], {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      }),
    ).resolves.toBeDefined();
  });
});

describe('ops-slack-notify: the function writes the message, the caller sends only the failure', () => {
  const RUN = 'https://github.com/acme/app/actions/runs/42';
  const RUNBOOK = `${RUNBOOKS_URL}subject_mismatch.md`;
  const notice = {
    kind: 'release_failure',
    repository: 'acme/app',
    tag: 'v1.0.0',
    run_id: 42,
    run_attempt: 1,
    failure_reason: 'subject_mismatch',
    links: { run: RUN },
  };
  const stamp = (text: string) => ({ type: 'context', elements: [{ type: 'plain_text', text }] });
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
  let token: string;

  beforeAll(async () => {
    const [created] = await sql<
      { token: string }[]
    >`select token from kpi_auth.create_ingest_token('acme/app', 7)`;
    token = created!.token;
  });

  /** POSTs `body` to the function through the gateway with `key`, as notify does. */
  async function send(body: unknown, key = token): Promise<{ status: number; body: unknown }> {
    slack.received.length = 0;
    slack.reply({ kind: 'ok' });
    const response = await fetch(`${stack.url}/functions/v1/ops-slack-notify`, {
      method: 'POST',
      headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }
  const texts = () =>
    (slack.received as { text: string; blocks: { text?: { text: string } }[] }[]).flatMap((m) => [
      m.text,
      ...m.blocks.flatMap((b) => (b.text ? [b.text.text] : [])),
    ]);

  it('renders the failure as Block Kit and ends it with the ingest token’s repository', async () => {
    expect(await send(notice)).toEqual({ status: 200, body: { delivered: true } });
    expect(slack.received).toEqual([
      {
        text: 'Provenance rejected for acme/app v1.0.0: subject_mismatch (run 42)',
        blocks: [
          section('*Provenance rejected* for *acme/app* tag `v1.0.0`\n*Reason:* `subject_mismatch`'),
          section(`*Run:* <${RUN}|42 (attempt 1)>\n*Runbook:* <${RUNBOOK}|subject_mismatch>`),
          stamp('Sent with the ingest token of acme/app'),
        ],
      },
    ]);
  });

  it('says "Release build failed" for a build failure, with its detail and the artifact page', async () => {
    const artifact = 'https://github.com/acme/app/actions/runs/42/artifacts/7';
    const body = {
      ...notice,
      failure_reason: 'build_failed',
      detail: 'npm ci: exit 1',
      links: { run: RUN, artifact },
    };
    expect(await send(body)).toEqual({ status: 200, body: { delivered: true } });
    const [message] = slack.received as { blocks: { text?: { text: string } }[] }[];
    expect(message!.blocks.map((b) => b.text?.text)).toEqual([
      '*Release build failed* for *acme/app* tag `v1.0.0`\n*Reason:* `build_failed`',
      '*Detail:* npm ci: exit 1',
      `*Run:* <${RUN}|42 (attempt 1)>\n*Artifact:* <${artifact}|artifact>\n*Runbook:* <${RUNBOOKS_URL}build_failed.md|build_failed>`,
      undefined,
    ]);
  });

  it.each([
    ['free text, as the function took before', { text: '<!channel> deploy now' }, 'kind'],
    ['free text next to a notice', { ...notice, text: 'hello' }, ''],
    ['attachments', { ...notice, attachments: [{ text: '<!channel>' }] }, ''],
    ['blocks of the caller’s', { ...notice, blocks: [section('<!here>')] }, ''],
    ['a stamp of the caller’s', { ...notice, stamp: 'Sent by the security team' }, ''],
    ['a kind the function does not know', { ...notice, kind: 'announcement' }, 'kind'],
    ['a failure code outside the catalog', { ...notice, failure_reason: 'all_good' }, 'failure_reason'],
    ['a newline in the tag', { ...notice, tag: 'v1.0.0\n*Reason:* `none`' }, 'tag'],
    [
      'a link of another host',
      { ...notice, links: { run: 'https://evil.test/acme/app/actions/runs/42' } },
      'links.run',
    ],
    [
      'a link of another repository',
      { ...notice, links: { run: 'https://github.com/acme/other/actions/runs/42' } },
      'links.run',
    ],
    [
      'a link that climbs out of the repository',
      { ...notice, links: { run: 'https://github.com/acme/app/../other/x' } },
      'links.run',
    ],
    [
      'the repository page itself, not a page inside it',
      { ...notice, links: { run: 'https://github.com/acme/app' } },
      'links.run',
    ],
    ['a link with a query', { ...notice, links: { run: `${RUN}?next=https://evil.test` } }, 'links.run'],
    [
      'a link with credentials',
      { ...notice, links: { run: 'https://u:p@github.com/acme/app/actions/runs/42' } },
      'links.run',
    ],
    [
      'a link over http',
      { ...notice, links: { run: 'http://github.com/acme/app/actions/runs/42' } },
      'links.run',
    ],
    ['a masked link as a link', { ...notice, links: { run: `<https://evil.test|${RUN}>` } }, 'links.run'],
    [
      'an artifact link of another host',
      { ...notice, links: { run: RUN, artifact: 'https://evil.test/a.zip' } },
      'links.artifact',
    ],
    [
      'a link the notice does not define',
      { ...notice, links: { run: RUN, issue: 'https://evil.test' } },
      'links',
    ],
  ])('refuses %s with 400 naming %j, and posts nothing', async (_label, body, path) => {
    const answer = await send(body);
    expect(answer).toMatchObject({ status: 400, body: { code: 400, path } });
    expect(slack.received).toEqual([]);
  });

  it('refuses, with 403, a notice for another repository than the ingest token’s', async () => {
    expect(
      await send({
        ...notice,
        repository: 'acme/other',
        links: { run: 'https://github.com/acme/other/actions/runs/42' },
      }),
    ).toMatchObject({
      status: 403,
      body: { path: 'repository' },
    });
    expect(slack.received).toEqual([]);
  });

  it('renders every caller string inert: no mention, masked link, formatting or extra line can be formed', async () => {
    const tag = 'v1<!channel>';
    const detail =
      'see <https://evil.test|the fix> <@U0123> <!subteam^S0OPS|ops> @here\n*Run:* `x` _y_ ~z~ & www.evil.test';
    expect(await send({ ...notice, tag, detail })).toMatchObject({ status: 200, body: { delivered: true } });
    const Z = '\u200b';
    const fenced = (c: string) => `${Z}${c}${Z}`;
    expect(texts()).toEqual([
      `Provenance rejected for acme/app v1&lt;!channel&gt;: subject_mismatch (run 42)`,
      `*Provenance rejected* for *acme/app* tag \`v1&lt;!channel&gt;\`\n*Reason:* \`subject_mismatch\``,
      `*Detail:* see &lt;https:${Z}//evil.${Z}test|the fix&gt; &lt;@${Z}U0123&gt; &lt;!subteam^S0OPS|ops&gt; @${Z}here ` +
        `${fenced('*')}Run:${fenced('*')} ${fenced('`')}x${fenced('`')} ${fenced('_')}y${fenced('_')} ` +
        `${fenced('~')}z${fenced('~')} &amp; www${Z}.evil.${Z}test`,
      `*Run:* <${RUN}|42 (attempt 1)>\n*Runbook:* <${RUNBOOK}|subject_mismatch>`,
    ]);
    // The only `<…>` left are the function's own links.
    const links = texts().flatMap((text) => [...text.matchAll(/<([^>|]*)/g)].map((m) => m[1]));
    expect(links).toEqual([RUN, RUNBOOK]);
  });

  it('keeps a long detail within Slack’s 3,000 characters per section, whatever escaping adds', async () => {
    expect(await send({ ...notice, detail: '&'.repeat(2_000) })).toMatchObject({ status: 200 });
    const detail = texts()[2]!;
    expect(detail).toMatch(/^\*Detail:\* (&amp;)+…$/);
    expect(detail.length).toBeLessThanOrEqual(3_000);
  });

  it('takes the same notice from an operator, for any repository, stamped as the service role key’s', async () => {
    const run = 'https://github.com/acme/other/actions/runs/42';
    const answer = await send({ ...notice, repository: 'acme/other', links: { run } }, stack.serviceRoleKey);
    expect(answer).toEqual({ status: 200, body: { delivered: true } });
    const [message] = slack.received as { blocks: unknown[] }[];
    expect(message!.blocks.at(-1)).toEqual(stamp('Sent with the service role key, for acme/other'));
    expect(texts()[1]).toContain('*acme/other*');
    expect(await send({ text: 'free text' }, stack.serviceRoleKey)).toMatchObject({ status: 400 });
    expect(
      await send({ ...notice, links: { run: 'https://evil.test/x' } }, stack.serviceRoleKey),
    ).toMatchObject({
      status: 400,
      body: { path: 'links.run' },
    });
    expect(slack.received).toEqual([]);
  });

  it('stamps every message it posts, the path test included', async () => {
    const cases: [body: unknown, key: string, text: string, origin: string][] = [
      [
        { kind: 'path_test', repository: 'acme/app' },
        token,
        'Notification path test for acme/app',
        'Sent with the ingest token of acme/app',
      ],
      [
        { kind: 'path_test', repository: 'acme/ops' },
        stack.serviceRoleKey,
        'Notification path test for acme/ops',
        'Sent with the service role key, for acme/ops',
      ],
      [
        { ...notice, detail: 'x', links: { run: RUN, artifact: `${RUN}/artifacts/1` } },
        token,
        'Provenance rejected for acme/app v1.0.0: subject_mismatch (run 42)',
        'Sent with the ingest token of acme/app',
      ],
    ];
    for (const [body, key, text, origin] of cases) {
      expect(await send(body, key)).toMatchObject({ status: 200, body: { delivered: true } });
      expect(slack.received).toEqual([{ text, blocks: expect.any(Array) }]);
      const [message] = slack.received as { blocks: unknown[] }[];
      expect(message!.blocks.at(-1)).toEqual(stamp(origin));
    }
  });

  it('is the Slack destination notify-on-failure posts to (query, apikey and bearer as the notify action sends them)', async () => {
    slack.reply({ kind: 'ok' });
    const url = `${stack.url}/functions/v1/ops-slack-notify?range=latest&source=provenance-validate`;
    const headers = { apikey: token, authorization: `Bearer ${token}` };
    expect(await postAtMostOnce(url, notice, headers)).toMatchObject({ delivered: true, status: 200 });
    slack.reply({ kind: 'status', status: 404, body: 'channel_not_found' });
    expect(await postAtMostOnce(url, notice, headers)).toMatchObject({
      delivered: false,
      detail: expect.stringContaining('channel_not_found'),
    });
    expect(await postAtMostOnce(url, { text: 'hello' }, headers)).toMatchObject({
      outcome: 'refused',
      status: 400,
    });
  });

  it('notify-on-failure, end to end through the function with an ingest token, is delivered and redacted', async () => {
    const gh = await startGitHubEmulator({ tokens: { [GH_TOKEN]: ['issues:write'] } });
    try {
      gh.state.repos.create('acme/app');
      slack.received.length = 0;
      slack.reply({ kind: 'ok' });
      const octokit = new Octokit({ baseUrl: gh.url, auth: GH_TOKEN });
      const secret = 'canary-secret-5d2a';
      const result = await notifyFailure(
        {
          repository: { owner: 'acme', repo: 'app' },
          tag: 'v2.0.0',
          runId: 77,
          runAttempt: 2,
          actor: 'release-bot',
          runUrl: 'https://github.com/acme/app/actions/runs/77',
          artifactUrl: 'https://artifacts.example.test/app.zip',
          failureReason: 'signature_invalid',
          detail: `<!channel> certificate chain broken (${secret})`,
          runbookUrl:
            'https://github.com/provenance-guard/provenance-guard/blob/v1/docs/ops/runbooks/signature_invalid.md',
          slack: {
            url: `${stack.url}/functions/v1/ops-slack-notify?range=latest&source=provenance-validate`,
            headers: { apikey: token, authorization: `Bearer ${token}` },
            receiver: 'ops-slack-notify',
          },
          summary: null,
          opsMention: '@ops-team',
          claimId: 'notify-e2e',
          secrets: [secret],
        },
        {
          issues: { octokit, repository: { owner: 'acme', repo: 'app' } },
          store: null,
          kpi: new SpoolSink(join(mkdtempSync(join(tmpdir(), 'pg-kpi-')), 'kpi.jsonl')),
          now: () => new Date('2026-11-25T12:00:00Z'),
          log: () => {},
        },
      );
      expect(result).toMatchObject({ route: 'slack', slackOutcome: 'delivered' });
      expect(gh.state.issues.list('acme/app', { state: 'all' })).toHaveLength(0);
      expect(texts()).toEqual([
        'Provenance rejected for acme/app v2.0.0: signature_invalid (run 77)',
        '*Provenance rejected* for *acme/app* tag `v2.0.0`\n*Reason:* `signature_invalid`',
        `*Detail:* &lt;!channel&gt; certificate chain broken (${'\u200b*\u200b'.repeat(3)})`,
        `*Run:* <https://github.com/acme/app/actions/runs/77|77 (attempt 2)>\n*Runbook:* <${RUNBOOKS_URL}signature_invalid.md|signature_invalid>`,
      ]);
    } finally {
      await gh.close();
    }
  });
});

describe('ops-slack-notify answers', () => {
  const body = { kind: 'path_test', repository: 'acme/app' };

  it('delivered:false on a non-2xx answer, never echoing the webhook URL', async () => {
    slack.reply({ kind: 'status', status: 410, body: 'channel_is_archived' });
    const { data } = await client(stack.serviceRoleKey).functions.invoke('ops-slack-notify', { body });
    expect(data).toEqual({ delivered: false, status: 410, error: 'channel_is_archived' });
  });

  it('401 to the anon key', async () => {
    expect(await rejection(body, stack.anonKey, 'ops-slack-notify')).toMatchObject({ status: 401 });
  });

  it('delivered:false when the webhook cannot be reached', async () => {
    await slack.close();
    const { data } = await client(stack.serviceRoleKey).functions.invoke('ops-slack-notify', { body });
    expect(data).toEqual({ delivered: false, status: null, error: 'transport error' });
    expect(JSON.stringify(data)).not.toContain('127.0.0.1');
  });
});

describe('the function’s catalog', () => {
  it('has the failure codes of src/core/errors, each with src/core/notify’s headline', () => {
    expect([...FUNCTION_CODES]).toEqual([...FAILURE_CODES]);
    for (const code of FAILURE_CODES) expect(functionHeadline(code), code).toBe(headlineOf(code));
  });

  it('links runbooks that exist, in this project’s repository', () => {
    expect(RUNBOOKS_URL).toBe(`${PACKAGE_RUNBOOK_ORIGIN.repositoryUrl}/blob/main/docs/ops/runbooks/`);
    for (const code of FAILURE_CODES) expect(existsSync(`${REPO_ROOT}${runbookFile(code)}`), code).toBe(true);
  });
});
