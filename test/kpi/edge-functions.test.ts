import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  createClient,
  FunctionsHttpError,
  type SupabaseClient,
  type WebSocketLikeConstructor,
} from '@supabase/supabase-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postAtMostOnce } from '../../src/adapters/slack/index.js';
import { kpiEvent } from '../../src/core/kpi/index.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
import { DENO, REPO_ROOT } from '../support/supabase/deno-function.js';
import { startSupabaseStack, type SupabaseStack } from '../support/supabase/stack.js';

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

describe('ops-slack-notify under Deno', () => {
  const message = {
    text: 'provenance rejected: v1.0.0 (subject_mismatch)',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'rejected' } }],
  };

  it('forwards the message to the webhook and answers delivered:true', async () => {
    slack.received.length = 0;
    slack.reply({ kind: 'ok' });
    expect(
      await client(stack.serviceRoleKey).functions.invoke('ops-slack-notify', { body: message }),
    ).toMatchObject({ error: null, data: { delivered: true } });
    expect(slack.received).toEqual([message]);
  });

  it('is the Slack destination notify-on-failure posts to (query, apikey and bearer as the notify action sends them)', async () => {
    slack.reply({ kind: 'ok' });
    const url = `${stack.url}/functions/v1/ops-slack-notify?range=latest&source=provenance-validate`;
    const headers = { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}` };
    expect(await postAtMostOnce(url, message, headers)).toMatchObject({ delivered: true, status: 200 });
    slack.reply({ kind: 'status', status: 404, body: 'channel_not_found' });
    expect(await postAtMostOnce(url, message, headers)).toMatchObject({
      delivered: false,
      detail: expect.stringContaining('channel_not_found'),
    });
  });

  it('answers delivered:false on a non-2xx answer, never echoing the webhook URL', async () => {
    slack.reply({ kind: 'status', status: 410, body: 'channel_is_archived' });
    const { data } = await client(stack.serviceRoleKey).functions.invoke('ops-slack-notify', {
      body: message,
    });
    expect(data).toEqual({ delivered: false, status: 410, error: 'channel_is_archived' });
  });

  it('rejects a message without text with 400 and the path, and the anon key with 401', async () => {
    expect(await rejection({ blocks: [] }, stack.serviceRoleKey, 'ops-slack-notify')).toMatchObject({
      status: 400,
      body: { path: 'text' },
    });
    expect(await rejection(message, stack.anonKey, 'ops-slack-notify')).toMatchObject({ status: 401 });
  });

  it('answers delivered:false when the webhook cannot be reached', async () => {
    await slack.close();
    const { data } = await client(stack.serviceRoleKey).functions.invoke('ops-slack-notify', {
      body: message,
    });
    expect(data).toEqual({ delivered: false, status: null, error: 'transport error' });
    expect(JSON.stringify(data)).not.toContain('127.0.0.1');
  });
});
