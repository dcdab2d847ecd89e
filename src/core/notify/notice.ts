import { FAILURE_CATALOG, type FailureCode } from '../errors/index.js';

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

export const BASE_LABELS = ['ops-alert', 'provenance-failure'] as const;

/** `security-backcompat` marks predicate-type failures: the legacy v0.2 line needs a governance decision. */
export function labelsFor(code: FailureCode): string[] {
  return code === 'predicate_mismatch' ? [...BASE_LABELS, 'security-backcompat'] : [...BASE_LABELS];
}

/** Keyed by tag + run id: finds the issue of a failure again, across reruns and without the manifest. */
export function issueMarker(tag: string, runId: number): string {
  return `<!-- provenance-guard:failure tag=${encodeURIComponent(tag)} run=${runId} -->`;
}

export function meaningOf(code: FailureCode): string {
  return FAILURE_CATALOG[code].meaning;
}
