import type { ManifestEntry } from '../../core/manifest/index.js';
import type { RecoverRequest, RecoverResult } from '../../commands/recover/index.js';
import { renderOperationSummary } from '../summary/operation.js';
import { code, shown } from '../summary/markdown.js';

const DONE = {
  rerun: 'reran the release run (same commit)',
  rerun_failed_jobs: 'reran the failed jobs of the release run (same commit)',
  dispatch_release: 'dispatched the release workflow for the tag',
  retry_tag: 'created the retry tag at the release commit',
} as const;

/** What recovery did for (tag, run), what the manifest now holds, and the audit request id. */
export function renderRecoverSummary(
  request: Pick<RecoverRequest, 'tag' | 'runId' | 'awaitRerun'>,
  result: RecoverResult,
  entry: ManifestEntry | null,
): string {
  const subject = `${code(request.tag)} run ${request.runId}`;
  return renderOperationSummary({
    title: recoverTitle(subject, result),
    done: [
      `Decision: ${shown(result.plan.why)}`,
      ...(result.performed
        ? [
            `Done: ${DONE[result.performed]}${result.plan.kind === 'retry_tag' ? ` (${code(result.plan.tag)})` : ''}`,
          ]
        : ['Done: nothing']),
      ...afterRerun(request.awaitRerun !== null, result),
    ],
    audit: result.audit,
    entry,
  });
}

/** Only a rerun is awaited, and only with `await-rerun-minutes` above 0. */
function afterRerun(awaited: boolean, result: RecoverResult): string[] {
  if (!result.performed?.startsWith('rerun')) return [];
  if (!awaited)
    return [
      'The rerun was started and not awaited (`await-rerun-minutes: 0`): its own validate job records the verdict',
    ];
  return result.finalStatus ? [`The awaited rerun ended with the entry \`${result.finalStatus}\``] : [];
}

function recoverTitle(subject: string, result: RecoverResult): string {
  if (result.performed) return `Recovery of ${subject}: ${DONE[result.performed]}`;
  if (result.plan.kind === 'refused') return `Recovery of ${subject} refused`;
  return `Recovery of ${subject}: nothing to do`;
}
