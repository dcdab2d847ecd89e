import { basename } from 'node:path';
import {
  dispatchedRuns,
  getRun,
  repositoryPermission,
  withGitHubRetries,
  type RunInfo,
} from '../../adapters/github/index.js';
import { MAX_OVERRIDE_MS, overrideWindowProblem, type ManifestEntry } from '../../core/manifest/index.js';
import { authorize } from '../../core/operations/index.js';
import type { PredicateOverride } from '../../core/policy/index.js';
import { GOVERNANCE_WORKFLOW, type ValidateDependencies, type ValidateRequest } from './request.js';

type Grant = NonNullable<ManifestEntry['override']>;

/**
 * The governance override this release may use: the one the rollback action's `override_grant` recorded on
 * the release's manifest entry — unrevoked, at most 7 days long — and only as far as GitHub vouches for it:
 * the governance run it names was dispatched by the approver from the default branch for this entry, no
 * later governance run revoked it, and the approver still holds the permission `override_grant` needs. Its
 * expiry is the earliest of the manifest's, the one the grant run was dispatched with (its run name) and 7
 * days after that run started: a manifest edit can only make a grant less live. An expired grant is
 * returned, so the verdict says `override_expired`.
 */
export async function grantedOverride(
  request: ValidateRequest,
  deps: ValidateDependencies,
  entry: ManifestEntry | null,
): Promise<PredicateOverride | null> {
  const grant = entry?.override;
  if (!entry || !grant || grant.revoked_at !== null) return null;
  const onGitHub = grantProblem(entry, grant) ?? (await askGitHub(() => grantOnGitHub(request, deps, grant)));
  const refusal =
    typeof onGitHub === 'string'
      ? onGitHub
      : await askGitHub(() => authorityProblem(request, deps, grant.approver));
  if (refusal !== null) {
    deps.log.warn('override_not_honoured', { why: refusal });
    return null;
  }
  return { reason: grant.reason, approver: grant.approver, expiresAt: (onGitHub as Live).expiresAt };
}

