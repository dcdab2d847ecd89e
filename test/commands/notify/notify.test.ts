import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultGitHubRetryTiming } from '../../../src/adapters/github/index.js';
import { readSpool, SpoolSink } from '../../../src/adapters/kpi/index.js';
import { defaultRetryTiming, GitHubContentsStore } from '../../../src/adapters/manifest/index.js';
import { notifyFailure, type NotifyRequest } from '../../../src/commands/notify/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { startSlackServer, type SlackServer } from '../../support/slack-server.js';
import { verifiedProvenance } from '../../support/manifest-events.js';

const TOKEN = 'ghs_notifyTestToken0123456789abcdef';
const CANARY = 'canary-secret-8c1f2e';
let gh: GitHubEmulator;
let slack: SlackServer;
let summary: SlackServer;
let octokit: Octokit;
let n = 0;
let repo: string;
let spool: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:write', 'issues:write'] } });
  [slack, summary] = await Promise.all([startSlackServer(), startSlackServer()]);
  octokit = new Octokit({
    baseUrl: gh.url,
    auth: TOKEN,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
});
afterAll(async () => {
  await Promise.all([gh?.close(), slack?.close(), summary?.close()]);
});
beforeEach(() => {
  repo = `widget-${++n}`;
  gh.state.repos.create(`acme/${repo}`);
  slack.reply({ kind: 'ok' });
  summary.reply({ kind: 'ok' });
  slack.received.length = 0;
  summary.received.length = 0;
  spool = join(mkdtempSync(join(tmpdir(), 'pg-kpi-')), 'kpi.jsonl');
});

const fast = {
  sleep: async () => {},
  backoffMs: () => 0,
  maxWaitMs: 60_000,
  now: () => Date.now(),
  maxTries: 3,
  timeoutMs: 300,
};
const sleeps: number[] = [];
const MANIFEST = 'docs/reports/2026-11-25/manifest.json';
const store = () =>
  new GitHubContentsStore(
    octokit,
    { owner: 'acme', repo, path: MANIFEST },
    { ...defaultRetryTiming, baseDelayMs: 1, maxDelayMs: 10, maxAttempts: 30 },
  );

function request(overrides: Partial<NotifyRequest> = {}): NotifyRequest {
  return {
    repository: { owner: 'acme', repo },
    tag: 'v1.2.3',
    runId: 555,
    runAttempt: 1,
    actor: 'release-bot',
    runUrl: `https://github.com/acme/${repo}/actions/runs/555`,
    artifactUrl: 'https://example.test/artifact.zip',
    failureReason: 'subject_mismatch',
    detail: `artifact digest not attested (token ${CANARY})`,
    runbookUrl: 'https://example.test/runbooks/subject_mismatch.md',
    slack: { url: slack.url, headers: {} },
    summary: { url: summary.url, headers: {} },
    opsMention: '<!subteam^S0OPS|ops-team>',
    claimId: `notifier-${Math.random()}`,
    secrets: [CANARY, TOKEN],
    ...overrides,
  };
}
const deps = (overrides: Record<string, unknown> = {}) => ({
  issues: {
    octokit,
    repository: { owner: 'acme', repo },
    timing: {
      ...defaultGitHubRetryTiming,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    },
  },
  store: store(),
  kpi: new SpoolSink(spool),
  now: () => new Date('2026-11-25T12:00:00Z'),
  log: () => {},
  postTiming: fast,
  ...overrides,
});
const manifestEntry = () =>
  JSON.parse(gh.state.contents.read(`acme/${repo}`, MANIFEST)!.bytes.toString()).entries[0];
const issues = () => gh.state.issues.list(`acme/${repo}`, { state: 'all' });

async function recordFailure() {
  await store().apply({
    event: 'failed',
    failure_reason: 'subject_mismatch',
    tag: 'v1.2.3',
    run_id: 555,
    run_attempt: 1,
    at: '2026-11-25T11:59:00Z',
    actor: 'validate',
  });
}

