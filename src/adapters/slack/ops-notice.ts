import type { FailureCode } from '../../core/errors/index.js';
import type { FailureNotice } from '../../core/notify/index.js';
import { redactText } from '../../core/redaction/index.js';

/**
 * The body the ops-slack-notify Supabase function takes (supabase/functions/ops-slack-notify/index.ts): the
 * failure, not a message. The function writes and escapes the message itself and stamps it with the
 * repository of the key that sent it.
 */
export interface OpsReleaseFailure {
  readonly kind: 'release_failure';
  readonly repository: string;
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly failure_reason: FailureCode;
  readonly detail?: string;
  /** Pages of the repository on its GitHub server, no query or fragment: the function refuses others. */
  readonly links: { readonly run: string; readonly artifact?: string };
}

/** The longest detail and link the function takes. */
const MAX_DETAIL = 2_000;
const MAX_LINK = 1_000;

/**
 * The notice for the function, untrusted text redacted (the function cannot know the secrets). An artifact
 * URL that is not a page of the repository is left out: the function would refuse the whole notice for it,
 * and the issue and the manifest keep it.
 */
export function opsReleaseFailure(notice: FailureNotice, secrets: readonly string[]): OpsReleaseFailure {
  const detail = notice.detail === null ? '' : redactText(notice.detail, secrets).slice(0, MAX_DETAIL);
  const artifact = notice.artifactUrl === null ? null : redactText(notice.artifactUrl, secrets);
  const home = new URL(notice.runUrl);
  return {
    kind: 'release_failure',
    repository: notice.repository,
    tag: redactText(notice.tag, secrets),
    run_id: notice.runId,
    run_attempt: notice.runAttempt,
    failure_reason: notice.failureReason,
    ...(detail ? { detail } : {}),
    links: {
      run: notice.runUrl,
      ...(artifact !== null && isPageOf(artifact, home.origin, notice.repository) ? { artifact } : {}),
    },
  };
}

/**
 * The function's rule for a link: same origin, no credentials, inside `/<repository>/`, no query or fragment.
 */
function isPageOf(link: string, origin: string, repository: string): boolean {
  if (link.length > MAX_LINK || !URL.canParse(link)) return false;
  const url = new URL(link);
  return (
    url.origin === origin &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash &&
    url.pathname.toLowerCase().startsWith(`/${repository.toLowerCase()}/`)
  );
}
