import { describe, expect, it } from 'vitest';
import { MANIFEST_HOME_RULE, ManifestSchema, manifestPathForRun } from '../../../src/core/manifest/index.js';

describe('manifestPathForRun: the UTC day of the release run', () => {
  it.each([
    ['2026-11-24T00:00:00.000Z', 'docs/reports/2026-11-24/manifest.json'],
    ['2026-11-24T23:59:59.999Z', 'docs/reports/2026-11-24/manifest.json'],
    ['2026-11-25T00:00:00.000Z', 'docs/reports/2026-11-25/manifest.json'],
    ['2026-11-25T01:30:00+02:00', 'docs/reports/2026-11-24/manifest.json'],
    ['2026-11-24T22:30:00-02:00', 'docs/reports/2026-11-25/manifest.json'],
    ['2024-02-29T12:00:00Z', 'docs/reports/2024-02-29/manifest.json'],
    ['2026-12-31T23:59:59.999Z', 'docs/reports/2026-12-31/manifest.json'],
    ['2027-01-01T00:00:00.000Z', 'docs/reports/2027-01-01/manifest.json'],
  ])('a run created at %s lives in %s', (createdAt, path) => {
    expect(manifestPathForRun(new Date(createdAt))).toBe(path);
  });
});

describe('MANIFEST_HOME_RULE', () => {
  it('states the home rule word for word', () => {
    expect(MANIFEST_HOME_RULE).toBe(
      'Each entry lives in docs/reports/<YYYY-MM-DD>/manifest.json, where the date is the UTC day of its release ' +
        "run's created_at (GET /repos/{owner}/{repo}/actions/runs/{run_id}); reruns keep the run and so the file. " +
        'An explicit manifest-path puts every entry in that one file instead.',
    );
  });

  it('is the description of the schema entries', () => {
    expect(ManifestSchema.shape.entries.description).toBe(MANIFEST_HOME_RULE);
  });
});
