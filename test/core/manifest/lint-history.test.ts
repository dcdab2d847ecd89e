import { describe, expect, it } from 'vitest';
import { verdictDigest, type HistoryEntry } from '../../../src/core/manifest/index.js';
import { entryOf, FACTS, lint, step, verifiedEntry, violated } from './support.js';

const T1 = '2026-11-24T10:00:00.000Z';
const T2 = '2026-11-24T11:00:00.000Z';
const T3 = '2026-11-24T12:00:00.000Z';
const FAILED = step('failed', null, 'failure');
const APPENDED = 'steps are only appended by events';
const ONE_EVENT = 'each step must be the event that makes its transition';
const OWN_ATTEMPT = "a rerun's outcome is recorded by the rerun's own attempt";
const NOT_CREATED = (first: string) =>
  `the first history step is ${first}; an entry starts with validated or failed from (new): ` +
  'entries are created by the validate or notify action, never by hand';

describe('lint: a history of real events passes', () => {
  it.each([
    ['a recorded failure', entryOf()],
    ['a verified entry', verifiedEntry()],
    [
      'two reruns, each outcome from a later attempt than its start, then blocked',
      entryOf({
        status: 'blocked',
        requeue: false,
        history: [
          FAILED,
          step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: 1 }),
          step('rerun_failed', 'rerun_in_progress', 'failure', { run_attempt: 2 }),
          step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: 3 }),
          step('rerun_failed', 'rerun_in_progress', 'failure', { run_attempt: 4 }),
          step('blocked', 'failure', 'blocked', { run_attempt: 4 }),
        ],
      }),
    ],
    [
      'a rerun that succeeded on a later attempt',
      verifiedEntry({
        history: [
          FAILED,
          step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: 1 }),
          step('rerun_succeeded', 'rerun_in_progress', 'success', {
            run_attempt: 2,
            verdict_sha256: verdictDigest(FACTS),
          }),
        ],
      }),
    ],
  ])('%s', (_label, entry) => {
    expect(lint(entry)).toEqual([]);
  });
});

describe('lint entry_not_created: an entry starts with the event that creates it', () => {
  it('refuses a first step that is not a creating event', () => {
    expect(lint(entryOf({ history: [step('notified', null, 'failure', { at: T1 })] }))).toEqual([
      violated('entry_not_created', NOT_CREATED('notified ((new) → failure)')),
      violated(
        'event_mismatch',
        `history step 1 (notified at ${T1}) claims (new) → failure, but notified cannot apply to a new entry; ${ONE_EVENT}`,
      ),
    ]);
  });

  it('refuses a creating event that does not start from (new)', () => {
    expect(lint(entryOf({ history: [step('failed', 'pending', 'failure', { at: T1 })] }))).toEqual([
      violated('entry_not_created', NOT_CREATED('failed (pending → failure)')),
      violated(
        'illegal_transition',
        `history step 1 (failed at ${T1}) starts from pending but the step before ended in (new); ${APPENDED}`,
      ),
    ]);
  });

  it('has nothing to say about an empty history, which ends nowhere', () => {
    expect(lint(entryOf({ history: [] }))).toEqual([
      violated(
        'illegal_transition',
        'status failure is not where the history ends ((new)); status changes only through recorded events',
      ),
    ]);
  });
});

describe('lint event_mismatch: each step is the event that makes it', () => {
  it.each([
    [
      'a creating event that leads elsewhere',
      'blocked',
      [step('failed', null, 'blocked', { at: T1 })],
      `history step 1 (failed at ${T1}) claims (new) → blocked, but failed leads to failure; ${ONE_EVENT}`,
    ],
    [
      'an event that cannot apply to the status',
      'rollback',
      [FAILED, step('rolled_back', 'failure', 'rollback', { at: T2 })],
      `history step 2 (rolled_back at ${T2}) claims failure → rollback, but rolled_back cannot apply to failure; ${ONE_EVENT}`,
    ],
    [
      'two wrong steps: only the first is reported',
      'blocked',
      [
        FAILED,
        step('requeued', 'failure', 'blocked', { at: T2 }),
        step('escalated', 'blocked', 'blocked', { at: T3 }),
        step('notified', 'blocked', 'failure', { at: T3 }),
        step('blocked', 'failure', 'blocked', { at: T3 }),
      ],
      `history step 2 (requeued at ${T2}) claims failure → blocked, but requeued leads to requeued; ${ONE_EVENT}`,
    ],
  ] as const)('%s', (_label, status, history, message) => {
    expect(lint(entryOf({ status, history: [...history] as HistoryEntry[] }))).toEqual([
      violated('event_mismatch', message),
    ]);
  });
});

