import type { FailureCode } from '../errors/index.js';
import type { EntryStatus } from '../manifest/index.js';

/** UTC days, YYYY-MM-DD, both inclusive; null for no bound. */
export interface DayRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** Attempts of something on one UTC day and how many of them succeeded. */
export interface DailyRate {
  readonly day: string;
  readonly attempts: number;
  readonly succeeded: number;
}

export interface Count {
  readonly label: string;
  readonly count: number;
}

/** Durations in seconds, from the raw samples (KPI events). */
export interface SampledDistribution {
  readonly kind: 'samples';
  readonly samples: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
  readonly histogram: readonly Count[];
}

/** Per-day percentiles, which is all the database views keep; days cannot be merged into one p50. */
export interface DailyDistribution {
  readonly kind: 'daily';
  readonly days: readonly {
    readonly day: string;
    readonly samples: number;
    readonly p50: number;
    readonly p95: number;
    readonly max: number;
  }[];
}

export type Distribution = SampledDistribution | DailyDistribution;

/** One failed (tag, run): what the on-call engineer opens first. */
export interface FailureRow {
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly at: string;
  /**
   * The code the entry records; null once a rerun passed (the manifest keeps only the latest failure code).
   */
  readonly code: FailureCode | null;
  readonly status: EntryStatus;
  readonly issueNumber: number | null;
  readonly detail: string | null;
}

/** The figures the KPI charts need, from KPI events or from the database views. */
export interface KpiFigures {
  readonly passRate: readonly DailyRate[];
  readonly rerunSuccess: readonly DailyRate[];
  /** Notifications by route (slack, issue, summary); null where the source does not keep the route. */
  readonly notifyRoutes: readonly Count[] | null;
  readonly issueLatency: Distribution;
  readonly timeToResolution: Distribution;
  readonly lockWait: Distribution;
  readonly ingestSuccess: readonly DailyRate[];
}

export interface DashboardSources {
  readonly manifestFiles: number;
  readonly entries: number;
  readonly kpiEvents: number;
  /** Spool lines that were not a usable KPI event (torn writes, unknown metrics, bad dates). */
  readonly skippedEvents: number;
  readonly database: boolean;
  /** Verdicts no signature vouches for, left out of the pass rate; null when signatures were not checked. */
  readonly unvouchedVerdicts: number | null;
}

export interface Dashboard extends KpiFigures {
  readonly range: DayRange;
  readonly generatedAt: string;
  readonly sources: DashboardSources;
  /** Failed entries by the code they record (`passed since` when a rerun fixed them). */
  readonly failuresByCode: readonly Count[];
  readonly latestFailures: readonly FailureRow[];
}
