/**
 * Where every entry lives, whichever action (validate, notify, recover, rollback) and whatever day it runs.
 */
export const MANIFEST_HOME_RULE =
  'Each entry lives in docs/reports/<YYYY-MM-DD>/manifest.json, where the date is the UTC day of its release ' +
  "run's created_at (GET /repos/{owner}/{repo}/actions/runs/{run_id}); reruns keep the run and so the file. An explicit manifest-path " +
  'puts every entry in that one file instead.';

/**
 * The home of a release run's entries: the UTC day the run was created, never the day a job happens to run.
 */
export function manifestPathForRun(runCreatedAt: Date): string {
  return `docs/reports/${runCreatedAt.toISOString().slice(0, 10)}/manifest.json`;
}
