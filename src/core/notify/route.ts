import { postAttemptOf, type ManifestEntry } from '../manifest/index.js';

export type NotifyRoute = 'slack' | 'issue' | 'summary';

/** What has happened so far in one notification attempt. */
export interface NotifyProgress {
  readonly entry: ManifestEntry | null;
  readonly slack: 'pending' | 'delivered' | 'failed';
  /** An open issue for this failure found by its marker, when the manifest has none recorded. */
  readonly markedIssue: number | null;
  readonly issue: 'pending' | 'opened' | 'failed';
}

export type NotifyStep =
  | { readonly kind: 'slack' }
  | { readonly kind: 'comment'; readonly issue: number }
  | { readonly kind: 'open-issue' }
  | { readonly kind: 'summary' }
  | { readonly kind: 'done'; readonly route: NotifyRoute | null; readonly why: string };

/**
 * Slack first; on failure the issue (a comment when one exists: never a second issue); when the
 * issue cannot be made, the ops summary channel. A failure already announced is not announced again, and
 * Slack, once attempted for a failure (its answer may have been lost after delivery), is not tried again.
 */
export function nextNotifyStep(progress: NotifyProgress): NotifyStep {
  const recorded = progress.entry?.issue_number ?? null;
  if (progress.slack === 'pending') {
    if (recorded !== null) return { kind: 'comment', issue: recorded };
    if (progress.entry?.notify_slack)
      return { kind: 'done', route: null, why: 'Slack already delivered this failure; not notifying twice' };
    if (postAttemptOf(progress.entry, 'slack') === null) return { kind: 'slack' };
    return nextNotifyStep({ ...progress, slack: 'failed' });
  }
  if (progress.slack === 'delivered') return { kind: 'done', route: 'slack', why: 'delivered to Slack' };
  if (progress.issue === 'pending') {
    const existing = recorded ?? progress.markedIssue;
    return existing !== null ? { kind: 'comment', issue: existing } : { kind: 'open-issue' };
  }
  if (progress.issue === 'opened')
    return { kind: 'done', route: 'issue', why: 'Slack failed; the GitHub issue carries the failure' };
  return { kind: 'summary' };
}
