import { repositoryPermission } from '../../adapters/github/index.js';
import { readEntry } from '../../adapters/manifest/index.js';
import { overrideWindowProblem, type ManifestEntry } from '../../core/manifest/index.js';
import { authorize } from '../../core/operations/index.js';
import type { PredicateOverride } from '../../core/policy/index.js';
import type { ValidateDependencies, ValidateRequest } from './request.js';

type Grant = NonNullable<ManifestEntry['override']>;

/**
 * The governance override this release may use: the one the rollback action's `override_grant` recorded on
 * the release's manifest entry — unrevoked, at most 7 days long — and only as far as GitHub vouches for it:
 * the governance run it names was dispatched by the approver from the default branch, and the approver
 * still holds the permission `override_grant` needs. A workflow cannot declare an override for itself, and
 * an edited manifest cannot invent one. An expired grant is returned, so the verdict says `override_expired`.
 */
export async function grantedOverride(request: ValidateRequest, deps: ValidateDependencies): Promise<PredicateOverride | null> {
  const entry = await readEntry(deps.store, { tag: request.tag, run_id: request.runId }).catch(() => null);
  const grant = entry?.override;
  if (!entry || !grant || grant.revoked_at !== null) return null;
  const refusal = grantProblem(entry, grant) ?? await askGitHub(() => governanceRunProblem(request, deps, grant))
    ?? await askGitHub(() => authorityProblem(request, deps, grant.approver));
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

/** The run that recorded the grant is GitHub's record of who asked for it, from where, and when. */
async function governanceRunProblem(request: ValidateRequest, deps: ValidateDependencies, grant: Grant): Promise<string | null> {
  if (grant.granted_by_run === undefined) return 'the grant names no governance run: grant it through the rollback action';
  const { owner, repo } = request.repository;
  const [{ data: run }, { data: repository }] = await Promise.all([
    deps.octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: grant.granted_by_run }),
    deps.octokit.rest.repos.get({ owner, repo }),
  ]);
  const dispatcher = run.triggering_actor?.login ?? run.actor?.login ?? '';
  if (run.event !== 'workflow_dispatch') return `governance run ${run.id} was not dispatched by a person (event ${run.event})`;
  if (dispatcher.toLowerCase() !== grant.approver.toLowerCase()) return `governance run ${run.id} was dispatched by ${dispatcher}, not by the approver ${grant.approver}`;
  if (run.head_branch !== repository.default_branch) return `governance run ${run.id} ran on ${run.head_branch ?? '(no branch)'}, not on the default branch`;
  if (Date.parse(run.created_at) > Date.parse(grant.granted_at)) return `governance run ${run.id} started after the grant it is said to have recorded`;
  return null;
}

/** Authority lives in GitHub: the approver must hold the permission `override_grant` needs, now. */
async function authorityProblem(request: ValidateRequest, deps: ValidateDependencies, approver: string): Promise<string | null> {
  const permission = await repositoryPermission({ octokit: deps.octokit, repository: request.repository }, approver);
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
