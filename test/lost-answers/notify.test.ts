import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyFailure } from '../../src/commands/notify/index.js';
import {
  beforeFirst,
  emulatorOctokit,
  failBeforeSending,
  loseAnswers,
  manifestWriteOf,
  request as requestTo,
} from './lost-answers.js';
import { fastPosts, NOW, RUN_ID, startNotifyWorld, TOKEN, type NotifyWorld } from './notify-world.js';

/** Attacks on notify-on-failure: lost answers at every step of the saga, hostile webhooks, the fallbacks. */
let world: NotifyWorld;

beforeAll(async () => {
  world = await startNotifyWorld();
});
afterAll(() => world?.close());
beforeEach(() => world.fresh());

const events = () => world.entry().history.map((h) => h.event);
// Octokit's hook sees the route template (`/repos/{owner}/{repo}/issues`).
const createIssue = () => requestTo('POST', /\/repos\/[^/]+\/[^/]+\/issues$/);
const createComment = () => requestTo('POST', /\/issues\/[^/]+\/comments$/);

describe('notify: a request lands and its answer is lost', () => {
  // Attack: the notify_claimed commit lands, its answer is lost; the retry must find its own claim.
  it('the claim write loses its answer: the notifier finds its own claim and posts Slack once', async () => {
    await world.recordFailure();
    const deps = world.deps();
    const lost = loseAnswers(deps.octokit, manifestWriteOf('notify_claimed'));
    const result = await notifyFailure(world.request(), deps);
    expect(lost()).toBe(1);
    expect(result).toMatchObject({ route: 'slack', delivered: true });
    expect(world.slack.received).toHaveLength(1);
    expect(events().filter((e) => e === 'notify_claimed')).toHaveLength(1);
  });

  // Attack: the post_attempted commit lands, its answer is lost; Slack is still posted exactly once.
  it('the post_attempted write loses its answer: Slack is posted once, by its recorder', async () => {
    await world.recordFailure();
    const deps = world.deps();
    const lost = loseAnswers(deps.octokit, manifestWriteOf('post_attempted'));
    const result = await notifyFailure(world.request(), deps);
    expect(lost()).toBe(1);
    expect(result).toMatchObject({ route: 'slack', slackOutcome: 'delivered' });
    expect(world.slack.received).toHaveLength(1);
    expect(events().filter((e) => e === 'post_attempted')).toHaveLength(1);
  });

  // Attack: the notified commit loses its answer after Slack delivered; nothing is posted again.
  it('the notified write loses its answer: recorded once, no second post', async () => {
    await world.recordFailure();
    const deps = world.deps();
    loseAnswers(deps.octokit, manifestWriteOf('notified'));
    const result = await notifyFailure(world.request(), deps);
    expect(result).toMatchObject({ route: 'slack', delivered: true });
    expect(world.slack.received).toHaveLength(1);
    expect(world.entry()).toMatchObject({ notify_slack: true });
    expect(events().filter((e) => e === 'notified')).toHaveLength(1);
  });

  // Attack: the issue is created but every answer is lost; each retry reads the marker back first.
  it('the issue is created but its answers are lost: one issue, found by its marker and recorded', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 500, body: 'x' });
    const deps = world.deps();
    const lost = loseAnswers(deps.octokit, createIssue(), 3);
    const result = await notifyFailure(world.request(), deps);
    expect(lost()).toBe(1);
    expect(world.issues()).toHaveLength(1);
    expect(result).toMatchObject({ route: 'issue', issueNumber: world.issues()[0]!.number });
    expect(world.entry().issue_number).toBe(world.issues()[0]!.number);
  });

  // Attack: the issue lands, then the manifest refuses every try to record it (GitHub down for the commit);
  // the step fails and on-call reruns it, as the runbooks say: the rerun must find the issue, not open another.
  it('the issue lands but issue_opened cannot be written: the rerun of the step opens no second issue', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 502, body: 'bad gateway' });
    const first = world.deps();
    failBeforeSending(first.octokit, manifestWriteOf('issue_opened'));
    await expect(notifyFailure(world.request(), first)).rejects.toThrow();
    expect(world.issues()).toHaveLength(1);
    const rerun = await notifyFailure(
      world.request({ runAttempt: 2, claimId: `${RUN_ID}/notify#2` }),
      world.deps(),
    );
    expect(world.issues()).toHaveLength(1);
    expect(rerun.issueNumber).toBe(world.issues()[0]!.number);
    expect(world.slack.received).toHaveLength(1);
  });

  // Attack: the rerun comment lands and its answer is lost; the marker keeps it to one comment.
  it('the rerun comment lands and its answer is lost: one comment on the recorded issue', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 500, body: 'x' });
    const first = await notifyFailure(world.request(), world.deps());
    const deps = world.deps();
    const lost = loseAnswers(deps.octokit, createComment(), 3);
    const rerun = await notifyFailure(world.request({ runAttempt: 2, claimId: `${RUN_ID}/notify#2` }), deps);
    expect(lost()).toBe(1);
    expect(rerun).toMatchObject({ route: 'issue', issueNumber: first.issueNumber });
    expect(world.gh.state.issues.get(`acme/${world.repo()}`, first.issueNumber!).comments).toHaveLength(1);
  });

  // Attack: GitHub answers 502 to every issue creation; the call gets at most 3 tries, then the summary channel.
  it('issue creation failing on every try is tried 3 times, then the ops summary channel carries it', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 500, body: 'x' });
    world.gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${world.repo()}/issues` },
      { kind: 'status', status: 502 },
      100,
    );
    const result = await notifyFailure(world.request(), world.deps());
    world.gh.faults.clear();
    const posts = world.gh.requests.matching({ method: 'POST', path: `/repos/acme/${world.repo()}/issues` });
    expect(posts.length).toBeLessThanOrEqual(3);
    expect(result).toMatchObject({ route: 'summary', delivered: true });
    expect(world.summary.received).toHaveLength(1);
  });
});

describe('notify: hostile webhooks', () => {
  // Attack: a receiver (a proxy, a login page) answers 200 with a body that is not Slack's "ok".
  it('a 200 whose body is not "ok" is not taken for a delivery: the issue route follows', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 200, body: '<html><title>Sign in</title></html>' });
    const result = await notifyFailure(world.request(), world.deps());
    expect(world.slack.received).toHaveLength(1);
    expect(result.slackOutcome).not.toBe('delivered');
    expect(world.issues()).toHaveLength(1);
  });

  // Attack: a 429 asking for an hour: not waited for, not resent, the issue follows at once.
  it('a 429 with a Retry-After of an hour is not waited for: one post, refused, the issue follows', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'rate-limited', retryAfterSeconds: 3600 });
    const waits: number[] = [];
    const result = await notifyFailure(world.request(), world.deps({ postTiming: fastPosts(waits) }));
    expect(waits).toEqual([]);
    expect(world.slack.received).toHaveLength(1);
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'refused' });
  });

  // Attack: a webhook that rate-limits forever: at most 3 tries, each wait the one it asked for.
  it('a webhook that answers 429 every time gets at most 3 tries', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'rate-limited', retryAfterSeconds: 2 });
    const waits: number[] = [];
    const result = await notifyFailure(world.request(), world.deps({ postTiming: fastPosts(waits) }));
    expect(world.slack.received).toHaveLength(3);
    expect(waits).toEqual([2000, 2000]);
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'refused' });
  });

  // Attack: a webhook that takes the message and never answers: bounded by the timeout, never resent.
  it('a hung webhook is given up after its timeout, counted as maybe delivered, not resent', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'hang' });
    const started = Date.now();
    const result = await notifyFailure(world.request(), world.deps());
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(world.slack.received).toHaveLength(1);
    expect(result).toMatchObject({ route: 'issue', slackOutcome: 'unknown' });
  });

  // Attack: the ops summary channel answers 429 for an hour (certainly not delivered) while issues are refused;
  // once the limit has passed, the rerun of the step must still be able to announce the failure there.
  it('a summary post refused with a 429 does not stop the rerun from announcing on the summary channel', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'status', status: 500, body: 'x' });
    world.summary.reply({ kind: 'rate-limited', retryAfterSeconds: 3600 });
    world.gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${world.repo()}/issues` },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      100,
    );
    expect(await notifyFailure(world.request(), world.deps())).toMatchObject({ delivered: false });
    world.summary.reply({ kind: 'ok' });
    const rerun = await notifyFailure(
      world.request({ runAttempt: 2, claimId: `${RUN_ID}/notify#2` }),
      world.deps(),
    );
    world.gh.faults.clear();
    expect(world.slack.received).toHaveLength(1);
    expect(rerun).toMatchObject({ route: 'summary', delivered: true });
    expect(world.summary.received).toHaveLength(2);
  });
});

describe('notify: racing notifiers', () => {
  // Attack: a notifier still working 11 minutes after it claimed (a slow GitHub, or its clock 11 minutes
  // behind) while another job's notifier arrives: its claim looks expired, and both open an issue.
  it('a notifier whose claim looks expired to another notifier leaves one open issue', async () => {
    await world.recordFailure();
    world.slack.reply({ kind: 'drop' });
    const slow = world.deps();
    const later = new Date(NOW.getTime() + 11 * 60_000);
    beforeFirst(slow.octokit, createIssue(), () =>
      notifyFailure(
        world.request({ claimId: `${RUN_ID}/announce/announce#1~bb` }),
        world.deps({ now: () => later, octokit: emulatorOctokit(world.gh, TOKEN) }),
      ),
    );
    await notifyFailure(world.request(), slow);
    expect(world.slack.received).toHaveLength(1);
    // Both passed the marker search before either created: the later issue is closed as a duplicate.
    const open = world.issues().filter((issue) => issue.state === 'open');
    expect(open).toHaveLength(1);
    for (const closed of world.issues().filter((issue) => issue.state === 'closed'))
      expect(closed.comments.map((c) => c.body)).toContain(`Duplicate of #${open[0]!.number}.`);
  });
});
