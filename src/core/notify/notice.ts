import { FAILURE_CATALOG, failureOutcome, type FailureCode, type Outcome } from '../errors/index.js';

/** One failure to announce: what the Slack message, the issue and the summary are made of. */
export interface FailureNotice {
  readonly repository: string;
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  readonly runUrl: string;
  readonly artifactUrl: string | null;
  readonly failureReason: FailureCode;
  readonly detail: string | null;
  /** The manifest entry as JSON, already redacted. */
  readonly manifestSnippet: string | null;
  readonly runbookUrl: string;
}

/** The label every failure issue carries: where its marker is looked for. */
export const FAILURE_ISSUE_LABEL = 'provenance-failure';
export const BASE_LABELS = ['ops-alert', FAILURE_ISSUE_LABEL] as const;

/** `security-backcompat` marks predicate-type failures: the legacy v0.2 line needs a governance decision. */
export function labelsFor(code: FailureCode): string[] {
  return code === 'predicate_mismatch' ? [...BASE_LABELS, 'security-backcompat'] : [...BASE_LABELS];
}

/** A hidden HTML comment naming what a body announces, so it is found again instead of posted twice. */
function marker(kind: string, tag: string, runId: number, extra = ''): string {
  return `<!-- provenance-guard:${kind} tag=${encodeURIComponent(tag)} run=${runId}${extra} -->`;
}

/** Keyed by tag + run id: finds the issue of a failure again, across reruns and without the manifest. */
export function issueMarker(tag: string, runId: number): string {
  return marker('failure', tag, runId);
}

/** Hidden in a rerun comment: a comment whose creation answer was lost is found, not posted twice. */
export function commentMarker(tag: string, runId: number, runAttempt: number): string {
  return marker('again', tag, runId, ` attempt=${runAttempt}`);
}

/** Hidden in the comment that tells the incident a rerun failed again and the entry is blocked. */
export function blockedMarker(tag: string, runId: number): string {
  return marker('blocked', tag, runId);
}

export function meaningOf(code: FailureCode): string {
  return FAILURE_CATALOG[code].meaning;
}

/** How a failure is announced: a release proven bad, or one nothing could be decided about. */
const HEADLINE: Record<Exclude<Outcome, 'verified'>, string> = {
  rejected: 'Provenance rejected',
  undecided: 'Provenance could not be decided',
};

/** A job of the release that failed before or after verification: no provenance question at all. */
const JOB_HEADLINE: Partial<Record<FailureCode, string>> = {
  build_failed: 'Release build failed',
  signing_failed: 'Release signing failed',
  publish_failed: 'Release publishing failed',
  job_failed: 'Release job failed',
};

export function headlineOf(code: FailureCode): string {
  return JOB_HEADLINE[code] ?? HEADLINE[failureOutcome(code)];
}
