import {
  openPullFrom,
  openRevertPullRequest,
  statusOf,
  withGitHubRetries,
  type GitHubApi,
} from '../../adapters/github/index.js';
import { applyToEntry } from '../../adapters/manifest/index.js';
import { GuardError } from '../../core/errors/index.js';
import { kpiEvent } from '../../core/kpi/index.js';
import type { EventPayload, ManifestEntry, ManifestEvent } from '../../core/manifest/index.js';
import type { AuditEvent } from '../../core/operations/index.js';
import { escapeMarkdown, markdownCode } from '../../core/notify/index.js';
import { keptFolders } from '../../core/release/index.js';
import {
  assertEventApplies,
  authorizeOperation,
  OperationDenied,
  operationContext,
  parseOperationInput,
  requireEntry,
  runAudited,
  type OperationDependencies,
  type OperationRequest,
  type Outcome,
} from '../operations/index.js';

export type GovernanceOperation = 'rollback' | 'override_grant' | 'override_revoke';

export interface GovernanceRequest extends OperationRequest {
  readonly operation: GovernanceOperation;
  /** rollback: the commit to go back to (the last good release). */
  readonly targetSha: string | null;
  readonly baseBranch: string;
  /** rollback: restore the target's `.github/workflows/` too (kept as the base branch has them otherwise). */
  readonly restoreWorkflows: boolean;
  /** override_grant: when it ends (at most 7 days ahead). */
  readonly expiresAt: string | null;
  /**
   * The workflow run this operation runs in (GITHUB_RUN_ID): validate asks GitHub about it before honouring a
   * grant.
   */
  readonly governanceRunId: number | null;
}

/**
 * `pullRequests` opens the rollback branch and pull request: a token whose pull request starts the required
 * checks (a GITHUB_TOKEN's would start none). Everything else is read and written with `github`.
 */
export interface GovernanceDependencies extends OperationDependencies {
  readonly pullRequests?: GitHubApi;
}

export interface GovernanceResult {
  readonly pullRequest: { readonly number: number; readonly url: string } | null;
  readonly audit: AuditEvent;
}

type Value = Omit<GovernanceResult, 'audit'>;

/**
 * Rollback and overrides: maintainers (or the named governance reviewers) only, on an existing entry,
 * each audited once. A rollback is recorded only once its revert pull request exists, so a failed PR
 * leaves the entry as it was and the rollback can simply be requested again.
 */
export function runGovernance(
  request: GovernanceRequest,
  deps: GovernanceDependencies,
): Promise<GovernanceResult> {
  const context = operationContext(request.operation, request);
  return runAudited(context, deps, async (): Promise<Outcome<Value>> => {
    const input = parseOperationInput(request.operation, {
      run_id: request.runId,
      tag: request.tag,
      reason: request.reason,
      incident: request.incident,
      ...(request.operation === 'rollback' ? { target_sha: request.targetSha } : {}),
      ...(request.operation === 'override_grant' ? { expires_at: request.expiresAt } : {}),
    });
    const normalised = {
      ...request,
      runId: input.run_id,
      tag: input.tag,
      reason: input.reason,
      incident: input.incident,
    };
    await authorizeOperation(context, deps);
    const at = deps.now().toISOString();
    const origin = `${request.operation} (request ${request.requestId}, incident #${input.incident})`;
    // What the operation did comes before the free-text reason, so the 300-character cut never drops it.
    const event = (detail = '') =>
      ({
        tag: input.tag,
        run_id: input.run_id,
        run_attempt: 1,
        actor: request.actor,
        at,
        reason: `${origin}${detail}: ${input.reason}`.slice(0, 300),
        ...payload(normalised),
      }) as ManifestEvent;
    const entry = await requireEntry(deps, { tag: input.tag, run_id: input.run_id }, request.operation);
    // Recorded already, by an earlier attempt whose answer was lost or another rollback: done, not refused.
    if (request.operation === 'rollback' && entry.status === 'rollback') {
      const pullRequest = await openPullFrom(deps.pullRequests ?? deps.github, rollbackBranch(normalised));
      return { result: 'noop', detail: rolledBackBy(entry), value: { pullRequest } };
    }
    assertEventApplies(entry, event());
    if (request.operation !== 'rollback') {
      const recorded = await applyToEntry(deps.store, event());
      if (recorded.outcome === 'refused') throw new OperationDenied('input_invalid', recorded.message);
      return {
        result: recorded.outcome === 'applied' ? 'succeeded' : 'noop',
        detail: recorded.message,
        value: { pullRequest: null },
      };
    }
    const pullRequest = await openRollbackPull(normalised, deps);
    const recorded = await applyToEntry(
      deps.store,
      event(`; revert PR #${pullRequest.number} to ${request.targetSha}`),
    );
    if (recorded.outcome === 'refused') {
      throw new GuardError(
        'input_invalid',
        `${recorded.message}; revert PR #${pullRequest.number} is open but the rollback is not recorded: close the PR, or request the rollback again`,
      );
    }
    await emitLeadTime(normalised, deps, at);
    return { result: 'succeeded', detail: `rollback PR #${pullRequest.number}`, value: { pullRequest } };
  });
}

