import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isFailureCode } from '../../src/core/errors/index.js';
import { interpolate, type Json } from '../rehearsal/workflow/expressions.js';

type Job = { needs?: string[]; steps?: { uses?: string; with?: Record<string, string> }[] };
const ci = parse(
  readFileSync(new URL('../../workflows-templates/security-ci.yml', import.meta.url), 'utf8'),
) as {
  jobs: Record<string, Job>;
};
const notify = ci.jobs['notify-on-failure']!;
const reasonExpression = notify.steps!.find((step) => step.uses?.includes('/notify@'))!.with![
  'failure-reason'
]!;
const releaseJobs = Object.keys(ci.jobs).filter((job) => job !== 'notify-on-failure');

/** The `needs` context GitHub gives notify when `failed` failed (with `outputs`) and the jobs after it were skipped. */
function needsWhen(failed: string, outputs: Record<string, string> = {}): Record<string, Json> {
  const order = releaseJobs;
  const at = order.indexOf(failed);
  return Object.fromEntries(
    order.map((job, index) => {
      const result = index < at ? 'success' : index === at ? 'failure' : 'skipped';
      return [job, { result, outputs: index === at ? outputs : {} }];
    }),
  );
}
const reason = (needs: Record<string, Json>) => interpolate(reasonExpression, { contexts: { needs } });

describe("security-ci.yml's notify-on-failure (issue 23, cases 2 and 3)", () => {
  it('needs every other job of the release: a failure anywhere reaches on-call', () => {
    expect([...notify.needs!].sort()).toEqual([...releaseJobs].sort());
  });

  it.each([
    ['build', {}, 'build_failed'],
    ['provenance', {}, 'signing_failed'],
    ['provenance-validate', { 'failure-reason': 'subject_mismatch' }, 'subject_mismatch'],
    ['provenance-validate', {}, 'job_failed'],
    ['publish', {}, 'publish_failed'],
    ['release-validate', { 'failure-reason': 'asset_unattested' }, 'asset_unattested'],
    ['release-validate', {}, 'job_failed'],
    ['verification-summary', {}, 'signing_failed'],
  ])('%s failing with outputs %j is announced as %s, a code notify accepts', (job, outputs, code) => {
    const value = reason(needsWhen(job, outputs));
    expect(value).toBe(code);
    expect(isFailureCode(value)).toBe(true);
  });
});