describe('lint illegal_transition: each step starts where the last ended, and the status is where they end', () => {
  it.each([
    [
      'a step from another status',
      'requeued',
      [FAILED, step('escalated', 'requeued', 'requeued', { at: T2 })],
      `history step 2 (escalated at ${T2}) starts from requeued but the step before ended in failure; ${APPENDED}`,
    ],
    [
      'a second step from (new)',
      'failure',
      [FAILED, step('failed', null, 'failure', { at: T2 })],
      `history step 2 (failed at ${T2}) starts from (new) but the step before ended in failure; ${APPENDED}`,
    ],
    [
      'a status the history does not end in',
      'requeued',
      [FAILED, step('escalated', 'failure', 'failure', { at: T2 })],
      'status requeued is not where the history ends (failure); status changes only through recorded events',
    ],
    [
      'a broken chain and a wrong status: only the first is reported',
      'rerun_in_progress',
      [
        FAILED,
        step('escalated', 'requeued', 'requeued', { at: T2 }),
        step('escalated', 'blocked', 'blocked', { at: T3 }),
      ],
      `history step 2 (escalated at ${T2}) starts from requeued but the step before ended in failure; ${APPENDED}`,
    ],
  ] as const)('%s', (_label, status, history, message) => {
    // The flag agrees with the status, so only the broken chain is reported.
    const rerun_in_progress = status === 'rerun_in_progress';
    expect(lint(entryOf({ status, rerun_in_progress, history: [...history] as HistoryEntry[] }))).toEqual([
      violated('illegal_transition', message),
    ]);
  });
});

describe("lint rerun_attempt: a rerun's outcome comes from a later attempt than its start", () => {
  const rerun = (started: number, outcome: number) =>
    entryOf({
      history: [
        FAILED,
        step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: started }),
        step('rerun_failed', 'rerun_in_progress', 'failure', { at: T2, run_attempt: outcome }),
      ],
    });

  it.each([
    [1, 1],
    [2, 1],
    [3, 3],
  ])('refuses an outcome after a rerun_started of attempt %i from attempt %i', (started, outcome) => {
    expect(lint(rerun(started, outcome))).toEqual([
      violated(
        'rerun_attempt',
        `history step 3 (rerun_failed at ${T2}) is attempt ${outcome}, not later than the rerun_started of attempt ${started}; ${OWN_ATTEMPT}`,
      ),
    ]);
  });

  it.each([
    [1, 2],
    [3, 4],
  ])('accepts an outcome after a rerun_started of attempt %i from attempt %i', (started, outcome) => {
    expect(lint(rerun(started, outcome))).toEqual([]);
  });

  it('refuses an outcome with no rerun_started before it', () => {
    const entry = entryOf({
      history: [FAILED, step('rerun_failed', 'failure', 'failure', { at: T2, run_attempt: 2 })],
    });
    expect(lint(entry)).toEqual([
      violated(
        'event_mismatch',
        `history step 2 (rerun_failed at ${T2}) claims failure → failure, but rerun_failed cannot apply to failure; ${ONE_EVENT}`,
      ),
      violated(
        'rerun_attempt',
        `history step 2 (rerun_failed at ${T2}) is attempt 2, with no rerun_started before it; ${OWN_ATTEMPT}`,
      ),
    ]);
  });

  it('checks rerun_succeeded too, and reports only the first bad outcome', () => {
    const entry = verifiedEntry({
      history: [
        FAILED,
        step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: 2 }),
        step('rerun_failed', 'rerun_in_progress', 'failure', { at: T2, run_attempt: 2 }),
        step('rerun_started', 'failure', 'rerun_in_progress', { run_attempt: 3 }),
        step('rerun_succeeded', 'rerun_in_progress', 'success', {
          at: T3,
          run_attempt: 3,
          verdict_sha256: verdictDigest(FACTS),
        }),
      ],
    });
    expect(lint(entry)).toEqual([
      violated(
        'rerun_attempt',
        `history step 3 (rerun_failed at ${T2}) is attempt 2, not later than the rerun_started of attempt 2; ${OWN_ATTEMPT}`,
      ),
    ]);
    const succeeded = verifiedEntry({
      history: [...entry.history.slice(0, 2), { ...entry.history[4]!, run_attempt: 2 }],
    });
    expect(lint(succeeded)).toEqual([
      violated(
        'rerun_attempt',
        `history step 3 (rerun_succeeded at ${T3}) is attempt 2, not later than the rerun_started of attempt 2; ${OWN_ATTEMPT}`,
      ),
    ]);
  });
});
