import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../src/core/notify/index.js';
import { FaultSwitch } from './fault-proxy.js';
import { CallLedger } from './ledger.js';
import { Random } from './random.js';
import { startSoakSlack, type SoakSlack } from './slack.js';

let slack: SoakSlack;
let faults: FaultSwitch;

beforeAll(async () => {
  faults = new FaultSwitch(0, new Random(1));
  slack = await startSoakSlack({ faults, ledger: new CallLedger(), owner: () => 'job' });
});
afterAll(() => slack?.close());

const notice = renderSlackMessage({
  repository: 'acme/app',
  tag: 'v1.2.0',
  runId: 4242,
  runAttempt: 1,
  runUrl: 'https://github.com/acme/app/actions/runs/4242',
  artifactUrl: null,
  failureReason: 'attestation_missing',
  detail: null,
  manifestSnippet: null,
  runbookUrl:
    'https://github.com/provenance-guard/provenance-guard/blob/main/docs/ops/runbooks/attestation_missing.md',
});

const post = (path: string) =>
  fetch(`${slack.supabaseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(notice),
  });

describe('the soak’s Slack', () => {
  it('reads the failure a notice announces from its text: repository, tag and run', async () => {
    const answer = await post('/functions/v1/ops-slack-notify');
    expect(await answer.json()).toEqual({ delivered: true });
    expect(slack.deliveries.at(-1)).toEqual({
      channel: 'slack',
      kind: 'failure',
      repo: 'acme/app',
      tag: 'v1.2.0',
      runId: 4242,
      answer: 'ok',
    });
  });

  it('acts, then loses the answer: the delivery is recorded and the sender gets a 500', async () => {
    faults.script('after');
    const before = slack.deliveries.length;
    expect((await fetch(slack.url, { method: 'POST', body: JSON.stringify(notice) })).status).toBe(500);
    expect(slack.deliveries.slice(before)).toMatchObject([{ channel: 'summary', answer: 'lost' }]);
  });

  it('before and rate-limit deliver nothing', async () => {
    faults.script('before', 'rate-limit');
    const before = slack.deliveries.length;
    expect((await post('/functions/v1/ops-slack-notify')).status).toBe(500);
    const limited = await post('/functions/v1/ops-slack-notify');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    expect(slack.deliveries.length).toBe(before);
  });
});