interface Live {
  readonly expiresAt: Date;
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
 * What GitHub says of the grant: the run that recorded it, the expiry that run was dispatched with, and the
 * governance runs around it — a revoke of this entry asked by someone who may revoke ends it, whatever the
 * manifest says now and whatever became of that run since (re-run, cancelled, waiting for its reviewer).
 */
async function grantOnGitHub(
  request: ValidateRequest,
  deps: ValidateDependencies,
  grant: Grant,
): Promise<string | Live> {
  if (grant.granted_by_run === undefined)
    return 'the grant names no governance run: grant it through the rollback action';
  const api = { octokit: deps.octokit, repository: request.repository };
  const { owner, repo } = request.repository;
  const [run, { data: repository }] = await Promise.all([
    getRun(api, grant.granted_by_run),
    withGitHubRetries(() => deps.octokit.rest.repos.get({ owner, repo })),
  ]);
  const workflow = request.governanceWorkflow ?? GOVERNANCE_WORKFLOW;
  const where = { workflow, defaultBranch: repository.default_branch };
  const problem = grantRunProblem(request, grant, run, where);
  if (problem !== null) return `governance run ${run.id} ${problem}`;
  const revoked = await revokeProblem(request, deps, run, where);
  if (revoked !== null) return revoked;
  const dispatchedUntil = Date.parse(titleOf(run.displayTitle)!.until!);
  const started = (run.runStartedAt ?? run.createdAt).getTime();
  const expiresAt = Math.min(Date.parse(grant.expires_at), dispatchedUntil, started + MAX_OVERRIDE_MS);
  return { expiresAt: new Date(expiresAt) };
}

/**
 * A revoke of this entry that may have acted on the grant: a governance run named for it, dispatched from the
 * default branch by someone who holds the permission to revoke, still running or finished after the grant run
 * started (one dispatched earlier may have waited for its reviewer). A listing cut short cannot show there is
 * none, so it ends the grant too.
 */
async function revokeProblem(
  request: ValidateRequest,
  deps: ValidateDependencies,
  grantRun: RunInfo,
  { workflow, defaultBranch }: GovernanceWorkflow,
): Promise<string | null> {
  const api = { octokit: deps.octokit, repository: request.repository };
  const grantStarted = (grantRun.runStartedAt ?? grantRun.createdAt).getTime();
  const since = new Date(grantRun.createdAt.getTime() - MAX_OVERRIDE_MS);
  const listing = await dispatchedRuns(api, basename(workflow), defaultBranch, since);
  if (!listing.complete)
    return 'more governance runs were dispatched around the grant than can be read: no revoke can be ruled out';
  const revokes = listing.runs.filter((later) => {
    const title = titleOf(later.displayTitle);
    return (
      later.id !== grantRun.id &&
      title?.operation === 'override_revoke' &&
      title.tag === request.tag &&
      title.runId === request.runId &&
      later.updatedAt.getTime() >= grantStarted
    );
  });
  for (const revoke of revokes) {
    const refusal =
      revoke.actor === null ? 'no one known' : await authorityProblem(request, deps, revoke.actor);
    if (refusal === null)
      return `governance run ${revoke.id}, dispatched by ${revoke.actor}, revoked it on ${revoke.createdAt.toISOString()}`;
  }
  return null;
}

/** The governance workflow (`.github/workflows/<file>`) and the default branch its runs must come from. */
interface GovernanceWorkflow {
  readonly workflow: string;
  readonly defaultBranch: string;
}

interface GovernanceTitle {
  readonly operation: string;
  readonly tag: string;
  readonly runId: number;
  /** The expiry a grant was dispatched with; null for other operations. */
  readonly until: string | null;
}

/**
 * A governance run's name as the template's `run-name` makes it —
 * `<operation> <tag> run <id>[ until <ISO>]` —
 * read word by word (an input pasted with a stray space is the same request); null when it is not one.
 */
function titleOf(title: string): GovernanceTitle | null {
  const [operation, tag, run, id, until, expiry, ...rest] = title.trim().split(/\s+/);
  if (!operation || !tag || run !== 'run' || !id || !/^[1-9][0-9]*$/.test(id) || rest.length > 0) return null;
  if (until === undefined) return { operation, tag, runId: Number(id), until: null };
  if (until !== 'until' || !expiry || Number.isNaN(Date.parse(expiry))) return null;
  return { operation, tag, runId: Number(id), until: expiry };
}

function isGrantOf(title: GovernanceTitle | null, request: ValidateRequest): boolean {
  return (
    title?.operation === 'override_grant' &&
    title.tag === request.tag &&
    title.runId === request.runId &&
    title.until !== null
  );
}

/**
 * The run that recorded the grant is GitHub's record of who asked for it, for what, from where and when:
 * a successful run of the governance workflow, dispatched by the approver from the default branch, named
 * (its `run-name`) for this very entry and its expiry, running while the grant was recorded. A writer who
 * edits the manifest can cite a real run, but not one GitHub says granted this override.
 */
function grantRunProblem(
  request: ValidateRequest,
  grant: Grant,
  run: RunInfo,
  { workflow, defaultBranch }: GovernanceWorkflow,
): string | null {
  // GitHub gives a run's times to the second: the grant is compared in whole seconds too.
  const grantedAt = Math.floor(Date.parse(grant.granted_at) / 1000) * 1000;
  const name = `override_grant ${request.tag} run ${request.runId} until <expires_at>`;
  const problems: [boolean, string][] = [
    [run.workflowPath !== workflow, `is a run of ${run.workflowPath}, not of ${workflow}`],
    [run.event !== 'workflow_dispatch', `was not dispatched by a person (event ${run.event})`],
    [
      (run.triggeringActor ?? '').toLowerCase() !== grant.approver.toLowerCase(),
      `was dispatched by ${run.triggeringActor ?? 'nobody known'}, not by the approver ${grant.approver}`,
    ],
    [
      run.headBranch !== defaultBranch,
      `ran on ${run.headBranch ?? '(no branch)'}, not on the default branch`,
    ],
    [
      run.status !== 'completed' || run.conclusion !== 'success',
      `did not succeed (${run.status}, ${run.conclusion ?? 'no conclusion'})`,
    ],
    [!isGrantOf(titleOf(run.displayTitle), request), `is named "${run.displayTitle}", not "${name}"`],
    [
      (run.runStartedAt?.getTime() ?? Infinity) > grantedAt || run.updatedAt.getTime() < grantedAt,
      'was not running when the grant was recorded',
    ],
  ];
  return problems.find(([failed]) => failed)?.[1] ?? null;
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
async function askGitHub<T>(question: () => Promise<T>): Promise<T | string> {
  try {
    return await question();
  } catch (error) {
    return `GitHub could not confirm the grant: ${(error as Error).message}`;
  }
}
