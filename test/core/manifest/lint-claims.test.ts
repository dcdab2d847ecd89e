import { describe, expect, it } from 'vitest';
import { entryOf, lint, step } from './support.js';

const FAILED = step('failed', null, 'failure');
const CLAIMED_AT = '2026-11-24T10:05:00.000Z';
const claimed = (claim_id?: string) =>
  step('notify_claimed', 'failure', 'failure', { at: CLAIMED_AT, ...(claim_id ? { claim_id } : {}) });
const rules = (entry: ReturnType<typeof entryOf>) => lint(entry).map((v) => v.rule);

describe('lint claim_unrecorded: claims change only with their steps', () => {
  it('a notify claim written into the file with no notify_claimed step is flagged', () => {
    const forged = entryOf({ notify_claim: { id: '9/notify/x#1~aa', at: CLAIMED_AT }, history: [FAILED] });
    expect(rules(forged)).toEqual(['claim_unrecorded']);
  });

  it('a claim the last notify_claimed step made passes, with or without its id recorded', () => {
    const claim = { id: '9/notify/x#1~aa', at: CLAIMED_AT };
    expect(lint(entryOf({ notify_claim: claim, history: [FAILED, claimed('9/notify/x#1~aa')] }))).toEqual([]);
    expect(lint(entryOf({ notify_claim: claim, history: [FAILED, claimed()] }))).toEqual([]);
  });

  it("a claim swapped for another notifier's id, or kept after notify_released, is flagged", () => {
    const swapped = { id: '9/notify/y#1~bb', at: CLAIMED_AT };
    expect(rules(entryOf({ notify_claim: swapped, history: [FAILED, claimed('9/notify/x#1~aa')] }))).toEqual([
      'claim_unrecorded',
    ]);
    const released = step('notify_released', 'failure', 'failure', { at: '2026-11-24T10:06:00.000Z' });
    const kept = { id: '9/notify/x#1~aa', at: CLAIMED_AT };
    expect(rules(entryOf({ notify_claim: kept, history: [FAILED, claimed(kept.id), released] }))).toEqual([
      'claim_unrecorded',
    ]);
  });

  it('a rerun flag set by hand on a failure (stalling every recovery) is flagged', () => {
    expect(rules(entryOf({ rerun_in_progress: true, history: [FAILED] }))).toEqual(['claim_unrecorded']);
  });
});
