import { describe, expect, it } from 'vitest';
import { stepClaimId, takesOver } from '../../../src/core/manifest/index.js';

const step = { runId: '555', job: 'notify', step: 'announce', attempt: '1' };

describe('claim ids: the step that holds a claim, and who may take it over', () => {
  it('a later attempt of the same step takes over; the same attempt, an earlier one or another step does not', () => {
    const held = stepClaimId(step, 'aa');
    expect(takesOver(held, stepClaimId({ ...step, attempt: '2' }, 'bb'))).toBe(true);
    expect(takesOver(held, stepClaimId(step, 'bb'))).toBe(false);
    expect(takesOver(stepClaimId({ ...step, attempt: '2' }, 'aa'), stepClaimId(step, 'bb'))).toBe(false);
    expect(takesOver(held, stepClaimId({ ...step, job: 'other', attempt: '2' }, 'bb'))).toBe(false);
    expect(takesOver(held, stepClaimId({ ...step, step: 'announce_2', attempt: '2' }, 'bb'))).toBe(false);
    expect(takesOver(held, stepClaimId({ ...step, runId: '556', attempt: '2' }, 'bb'))).toBe(false);
  });

  it('two legs of a matrix job (same run, job, step and attempt) hold different claims', () => {
    expect(stepClaimId(step)).not.toBe(stepClaimId(step));
  });

  it('long job names that share a prefix stay apart, and every id fits the manifest (100 characters)', () => {
    const long = 'a'.repeat(70);
    const [one, two] = [`${long}-linux`, `${long}-macos`].map((job) =>
      stepClaimId({ ...step, runId: '99999999999', job, step: job }, 'ffffffff'),
    );
    expect(one).not.toBe(two);
    expect(one!.length).toBeLessThanOrEqual(100);
    expect(
      takesOver(
        one!,
        stepClaimId(
          { ...step, runId: '99999999999', job: `${long}-linux`, step: `${long}-linux`, attempt: '2' },
          'aa',
        ),
      ),
    ).toBe(true);
  });

  it("names with '#', '/' or '~' cannot make one step's claim parse as another's", () => {
    const odd = { ...step, job: 'a#1/b~c', step: 'x/y' };
    expect(takesOver(stepClaimId(odd, 'aa'), stepClaimId({ ...odd, attempt: '2' }, 'bb'))).toBe(true);
    expect(
      takesOver(stepClaimId(odd, 'aa'), stepClaimId({ ...step, job: 'a', step: '1', attempt: '2' }, 'bb')),
    ).toBe(false);
  });

  it('ids that do not parse (a run id that is not a number, a hand-written id) are never taken over', () => {
    expect(
      takesOver(
        stepClaimId({ ...step, runId: 'local' }, 'aa'),
        stepClaimId({ ...step, runId: 'local', attempt: '2' }, 'bb'),
      ),
    ).toBe(false);
    expect(takesOver('notifier-1', stepClaimId({ ...step, attempt: '2' }, 'bb'))).toBe(false);
    expect(takesOver(null, stepClaimId(step, 'bb'))).toBe(false);
  });
});
