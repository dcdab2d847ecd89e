import { getRun, repositoryPermission, withGitHubRetries } from '../../adapters/github/index.js';
import { overrideWindowProblem, type ManifestEntry } from '../../core/manifest/index.js';
import { authorize } from '../../core/operations/index.js';
import type { PredicateOverride } from '../../core/policy/index.js';
import { GOVERNANCE_WORKFLOW, type ValidateDependencies, type ValidateRequest } from './request.js';

type Grant = NonNullable<ManifestEntry['override']>;

/**
 * The governance override this release may use: the one the rollback action's `override_grant` recorded on
 * the release's manifest entry — unrevoked, at most 7 days long — and only as far as GitHub vouches for it:
 * the governance run it names was dispatched by the approver from the default branch, and the approver
 * still holds the permission `override_grant` needs. A workflow cannot declare an override for itself, and
 * an edited manifest cannot invent one. An expired grant is returned, so the verdict says `override_expired`.
 */
export async function grantedOverride(
  request: ValidateRequest,
  deps: ValidateDependencies,
  entry: ManifestEntry | null,
): Promise<PredicateOverride | null> {
  const grant = entry?.override;
  if (!entry || !grant || grant.revoked_at !== null) return null;
  const refusal =
    grantProblem(entry, grant) ??
    (await askGitHub(() => governanceRunProblem(request, deps, grant))) ??
    (await askGitHub(() => authorityProblem(request, deps, grant.approver)));
  if (refusal !== null) {
    deps.log.warn('override_not_honoured', { why: refusal });
    return null;
  }
  return { reason: grant.reason, approver: grant.approver, expiresAt: new Date(grant.expires_at) };
}

function grantProblem(entry: ManifestEntry, grant: Grant): string | null {
  const window = overrideWindowProblem(new Date(grant.granted_at), new Date(grant.expires_at));
  if (window !== null) return window;
  const recorded = entry.history.filter((step) => step.event === 'override_granted').at(-1);
  if (!recorded || recorded.actor !== grant.approver || recorded.at !== grant.granted_at) {
    return 'the override is not the one its last override_granted step recorded';
  }
  return null;
}

/**
 * The run that recorded the grant is GitHub's record of who asked for it, for what, from where and when:
 * a successful run of the governance workflow, dispatched by the approver from the default branch, named
 * (its `run-name`) for this very entry, running while the grant was recorded. A writer who edits the
 * manifest can cite a real run, but not one GitHub says granted this override.
 */
async function governanceRunProblem(
  request: ValidateRequest,
  deps: ValidateDependencies,
  grant: Grant,
): Promise<string | null> {
  if (grant.granted_by_run === undefined)
    return 'the grant names no governance run: grant it through the rollback action';
  const { owner, repo } = request.repository;
  const [run, { data: repository }] = await Promise.all([
    getRun({ octokit: deps.octokit, repository: request.repository }, grant.granted_by_run),
    withGitHubRetries(() => deps.octokit.rest.repos.get({ owner, repo })),
  ]);
  // GitHub gives a run's times to the second: the grant is compared in whole seconds too.
  const grantedAt = Math.floor(Date.parse(grant.granted_at) / 1000) * 1000;
  const name = `override_grant ${request.tag} run ${request.runId}`;
  const workflow = request.governanceWorkflow ?? GOVERNANCE_WORKFLOW;
  const problems: [boolean, string][] = [
    [run.workflowPath !== workflow, `is a run of ${run.workflowPath}, not of ${workflow}`],
    [run.event !== 'workflow_dispatch', `was not dispatched by a person (event ${run.event})`],
    [
      (run.triggeringActor ?? '').toLowerCase() !== grant.approver.toLowerCase(),
      `was dispatched by ${run.triggeringActor ?? 'nobody known'}, not by the approver ${grant.approver}`,
    ],
    [
      run.headBranch !== repository.default_branch,
      `ran on ${run.headBranch ?? '(no branch)'}, not on the default branch`,
    ],
    [
      run.status !== 'completed' || run.conclusion !== 'success',
      `did not succeed (${run.status}, ${run.conclusion ?? 'no conclusion'})`,
    ],
    [run.displayTitle !== name, `is named "${run.displayTitle}", not "${name}"`],
    [
      (run.runStartedAt?.getTime() ?? Infinity) > grantedAt || run.updatedAt.getTime() < grantedAt,
      'was not running when the grant was recorded',
    ],
  ];
  const found = problems.find(([failed]) => failed);
  return found ? `governance run ${run.id} ${found[1]}` : null;
}

/** Authority lives in GitHub: the approver must hold the permission `override_grant` needs, now. */
async function authorityProblem(
  request: ValidateRequest,
  deps: ValidateDependencies,
  approver: string,
): Promise<string | null> {
  const permission = await repositoryPermission(
    { octokit: deps.octokit, repository: request.repository },
    approver,
  );
  const decision = authorize('override_grant', approver, permission, []);
  return decision.allowed ? null : decision.why;
}

/** A question GitHub cannot answer (an unknown run, a refused token) is a refusal to honour the grant. */
async function askGitHub(question: () => Promise<string | null>): Promise<string | null> {
  try {
    return await question();
  } catch (error) {
    return `GitHub could not confirm the grant: ${(error as Error).message}`;
  }
}
