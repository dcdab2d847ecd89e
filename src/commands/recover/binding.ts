import { getRun, resolveTagCommit, type RunInfo } from '../../adapters/github/index.js';
import { isGuardError } from '../../core/errors/index.js';
import type { ManifestEntry } from '../../core/manifest/index.js';
import { OperationDenied, requireEntry, type OperationDependencies } from '../operations/index.js';

export interface BoundRun {
  readonly entry: ManifestEntry;
  readonly run: RunInfo;
}

/**
 * A recovery acts on the release run of its entry and nothing else: the entry must exist, and the run must
 * be a run of this repository's release workflow (when named), never a pull request's, and must have built
 * the commit the tag points at. A manifest entry a writer committed cannot aim the dispatch token elsewhere.
 */
export async function bindToEntry(
  of: { tag: string; run_id: number },
  releaseWorkflow: string | null,
  deps: OperationDependencies,
): Promise<BoundRun> {
  const entry = await requireEntry(deps, of, 'rerun');
  const run = await getRun(deps.github, of.run_id);
  const refusal = runProblem(run, releaseWorkflow, deps);
  if (refusal)
    throw new OperationDenied(
      'input_invalid',
      `run ${run.id} ${refusal}: recover reruns only the release run of its tag`,
    );
  let tagCommit: string;
  try {
    tagCommit = await resolveTagCommit(deps.github.octokit, deps.github.repository, of.tag);
  } catch (error) {
    // GitHub not answering decided nothing about the tag: that stays github_unavailable.
    if (isGuardError(error) && error.code !== 'github_unavailable')
      throw new OperationDenied('input_invalid', error.message, { cause: error });
    throw error;
  }
  if (run.headSha !== tagCommit) {
    throw new OperationDenied(
      'input_invalid',
      `run ${run.id} built ${run.headBranch ?? 'an unknown ref'} at ${run.headSha}, but tag ${of.tag} is at ${tagCommit}: ` +
        'recover reruns only the release run of its tag',
    );
  }
  return { entry, run };
}

function runProblem(
  run: RunInfo,
  releaseWorkflow: string | null,
  deps: OperationDependencies,
): string | null {
  const { owner, repo } = deps.github.repository;
  if (run.event.startsWith('pull_request')) return `is a ${run.event} run`;
  if (run.headRepository !== null && run.headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
    return `ran code of ${run.headRepository}`;
  const file = run.workflowPath.split('/').pop() ?? '';
  if (releaseWorkflow !== null && file !== releaseWorkflow.split('/').pop())
    return `is a run of ${run.workflowPath}, not of the release workflow ${releaseWorkflow}`;
  return null;
}
