import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupabaseSink } from '../../src/adapters/kpi/index.js';
import { runKpi } from '../../src/cli/kpi-command.js';
import { kpiEvent, type KpiEvent } from '../../src/core/kpi/index.js';
import { postAtMostOnce } from '../../src/adapters/slack/index.js';
import { startSlackServer, type SlackServer } from '../support/slack-server.js';
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

const NOW = new Date('2026-11-24T12:00:00Z');
let runId = 700;
const eventsFor = (repository: string, metrics: KpiEvent['metric'][] = ['notify.failures']): KpiEvent[] => {
  runId++;
  return metrics.map((metric) =>
    kpiEvent(
      { repository, tag: 'v1.0.0', run_id: runId, run_attempt: 1, occurred_at: '2026-11-24T11:00:00Z' },
      { metric, value: 1 },
    ),
  );
};
const rowsOf = (repository: string) =>
  sql`select count(*)::int as n from kpi.events where repository = ${repository}`.then(
    ([row]) => row!.n as number,
  );

async function createToken(
  repository: string,
  extra: string[] = [],
): Promise<{ id: number; token: string; expiresAt: string }> {
  const result = await runKpi(
    ['token', 'create', '--repository', repository, '--db-url', stack.postgres.url, '--json', ...extra],
    NOW,
    {},
  );
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as { id: number; token: string; expiresAt: string };
}

