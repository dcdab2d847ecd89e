import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { FaultSwitch, startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { CallLedger } from './ledger.js';
import { Random } from './random.js';

const ACTION = 'ghs_action';
const PERSON = 'github_pat_person';

let gh: GitHubEmulator;
let proxy: FaultProxy;
let faults: FaultSwitch;
let ledger: CallLedger;
/** The waits the world has seen: a back-off between two tries is one. */
let waits = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [ACTION]: ['issues:write'], [PERSON]: ['issues:write'] } });
  gh.state.repos.create('acme/app');
  faults = new FaultSwitch(0, new Random(1));
  ledger = new CallLedger(() => waits);
  proxy = await startFaultProxy({
    target: gh.url,
    faults,
    ledger,
    ownerOf: (token) => (token === ACTION ? 'action' : null),
  });
});
afterAll(async () => {
  await proxy?.close();
  await gh?.close();
});

function openIssue(title: string, token = ACTION) {
  return fetch(`${proxy.url}/repos/acme/app/issues`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
}

const titles = () => gh.state.issues.list('acme/app', { state: 'all' }).map((issue) => issue.title);

describe('the fault proxy', () => {
  it('before: answers 502 and GitHub never sees the request', async () => {
    faults.script('before');
    expect((await openIssue('before')).status).toBe(502);
    expect(titles()).not.toContain('before');
  });

  it('after: GitHub acts, then the answer is lost as a 502', async () => {
    faults.script('after');
    expect((await openIssue('after')).status).toBe(502);
    expect(titles()).toContain('after');
  });

  it('drop: GitHub acts, then the connection is destroyed', async () => {
    faults.script('drop');
    await expect(openIssue('drop')).rejects.toThrow();
    expect(titles()).toContain('drop');
  });

  it('rate-limit: 429 with Retry-After: 1, not forwarded', async () => {
    faults.script('rate-limit');
    const answer = await openIssue('limited');
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([429, '1']);
    expect(titles()).not.toContain('limited');
  });

  it('a person’s request is forwarded untouched, whatever the faults', async () => {
    faults.script('before');
    expect((await openIssue('by hand', PERSON)).status).toBe(201);
    // The scripted fault is still waiting for the next action's request.
    expect((await openIssue('next', ACTION)).status).toBe(502);
  });

  it('counts the retries of one call: the same request after a failure and a back-off continues it', async () => {
    const before = ledger.chains.length;
    faults.script('before', 'after', null, null);
    for (let i = 0; i < 3; i++) {
      await openIssue('retried');
      waits += 1;
    }
    // A success ends the call: the same request again is a new call.
    await openIssue('retried');
    expect(ledger.chains.slice(before).map((chain) => chain.tries)).toEqual([3, 1]);
    expect(ledger.maxTries()).toBeGreaterThanOrEqual(3);
    expect(ledger.unanswered()).toEqual([]);
  });

  it('the same request sent at once after a failure, with no back-off, is a new call', async () => {
    const before = ledger.chains.length;
    faults.script('before', null);
    await openIssue('asked again');
    await openIssue('asked again');
    expect(ledger.chains.slice(before).map((chain) => chain.tries)).toEqual([1, 1]);
  });
});
