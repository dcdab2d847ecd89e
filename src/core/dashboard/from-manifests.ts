import {
  entryKey,
  type EventName,
  type HistoryEntry,
  type Manifest,
  type ManifestEntry,
} from '../manifest/index.js';
import type { Count, DailyRate, DayRange, FailureRow } from './model.js';
import { countBy, dailyRates, dayOf, inRange } from './stats.js';

/** How an entry a rerun fixed since shows among the latest failures: a status, its code is no longer kept. */
export const PASSED_SINCE = 'passed since';

const VERDICTS: Partial<Record<EventName, boolean>> = {
  validated: true,
  rerun_succeeded: true,
  failed: false,
  rerun_failed: false,
};

export interface ManifestFigures {
  readonly entries: number;
  /** Verdicts nothing but the file vouches for, left out of the pass rate; null: signatures not checked. */
  readonly unvouched: number | null;
  readonly passRate: readonly DailyRate[];
  readonly failuresByCode: readonly Count[];
  readonly latestFailures: readonly FailureRow[];
}

/** Every verdict recorded in range is one validation; each entry that failed in range is one failure. */
export function manifestFigures(
  manifests: readonly Manifest[],
  range: DayRange,
  vouched: ((entry: ManifestEntry) => boolean) | null = null,
  latestCount = 20,
): ManifestFigures {
  const entries = mergeEntries(manifests);
  const unvouched = new Set(
    vouched === null ? [] : entries.filter((entry) => entry.verdict !== null && !vouched(entry)),
  );
  const verdicts = entries.flatMap((entry) =>
    entry.history.flatMap((step) => {
      const ok = VERDICTS[step.event];
      // A pass that no signature vouches for is not counted: a forged success is no release verified.
      if (ok === true && unvouched.has(entry)) return [];
      const day = dayOf(step.at);
      return ok === undefined || day === null || !inRange(day, range) ? [] : [{ entry, step, day, ok }];
    }),
  );
  const lastFailure = new Map<ManifestEntry, HistoryEntry>();
  for (const { entry, step, ok } of verdicts) if (!ok) lastFailure.set(entry, step);
  const failures = [...lastFailure]
    .map(([entry, step]) => toFailureRow(entry, step))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return {
    entries: entries.length,
    unvouched: vouched === null ? null : unvouched.size,
    passRate: dailyRates(verdicts),
    failuresByCode: countBy(failures.flatMap((failure) => (failure.code === null ? [] : [failure.code]))),
    latestFailures: failures.slice(0, latestCount),
  };
}

/**
 * Several manifests (one per day) may hold the same entry: the copy with the longest history is the latest.
 */
function mergeEntries(manifests: readonly Manifest[]): ManifestEntry[] {
  const byKey = new Map<string, ManifestEntry>();
  for (const entry of manifests.flatMap((manifest) => manifest.entries)) {
    const known = byKey.get(entryKey(entry));
    if (!known || entry.history.length > known.history.length) byKey.set(entryKey(entry), entry);
  }
  return [...byKey.values()];
}

function toFailureRow(entry: ManifestEntry, step: HistoryEntry): FailureRow {
  return {
    tag: entry.tag,
    runId: entry.run_id,
    runAttempt: step.run_attempt,
    at: step.at,
    code: entry.failure_reason,
    status: entry.status,
    issueNumber: entry.issue_number,
    detail: step.reason,
  };
}