/** A raw POST with the headers supabase-js sends (`apikey` and a bearer of the same key). */
async function post(
  name: string,
  key: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.url}/functions/v1/${name}`, {
    method: 'POST',
    headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('kpi token create / revoke', () => {
  it('prints a pgk_ token once and stores only its SHA-256 and a short hint', async () => {
    const text = await runKpi(['token', 'create', '--repository', 'acme/hint', '--days', '30'], NOW, {
      SUPABASE_DB_URL: stack.postgres.url,
    });
    expect(text.stdout).toMatch(
      /^ingest token \d+ for acme\/hint, valid until \S+:\npgk_[0-9a-f]{64}\nIt is shown only this once/,
    );
    const token = /pgk_[0-9a-f]{64}/.exec(text.stdout)![0];
    const [row] =
      await sql`select encode(token_sha256, 'hex') as hash, hint, expires_at - created_at as validity, row_to_json(t)::text as everything
      from kpi_auth.ingest_tokens t where repository = 'acme/hint'`;
    expect(row).toMatchObject({ hint: token.slice(0, 10), validity: '30 days' });
    expect(row!.hash).toBe((await import('node:crypto')).createHash('sha256').update(token).digest('hex'));
    expect(row!.everything).not.toContain(token.slice(10));
  });

  it('refuses a repository that is not OWNER/NAME, a validity over 366 days and a missing database URL', async () => {
    await expect(
      runKpi(['token', 'create', '--repository', 'acme', '--db-url', stack.postgres.url], NOW, {}),
    ).rejects.toThrow('--repository must be OWNER/NAME');
    await expect(
      runKpi(
        ['token', 'create', '--repository', 'acme/app', '--days', '400', '--db-url', stack.postgres.url],
        NOW,
        {},
      ),
    ).rejects.toThrow('--days (1 to 366)');
    await expect(runKpi(['token', 'revoke', '--id', '1'], NOW, {})).rejects.toThrow(
      '--db-url (or SUPABASE_DB_URL) must not be empty',
    );
    await expect(runKpi(['token', 'rotate'], NOW, {})).rejects.toThrow(
      'kpi token needs a subcommand: create or revoke',
    );
  });

  it('never echoes the database password when the database refuses', async () => {
    const url = new URL(stack.postgres.url);
    url.password = 'hunter2-secret-password';
    url.username = 'nobody';
    const failure = runKpi(
      ['token', 'create', '--repository', 'acme/app', '--db-url', url.toString()],
      NOW,
      {},
    );
    await expect(failure).rejects.toThrow(/cannot create the ingest token/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });
});

describe('an ingest token writes its own repository only', () => {
  let tokenA: string;

  beforeAll(async () => {
    tokenA = (await createToken('acme/app')).token;
  });

  it("ingests repo A's events and validation through the action's sink with the token as supabase-key", async () => {
    const sink = new SupabaseSink({ url: stack.url, key: tokenA });
    const result = await sink.send(eventsFor('acme/app', ['notify.failures', 'notify.slack_success_rate']));
    expect(result).toMatchObject({ failure: null, inserted: 2, duplicate: 0 });
    const validation = {
      repository: 'acme/app',
      tag: 'v1.0.0',
      run_id: runId,
      run_attempt: 1,
      status: 'success',
      verified_at: NOW.toISOString(),
    };
    expect(await post('provenance-validate', tokenA, { validation })).toMatchObject({
      status: 201,
      body: { validation: { inserted: 1 } },
    });
  });

  it("refuses repo B's rows with 403 naming the field, and writes nothing of a mixed batch", async () => {
    const before = { a: await rowsOf('acme/app'), b: await rowsOf('acme/other') };
    const mixed = [...eventsFor('acme/app'), ...eventsFor('acme/other')];
    expect(await post('provenance-validate', tokenA, { events: mixed })).toEqual({
      status: 403,
      body: {
        code: 403,
        path: 'events.1.repository',
        message: "events.1.repository is not acme/app's: this ingest token writes acme/app only",
      },
    });
    const validation = {
      repository: 'acme/other',
      tag: 'v1.0.0',
      run_id: 1,
      run_attempt: 1,
      status: 'failure',
      verified_at: null,
      failure_reason: 'subject_mismatch',
    };
    expect(await post('provenance-validate', tokenA, { validation })).toMatchObject({
      status: 403,
      body: { path: 'validation.repository' },
    });
    const failure = await new SupabaseSink({ url: stack.url, key: tokenA }).send(eventsFor('acme/other'));
    expect(failure).toMatchObject({
      accepted: [],
      failure: expect.stringMatching(/^403 events\.0\.repository/),
    });
    expect({ a: await rowsOf('acme/app'), b: await rowsOf('acme/other') }).toEqual(before);
    expect(
      (await sql`select count(*)::int as n from kpi.validations where repository = 'acme/other'`)[0]!.n,
    ).toBe(0);
  });

  it("cannot take repo B's idempotency keys (which would make B's real events duplicates)", async () => {
    const [foreignKeyed] = eventsFor('acme/app');
    const squatting = { ...foreignKeyed!, idempotency_key: `acme/other|v1.0.0|${runId}|1|notify.failures|` };
    expect(await post('provenance-validate', tokenA, { events: [squatting] })).toMatchObject({
      status: 403,
      body: { path: 'events.0.idempotency_key' },
    });
  });

  it('is refused with 401 once revoked; a second revoke says it was revoked already', async () => {
    const { id, token } = await createToken('acme/app');
    expect((await post('provenance-validate', token, { events: eventsFor('acme/app') })).status).toBe(201);
    expect(
      await runKpi(['token', 'revoke', '--id', String(id), '--db-url', stack.postgres.url], NOW, {}),
    ).toEqual({ exitCode: 0, stdout: `ingest token ${id} revoked` });
    const rows = await rowsOf('acme/app');
    expect(await post('provenance-validate', token, { events: eventsFor('acme/app') })).toEqual({
      status: 401,
      body: { code: 401, message: 'Invalid token: the ingest token is unknown, revoked or expired' },
    });
    expect(await rowsOf('acme/app')).toBe(rows);
    expect(
      await runKpi(
        ['token', 'revoke', '--id', String(id), '--db-url', stack.postgres.url, '--json'],
        NOW,
        {},
      ),
    ).toEqual({ exitCode: 1, stdout: JSON.stringify({ id, revoked: false }) });
  });

  it('refuses an expired, an unknown and a malformed token alike, with 401', async () => {
    const { id, token } = await createToken('acme/app', ['--days', '1']);
    await sql`update kpi_auth.ingest_tokens set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = ${id}`;
    const unknown = `pgk_${'0'.repeat(64)}`;
    for (const key of [token, unknown, 'pgk_short', `${tokenA}x`]) {
      expect(
        await post('provenance-validate', key, { events: eventsFor('acme/app') }),
        key.slice(0, 12),
      ).toMatchObject({ status: 401, body: { code: 401 } });
    }
  });

  it('leaves the service role key working for operators, for any repository', async () => {
    const sink = new SupabaseSink({ url: stack.url, key: stack.serviceRoleKey });
    expect(await sink.send([...eventsFor('acme/app'), ...eventsFor('acme/other')])).toMatchObject({
      failure: null,
      inserted: 2,
    });
  });

  it('posts to ops-slack-notify, saying whose token sent it, and refuses a notice for another repository', async () => {
    slack.received.length = 0;
    slack.reply({ kind: 'ok' });
    const url = `${stack.url}/functions/v1/ops-slack-notify?range=latest&source=provenance-validate`;
    const notice = { kind: 'path_test', repository: 'acme/app' };
    expect(
      await postAtMostOnce(url, notice, { apikey: tokenA, authorization: `Bearer ${tokenA}` }),
    ).toMatchObject({ delivered: true });
    expect(slack.received).toEqual([
      {
        text: 'Notification path test for acme/app',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: 'Notification path test for acme/app' } },
          {
            type: 'context',
            elements: [{ type: 'plain_text', text: 'Sent with the ingest token of acme/app' }],
          },
        ],
      },
    ]);
    expect(await post('ops-slack-notify', tokenA, { ...notice, repository: 'acme/other' })).toMatchObject({
      status: 403,
      body: { path: 'repository' },
    });
    expect(slack.received).toHaveLength(1);
  });
});

describe('the token table', () => {
  /** As PostgREST would run a query for a role. */
  const as = (role: string, query: string) =>
    sql.begin(async (tx) => {
      await tx`select set_config('role', ${role}, true)`;
      return tx.unsafe(query);
    });

  it('is out of reach of the API roles: no reading the hashes, no minting or revoking', async () => {
    for (const role of ['anon', 'authenticated']) {
      await expect(as(role, 'select * from kpi_auth.ingest_tokens'), role).rejects.toThrow(
        /permission denied/,
      );
      await expect(as(role, "select * from kpi_auth.create_ingest_token('acme/app')"), role).rejects.toThrow(
        /permission denied/,
      );
      await expect(as(role, 'select kpi_auth.revoke_ingest_token(1)'), role).rejects.toThrow(
        /permission denied/,
      );
    }
    await expect(
      as('service_role', "select token from kpi_auth.create_ingest_token('acme/ops', 7)"),
    ).resolves.toHaveLength(1);
  });
});
