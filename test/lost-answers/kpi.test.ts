import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSpool, SpoolSink } from '../../src/adapters/kpi/index.js';
import { notifyFailure } from '../../src/commands/notify/index.js';
import { RUN_ID, startNotifyWorld, type NotifyWorld } from './notify-world.js';

/** Attacks on the KPI rows of a notification: a spool that cannot be written, a failure announced twice. */
let world: NotifyWorld;

beforeAll(async () => {
  world = await startNotifyWorld();
});
afterAll(() => world?.close());
beforeEach(() => world.fresh());

describe('KPI rows of a notification', () => {
  // Attack: the KPI spool cannot be written (its directory is a file): a KPI outage must not turn a delivered
  // announcement into a failed step, nor give back the claim of a failure already announced.
  it('a spool that cannot be written leaves a delivered announcement delivered and its claim held', async () => {
    await world.recordFailure();
    const blocker = join(mkdtempSync(join(tmpdir(), 'pg-outsider-spool-')), 'not-a-directory');
    writeFileSync(blocker, '');
    const result = await notifyFailure(
      world.request(),
      world.deps({ kpi: new SpoolSink(join(blocker, 'kpi.jsonl')) }),
    ).catch((error: unknown) => error);
    expect(world.slack.received).toHaveLength(1);
    expect.soft(result).toMatchObject({ route: 'slack', delivered: true });
    expect.soft(world.entry().notify_claim).not.toBeNull();
  });

  // Attack: an attempt that delivered nothing (summary channel down, issues refused) and its rerun that opens
  // the issue: one failure, so notify.failures must count it once.
  it('a failure announced by the rerun after an undelivered attempt is counted once in notify.failures', async () => {
    await world.recordFailure();
    const spool = join(mkdtempSync(join(tmpdir(), 'pg-outsider-kpi-')), 'kpi.jsonl');
    world.slack.reply({ kind: 'status', status: 500, body: 'x' });
    world.summary.reply({ kind: 'status', status: 500, body: 'x' });
    world.gh.faults.inject(
      { method: 'POST', path: `/repos/acme/${world.repo()}/issues` },
      { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
      100,
    );
    expect(await notifyFailure(world.request(), world.deps({ kpi: new SpoolSink(spool) }))).toMatchObject({
      delivered: false,
    });
    world.gh.faults.clear();
    const rerun = await notifyFailure(
      world.request({ runAttempt: 2, claimId: `${RUN_ID}/notify#2` }),
      world.deps({ kpi: new SpoolSink(spool) }),
    );
    expect(rerun).toMatchObject({ route: 'issue', delivered: true });
    const rows = new Map(
      (await readSpool(spool)).events
        .filter((e) => e.metric === 'notify.failures')
        .map((e) => [e.idempotency_key, e]),
    );
    expect([...rows.values()].reduce((sum, e) => sum + e.value, 0)).toBe(1);
  });
});
