import { describe, expect, it } from 'vitest';
import { MAX_OVERRIDE_DAYS, overrideWindowProblem } from '../../../src/core/manifest/index.js';

const START = '2026-11-24T10:00:00.000Z';
const DAY = 86_400_000;
const after = (ms: number) => new Date(Date.parse(START) + ms);

describe('overrideWindowProblem', () => {
  it('allows at most 7 days', () => {
    expect(MAX_OVERRIDE_DAYS).toBe(7);
  });

  it.each([
    ['one millisecond', 1],
    ['one day', DAY],
    ['exactly 7 days', 7 * DAY],
  ])('accepts an override expiring %s after its start', (_label, span) => {
    expect(overrideWindowProblem(new Date(START), after(span))).toBeNull();
  });

  it.each([
    ['at its start', 0, `expires_at ${START} is not after ${START}`],
    ['before its start', -1, `expires_at 2026-11-24T09:59:59.999Z is not after ${START}`],
    [
      '7 days and one millisecond after its start',
      7 * DAY + 1,
      `expires more than 7 days after ${START}: overrides are time-bound`,
    ],
    [
      '30 days after its start',
      30 * DAY,
      `expires more than 7 days after ${START}: overrides are time-bound`,
    ],
  ])('refuses an override expiring %s', (_label, span, problem) => {
    expect(overrideWindowProblem(new Date(START), after(span))).toBe(problem);
  });

  it.each([
    ['expiry', new Date(START), new Date('not a date')],
    ['start', new Date('not a date'), new Date(START)],
  ])('says so when the %s is not a date', (_label, start, expiresAt) => {
    expect(overrideWindowProblem(start, expiresAt)).toBe('expires_at is not a date');
  });
});
