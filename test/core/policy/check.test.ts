import { describe, expect, it } from 'vitest';
import { compare, failed, passed, skipped } from '../../../src/core/policy/index.js';

describe('check records', () => {
  it('passed, failed and skipped record name, status, expected, actual and code', () => {
    expect(passed('subjects', 'subject_mismatch', 'e', 'a')).toEqual({
      name: 'subjects',
      status: 'passed',
      expected: 'e',
      actual: 'a',
      code: 'subject_mismatch',
    });
    expect(failed('source_ref', 'tag_mismatch', 'e', 'a')).toEqual({
      name: 'source_ref',
      status: 'failed',
      expected: 'e',
      actual: 'a',
      code: 'tag_mismatch',
    });
    expect(skipped('repository_id', 'source_mismatch', 'why')).toEqual({
      name: 'repository_id',
      status: 'skipped',
      expected: 'why',
      actual: '-',
      code: 'source_mismatch',
    });
  });

  it.each([
    [true, 'a', 'passed', 'a'],
    [false, 'a', 'failed', 'a'],
    [true, null, 'passed', '(absent)'],
    [false, null, 'failed', '(absent)'],
  ])('compare(ok=%s, actual=%j) is %s with actual %j', (ok, actual, status, shown) => {
    expect(compare({ name: 'builder_id', code: 'builder_mismatch', expected: 'e', actual, ok })).toEqual({
      name: 'builder_id',
      status,
      expected: 'e',
      actual: shown,
      code: 'builder_mismatch',
    });
  });
});