describe('notify-on-failure', () => {
  it('Slack delivered: route slack, no issue, manifest notify_slack=true', async () => {
    await recordFailure();
    const result = await notifyFailure(request(), deps());
    expect(result).toMatchObject({ route: 'slack', slackOutcome: 'delivered', issueNumber: null });
    expect(issues()).toHaveLength(0);
    expect(manifestEntry()).toMatchObject({ notify_slack: true, slack_retry: 0 });
  });

  it.each([
    ['500', [{ kind: 'status', status: 500, body: 'rollup_error' }], 'unknown'],
    ['delivered:false', [{ kind: 'not-delivered' }], 'refused'],
    ['a hang past the timeout', [{ kind: 'hang' }], 'unknown'],
    ['404 channel_not_found', [{ kind: 'status', status: 404, body: 'channel_not_found' }], 'refused'],
  ] as const)(
    'Slack fails (%s): posted once, slack_retry=1, one issue with labels, marker and template body',
    async (_label, replies, outcome) => {
      await recordFailure();
      slack.reply(...replies);
      const result = await notifyFailure(request(), deps());
      expect(result).toMatchObject({ route: 'issue', slackOutcome: outcome });
      expect(slack.received).toHaveLength(1);
      const [issue] = issues();
      expect(issue).toMatchObject({
        number: result.issueNumber,
        title: 'provenance: subject_mismatch for v1.2.3',
      });
      expect(issue!.labels.map((l) => l.name).sort()).toEqual(['ops-alert', 'provenance-failure']);
      expect(issue!.body).toContain('<!-- provenance-guard:failure tag=v1.2.3 run=555 -->');
      expect(issue!.body).toMatch(/Runbook \| \[subject_mismatch\]/);
      expect(manifestEntry()).toMatchObject({
        slack_retry: 1,
        notify_slack: false,
        issue_number: result.issueNumber,
      });
    },
  );

  it('retries a 429 after Retry-After, then delivers', async () => {
    await recordFailure();
    slack.reply({ kind: 'rate-limited', retryAfterSeconds: 2 }, { kind: 'ok' });
    const waits: number[] = [];
    const result = await notifyFailure(
      request(),
      deps({
        postTiming: {
          ...fast,
          sleep: async (ms: number) => {
            waits.push(ms);
          },
        },
      }),
    );
    expect(result.route).toBe('slack');
    expect(waits).toEqual([2000]);
    expect(slack.received).toHaveLength(2);
  });

  it('a release that failed after its verification (publish_failed) is announced on its verified entry', async () => {
    await store().apply({
      event: 'validated',
      provenance: verifiedProvenance(),
      tag: 'v1.2.3',
      run_id: 555,
      run_attempt: 1,
      at: '2026-11-25T11:59:00Z',
      actor: 'validate',
    });
    const result = await notifyFailure(request({ failureReason: 'publish_failed', detail: null }), deps());
    expect(result).toMatchObject({ route: 'slack', delivered: true });
    expect(manifestEntry()).toMatchObject({ status: 'success', notify_slack: true });
  });

  it('predicate_mismatch issues also carry security-backcompat', async () => {
    await store().apply({
      event: 'failed',
      failure_reason: 'predicate_mismatch',
      tag: 'v1.2.3',
      run_id: 555,
      run_attempt: 1,
      at: '2026-11-25T11:59:00Z',
      actor: 'validate',
    });
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    await notifyFailure(request({ failureReason: 'predicate_mismatch' }), deps());
    expect(issues()[0]!.labels.map((l) => l.name)).toContain('security-backcompat');
  });

  it('a rerun of the same failure opens no second issue: it comments on the recorded one', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    const first = await notifyFailure(request(), deps());
    const second = await notifyFailure(request({ runAttempt: 2 }), deps());
    expect(issues()).toHaveLength(1);
    expect(second).toMatchObject({ route: 'issue', issueNumber: first.issueNumber });
    expect(gh.state.issues.get(`acme/${repo}`, first.issueNumber!).comments).toHaveLength(1);
  });

  it('without a manifest, the marker finds the open issue of the failure', async () => {
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    const first = await notifyFailure(request(), deps({ store: null }));
    const second = await notifyFailure(request(), deps({ store: null }));
    expect(issues()).toHaveLength(1);
    expect(second.issueNumber).toBe(first.issueNumber);
  });

  it('issue creation 403: escalates to the ops summary channel with the ops-team tag and notes it in the manifest', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/issues` },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      5,
    );
    const result = await notifyFailure(request(), deps());
    expect(result).toMatchObject({ route: 'summary', delivered: true, issueNumber: null });
    expect(JSON.stringify(summary.received[0])).toContain('<!subteam^S0OPS|ops-team>');
    expect(manifestEntry().notes[0]).toMatch(/issue creation failed; posted to the ops summary channel/);
    gh.faults.clear();
  });

  it('concurrent notifiers for one failure open exactly one issue', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    const results = await Promise.all([1, 2, 3, 4].map(() => notifyFailure(request(), deps())));
    expect(issues()).toHaveLength(1);
    expect(results.filter((r) => r.route === 'issue')).toHaveLength(1);
    expect(results.filter((r) => r.route === null).every((r) => /already announcing/.test(r.why))).toBe(true);
  });

  /** Issue #13, case 6: with no entry yet, notify creates it, so its claim guards concurrent notifiers too. */
  it('concurrent notifiers for a failure with no manifest entry open exactly one issue and create the entry', async () => {
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    const results = await Promise.all([1, 2, 3, 4].map(() => notifyFailure(request(), deps())));
    expect(issues()).toHaveLength(1);
    expect(results.filter((r) => r.route === 'issue')).toHaveLength(1);
    const entry = manifestEntry();
    expect(entry).toMatchObject({
      tag: 'v1.2.3',
      run_id: 555,
      status: 'failure',
      failure_reason: 'subject_mismatch',
      issue_number: issues()[0]!.number,
    });
    expect(entry.history[0]).toMatchObject({
      event: 'failed',
      from: null,
      to: 'failure',
      reason: expect.stringMatching(/artifact digest not attested/),
    });
    expect(JSON.stringify(entry)).not.toContain(CANARY);
  });

  it('when nothing is surely delivered the claim is given back, so a retry opens the issue; Slack and the summary channel are not posted twice', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    summary.reply({ kind: 'status', status: 500, body: 'x' });
    gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${repo}/issues` },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      5,
    );
    expect(await notifyFailure(request(), deps())).toMatchObject({ delivered: false });
    expect(manifestEntry()).toMatchObject({ notify_claim: null });
    expect(manifestEntry().history.map((h: { event: string }) => h.event)).toContain('notify_released');
    gh.faults.clear();
    slack.reply({ kind: 'ok' });
    expect(await notifyFailure(request(), deps())).toMatchObject({ route: 'issue', delivered: true });
    expect([slack.received.length, summary.received.length, issues().length]).toEqual([1, 1, 1]);
  });

  it('canary secrets never leave, and untrusted text cannot mention or link', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    const hostile = request({
      tag: 'v1.2.3',
      detail: `@channel <https://evil.test|click> [x](https://evil.test) @octocat ${CANARY} ${TOKEN}`,
    });
    await notifyFailure(hostile, deps());
    const everything = JSON.stringify([slack.received, issues(), manifestEntry()]);
    expect(everything).not.toContain(CANARY);
    expect(everything).not.toContain(TOKEN);
    const slackText = JSON.stringify(slack.received[0]);
    expect(slackText).not.toMatch(/@channel|<https:\/\/evil/);
    const body = issues()[0]!.body!;
    expect(body).not.toMatch(/\[x\]\(https:\/\/evil|@octocat/);
  });

  it('to the ops-slack-notify function it sends the failure itself, redacted, never a message', async () => {
    await recordFailure();
    const artifactUrl = `https://github.com/acme/${repo}/actions/runs/555/artifacts/9`;
    const result = await notifyFailure(
      request({
        slack: { url: slack.url, headers: {}, receiver: 'ops-slack-notify' },
        tag: `v1.2.3-${CANARY}`,
        artifactUrl,
      }),
      deps(),
    );
    expect(result).toMatchObject({ route: 'slack', slackOutcome: 'delivered' });
    expect(slack.received).toEqual([
      {
        kind: 'release_failure',
        repository: `acme/${repo}`,
        tag: 'v1.2.3-***',
        run_id: 555,
        run_attempt: 1,
        failure_reason: 'subject_mismatch',
        detail: 'artifact digest not attested (token ***)',
        links: { run: `https://github.com/acme/${repo}/actions/runs/555`, artifact: artifactUrl },
      },
    ]);
  });

  it('to the function, an artifact URL outside the repository is left out rather than refused with the notice', async () => {
    await recordFailure();
    const destination = { url: slack.url, headers: {}, receiver: 'ops-slack-notify' as const };
    await notifyFailure(request({ slack: destination, detail: null }), deps());
    expect(slack.received).toEqual([
      expect.objectContaining({ links: { run: `https://github.com/acme/${repo}/actions/runs/555` } }),
    ]);
    expect(slack.received[0]).not.toHaveProperty('detail');
  });

  it('emits the notify KPIs to the sink', async () => {
    await recordFailure();
    slack.reply({ kind: 'status', status: 500, body: 'x' });
    await notifyFailure(request(), deps());
    const { events } = await readSpool(spool);
    expect(events.map((e) => [e.metric, e.value])).toEqual(
      expect.arrayContaining([
        ['notify.slack_success_rate', 0],
        ['security_ci.slack_issue_followups', 1],
        ['notify.issue_latency', 60],
        ['notify.failures', 1],
      ]),
    );
    expect(new Set(events.map((e) => e.idempotency_key)).size).toBe(events.length);
  });
});

