import type { ManifestEntry } from '../../core/manifest/index.js';
import type { GovernanceOperation, GovernanceResult } from '../../commands/rollback/index.js';
import { code, link } from '../summary/markdown.js';
import { renderOperationSummary } from '../summary/operation.js';

const TITLE: Record<GovernanceOperation, string> = {
  rollback: 'Rollback',
  override_grant: 'SLSA v0.2 override granted',
  override_revoke: 'SLSA v0.2 override revoked',
};

/** What the rollback or override did, what the manifest now holds, and the audit request id. */
export function renderRollbackSummary(
  request: { readonly operation: GovernanceOperation; readonly tag: string; readonly runId: number },
  result: GovernanceResult,
  entry: ManifestEntry | null,
): string {
  const pr = result.pullRequest;
  return renderOperationSummary({
    title: `${TITLE[request.operation]} for ${code(request.tag)} run ${request.runId}`,
    done: [
      ...(pr
        ? [
            `Opened the revert pull request ${link(pr.url, `#${pr.number}`)}: \`provenance-validate\` must pass on it before merge`,
          ]
        : []),
      ...(request.operation === 'rollback' && entry?.status === 'rollback'
        ? ['Recorded `status=rollback`, `governance_flag=rollback` in the manifest']
        : []),
      ...(request.operation !== 'rollback'
        ? [
            `Recorded \`${request.operation === 'override_grant' ? 'override_granted' : 'override_revoked'}\` in the manifest`,
          ]
        : []),
      `Audit result: ${result.audit.result}`,
    ],
    audit: result.audit,
    entry,
  });
}