function rollbackBranch(request: { tag: string; runId: number }): string {
  return `rollback/${request.tag}-${request.runId}`;
}

function rolledBackBy(entry: ManifestEntry): string {
  const step = entry.history.findLast((h) => h.event === 'rolled_back');
  return `tag ${entry.tag} run ${entry.run_id} is already rolled back${step?.reason ? ` (${step.reason})` : ''}`;
}

/** The effect of a rollback; an unknown target commit is refused before anything is created. */
async function openRollbackPull(
  request: GovernanceRequest,
  deps: GovernanceDependencies,
): Promise<{ number: number; url: string }> {
  const { octokit, repository } = deps.github;
  const targetSha = request.targetSha!;
  await withGitHubRetries(
    () => octokit.rest.git.getCommit({ ...repository, commit_sha: targetSha }),
    deps.github.timing,
  ).catch((error: unknown) => {
    if (statusOf(error) === 404 || statusOf(error) === 422) {
      throw new OperationDenied(
        'input_invalid',
        `target-sha ${targetSha} is not a commit of ${repository.owner}/${repository.repo}: give the commit of the last good release`,
        { cause: error },
      );
    }
    throw error;
  });
  const branch = rollbackBranch(request);
  return openRevertPullRequest(deps.pullRequests ?? deps.github, {
    baseBranch: request.baseBranch,
    branch,
    targetSha,
    keptFolders: keptFolders(request.restoreWorkflows),
    title: `Roll back ${request.tag} to ${targetSha.slice(0, 12)}`,
    body: rollbackBody(request, branch),
  });
}

async function emitLeadTime(
  request: GovernanceRequest,
  deps: OperationDependencies,
  at: string,
): Promise<void> {
  const issue = await withGitHubRetries(
    () => deps.github.octokit.rest.issues.get({ ...deps.github.repository, issue_number: request.incident }),
    deps.github.timing,
  ).then(
    (r) => Date.parse(r.data.created_at),
    () => null,
  );
  if (issue === null) return;
  await deps.kpi.emit([
    kpiEvent(
      {
        repository: `${deps.github.repository.owner}/${deps.github.repository.repo}`,
        tag: request.tag,
        run_id: request.runId,
        run_attempt: 1,
        occurred_at: at,
      },
      {
        metric: 'recovery.rollback_lead_time',
        value: (deps.now().getTime() - issue) / 1000,
        labels: { incident: String(request.incident) },
        event: `rollback-${request.requestId}`,
      },
    ),
  ]);
}

function payload(request: GovernanceRequest): EventPayload {
  if (request.operation === 'rollback') return { event: 'rolled_back' };
  if (request.operation === 'override_revoke') return { event: 'override_revoked' };
  const run = request.governanceRunId === null ? {} : { granted_by_run: request.governanceRunId };
  return {
    event: 'override_granted',
    override: { reason: request.reason, approver: request.actor, expires_at: request.expiresAt!, ...run },
  };
}

export function rollbackBody(request: GovernanceRequest, branch: string): string {
  return [
    `Rolls ${markdownCode(request.tag)} (run ${request.runId}) back to ${request.targetSha} — incident #${request.incident}.`,
    '',
    `Reason: ${escapeMarkdown(request.reason)}`,
    '',
    `**Before merging:** the \`provenance-validate\` job must pass on ${markdownCode(branch)} — a rollback is a release and needs verified provenance like any other.`,
    keptSentence(request.restoreWorkflows),
    'The manifest entry is recorded as `status=rollback`, `governance_flag=rollback`.',
  ].join('\n');
}

function keptSentence(restoreWorkflows: boolean): string {
  const kept = keptFolders(restoreWorkflows).map((folder) => `\`${folder}\``);
  return `The code is the target's; ${kept.join(' and ')} stay as they are on the base branch.`;
}