describe('notify-on-failure when an answer is lost', () => {
  /** The real store, but every write of `event` fails as GitHub failing would. */
  const storeFailingOn = (event: string, message: string) => {
    const real = store();
    return {
      read: real.read.bind(real),
      locate: real.locate.bind(real),
      apply: (e: Parameters<typeof real.apply>[0]) =>
        e.event === event ? Promise.reject(new Error(message)) : real.apply(e),
    };
  };
  const history = () =>
    manifestEntry().history as { event: string; channel?: string; reason: string | null }[];

  it.each([
    ['a 502 after Slack took the message', { kind: 'status', status: 502, body: 'bad gateway' }],
    ['a connection dropped after Slack took the message', { kind: 'drop' }],
  ] as const)('%s: recorded before sending, never resent, the issue follows', async (_label, reply) => {
    await recordFailure();
    slack.reply(reply);
    const result = await notifyFailure(request(), deps());
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'unknown', delivered: true });
    expect(slack.received).toHaveLength(1);
    const events = history().map((h) => h.event);
    expect(events.indexOf('post_attempted')).toBeLessThan(events.indexOf('notified'));
    expect(history().find((h) => h.event === 'notified')!.reason).toMatch(/maybe delivered, not sent again/);
    slack.reply({ kind: 'ok' });
    const rerun = await notifyFailure(request({ runAttempt: 2, claimId: '555/notify/notify#2~02' }), deps());
    expect(rerun).toMatchObject({ route: 'issue', issueNumber: result.issueNumber });
    expect([slack.received.length, issues().length]).toEqual([1, 1]);
  });

  it('a connection that was never made is tried again: nothing can have been delivered', async () => {
    await recordFailure();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await notifyFailure(
      request({ slack: { url: `http://127.0.0.1:${port}/services/T/B/x`, headers: {} } }),
      deps(),
    );
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'refused' });
    expect(history().find((h) => h.event === 'notified')!.reason).toMatch(/not sent: ECONNREFUSED/);
  });

  it('a failed notified write gives the claim back and fails the step; the rerun opens the issue, not a second post', async () => {
    await recordFailure();
    const failing = storeFailingOn('notified', '502 Bad Gateway');
    await expect(
      notifyFailure(request({ claimId: '555/notify/notify#1~01' }), deps({ store: failing })),
    ).rejects.toThrow(/502/);
    expect(manifestEntry().notify_claim).toBeNull();
    const rerun = await notifyFailure(request({ runAttempt: 2, claimId: '555/notify/notify#2~02' }), deps());
    expect(rerun).toMatchObject({ route: 'issue', delivered: true });
    expect([slack.received.length, issues().length]).toEqual([1, 1]);
  });

  it('a manifest that cannot be written still gets the failure announced once, on the issue; the step fails', async () => {
    await recordFailure();
    const down = storeFailingOn('notify_claimed', '503 Service Unavailable');
    await expect(notifyFailure(request(), deps({ store: down }))).rejects.toThrow(
      /503 Service Unavailable; the failure is announced by issue #\d+, which the manifest does not record/,
    );
    await expect(notifyFailure(request(), deps({ store: down }))).rejects.toThrow(/announced by issue/);
    expect([slack.received.length, issues().length]).toEqual([0, 1]);
  });

  it('a rerun of the same notify step takes over the claim its crashed attempt left; another job waits', async () => {
    await recordFailure();
    await store().apply({
      event: 'notify_claimed',
      claim_id: '555/notify/notify#1~01',
      tag: 'v1.2.3',
      run_id: 555,
      run_attempt: 1,
      at: '2026-11-25T11:59:30Z',
      actor: 'notify',
    });
    const other = await notifyFailure(request({ claimId: '555/announce/notify#1~01' }), deps());
    expect(other).toMatchObject({ route: null, delivered: true });
    expect(other.why).toMatch(/already announcing/);
    expect(slack.received).toHaveLength(0);
    const rerun = await notifyFailure(request({ claimId: '555/notify/notify#2~02' }), deps());
    expect(rerun).toMatchObject({ route: 'slack', delivered: true });
    expect(slack.received).toHaveLength(1);
  });

  it('when the attempt cannot be recorded first, Slack is not posted and the issue carries the failure', async () => {
    await recordFailure();
    const failing = storeFailingOn('post_attempted', '503');
    const result = await notifyFailure(request(), deps({ store: failing }));
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'refused' });
    expect(slack.received).toHaveLength(0);
  });
});
