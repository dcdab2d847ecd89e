import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyFailure } from '../../src/commands/notify/index.js';
import {
  emptyManifest,
  lintManifest,
  parseManifest,
  stepClaimId,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { beforeFirst, emulatorOctokit, manifestWriteOf } from './lost-answers.js';
import { MANIFEST, NOW, RUN_ID, startNotifyWorld, TOKEN, type NotifyWorld } from './notify-world.js';

/** Attacks on the claim ids `<run id>/<job>#<attempt>`: odd job names, odd run ids, forged and shared claims. */
let world: NotifyWorld;

beforeAll(async () => {
  world = await startNotifyWorld();
});
afterAll(() => world?.close());
beforeEach(() => world.fresh());

/** A notify claim left by a step that crashed 30 s before `NOW`. */
const claimLeftBy = (claimId: string) =>
  world.apply({
    event: 'notify_claimed',
    claim_id: claimId,
    run_attempt: 1,
    at: new Date(NOW.getTime() - 30_000).toISOString(),
    actor: 'notify',
  } as ManifestEvent);

/**
 * Two notifier steps that compute the same claim id: the second runs to its end just before the first records
 * its Slack attempt (both found no attempt recorded when they chose Slack).
 */
async function raceSameClaim(first: string, second: string) {
  await world.recordFailure();
  const leader = world.deps();
  beforeFirst(leader.octokit, manifestWriteOf('post_attempted'), () =>
    notifyFailure(
      world.request({ claimId: second }),
      world.deps({ octokit: emulatorOctokit(world.gh, TOKEN) }),
    ),
  );
  await notifyFailure(world.request({ claimId: first }), leader);
}

describe('claim ids that parse oddly', () => {
  // Attack: two notify steps of one job (or two legs of a matrix job) share GITHUB_JOB, so their claim ids are
  // equal; each takes the other's claim and post_attempted record for its own.
  it('two notify steps with the same run, job and attempt post Slack once', async () => {
    const leg = { runId: String(RUN_ID), job: 'notify', step: 'announce', attempt: '1' };
    await raceSameClaim(stepClaimId(leg), stepClaimId(leg));
    expect(world.slack.received).toHaveLength(1);
  });

  // Attack: two jobs whose names share their first 60 characters get one claim id.
  it('two jobs whose long names share a 60-character prefix hold different claims and post Slack once', async () => {
    const prefix = 'release-provenance-validation-and-failure-notification-for-p';
    const linux = stepClaimId({
      runId: String(RUN_ID),
      job: `${prefix}latform-linux`,
      step: 'announce',
      attempt: '1',
    });
    const darwin = stepClaimId({
      runId: String(RUN_ID),
      job: `${prefix}latform-darwin`,
      step: 'announce',
      attempt: '1',
    });
    await raceSameClaim(linux, darwin);
    expect(world.slack.received).toHaveLength(1);
    expect(linux).not.toBe(darwin);
  });

  // Attack: a job name with '#' (GitHub job ids cannot hold one, a job input or a local run can): its rerun
  // must still take over the claim its crashed attempt left.
  it("a rerun of a step whose job name holds '#' takes over the claim its crashed attempt left", async () => {
    await world.recordFailure();
    await claimLeftBy(
      stepClaimId({ runId: String(RUN_ID), job: 'notify#eu', step: 'announce', attempt: '1' }),
    );
    const rerun = await notifyFailure(
      world.request({
        claimId: stepClaimId({ runId: String(RUN_ID), job: 'notify#eu', step: 'announce', attempt: '2' }),
      }),
      world.deps(),
    );
    expect(rerun).toMatchObject({ route: 'slack', delivered: true });
  });

  // Attack: a job name with '/': the step is still told apart from its run id, and its rerun takes over.
  it("a rerun of a step whose job name holds '/' takes over the claim its crashed attempt left", async () => {
    await world.recordFailure();
    await claimLeftBy(
      stepClaimId({ runId: String(RUN_ID), job: 'deploy/notify', step: 'announce', attempt: '1' }),
    );
    const rerun = await notifyFailure(
      world.request({
        claimId: stepClaimId({ runId: String(RUN_ID), job: 'deploy/notify', step: 'announce', attempt: '2' }),
      }),
      world.deps(),
    );
    expect(rerun).toMatchObject({ route: 'slack', delivered: true });
  });

  // Attack: claim ids whose run id is not a number, or is the same number written otherwise: nobody takes over.
  it.each([
    ['a run id that is not a number', 'local/notify/announce#1~aa', 'local/notify/announce#2~bb'],
    ['a zero-padded run id', `${RUN_ID}/notify/announce#1~aa`, `0${RUN_ID}/notify/announce#2~bb`],
    ['another run with the same job', `${RUN_ID}/notify/announce#1~aa`, `${RUN_ID + 1}/notify/announce#2~bb`],
    ['a claimant one attempt behind', `${RUN_ID}/notify/announce#2~aa`, `${RUN_ID}/notify/announce#1~bb`],
  ])('%s cannot take over a live claim', async (_label, held, claimant) => {
    await world.recordFailure();
    await claimLeftBy(held);
    const other = await notifyFailure(world.request({ claimId: claimant }), world.deps());
    expect(other).toMatchObject({ route: null });
    expect(other.why).toMatch(/already announcing/);
    expect(world.slack.received).toHaveLength(0);
  });
});

describe('claims written by hand', () => {
  /** The manifest after a writer set the entry's notify_claim by hand, with no notify_claimed step behind it. */
  async function forgeClaim(claim: { id: string; at: string }) {
    await world.recordFailure();
    const repo = `acme/${world.repo()}`;
    const base = parseManifest(world.gh.state.contents.read(repo, MANIFEST)!.bytes.toString(), MANIFEST);
    const forged = {
      ...base,
      entries: base.entries.map((entry) => ({ ...entry, notify_claim: claim })),
    };
    world.gh.state.contents.put(repo, MANIFEST, `${JSON.stringify(forged, null, 2)}\n`);
    return { base, forged };
  }

  // Attack: a writer with contents:write sets notify_claim to a step that never ran, dated far ahead: the manifest
  // lint, which guards hand edits, must see a claim no notify_claimed step made.
  it('a notify_claim with no notify_claimed step behind it is flagged by the manifest lint', async () => {
    const { base, forged } = await forgeClaim({ id: '1/ghost#1', at: '2099-01-01T00:00:00.000Z' });
    expect(lintManifest(base, emptyManifest(), NOW)).toEqual([]);
    expect(lintManifest(forged, base, NOW)).not.toEqual([]);
  });

  // Attack: the same forged claim, or a crashed notifier whose clock ran an hour ahead: the claim must expire
  // 10 minutes after it was made, so a notifier 11 minutes later announces instead of standing down green.
  it('a claim dated in the future does not silence notifiers beyond the 10-minute expiry', async () => {
    await forgeClaim({
      id: `${RUN_ID}/notify-eu/announce#1~aa`,
      at: new Date(NOW.getTime() + 60 * 60_000).toISOString(),
    });
    const later = new Date(NOW.getTime() + 11 * 60_000);
    const result = await notifyFailure(
      world.request({ claimId: `${RUN_ID}/notify-us/announce#1~bb` }),
      world.deps({ now: () => later }),
    );
    expect(result).toMatchObject({ route: 'slack', delivered: true });
    expect(world.slack.received).toHaveLength(1);
  });
});
