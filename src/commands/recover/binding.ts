import { getRun, resolveTagCommit, type RunInfo } from '../../adapters/github/index.js';
import { isGuardError } from '../../core/errors/index.js';
import type { ManifestEntry } from '../../core/manifest/index.js';
import { OperationDenied, requireEntry, type OperationDependencies } from '../operations/index.js';

export interface BoundRun {
  readonly entry: ManifestEntry;
  readonly run: RunInfo;
}

/**
 * A recovery acts on the release run of its entry and nothing else: the entry must exist, and the run
 * must have built the commit the tag points at (a feature-branch or PR run of the same id space is refused).
 */
export async function bindToEntry(of: { tag: string; run_id: number }, deps: OperationDependencies): Promise<BoundRun> {
  const entry = await requireEntry(deps, of, 'rerun');
  const run = await getRun(deps.github, of.run_id);
  let tagCommit: string;
  try {
    tagCommit = await resolveTagCommit(deps.github.octokit, deps.github.repository, of.tag);
  } catch (error) {
    if (isGuardError(error)) throw new OperationDenied('input_invalid', error.message, { cause: error });
    throw error;
  }
  if (run.headSha !== tagCommit) {
    throw new OperationDenied('input_invalid', `run ${run.id} built ${run.headBranch ?? 'an unknown ref'} at ${run.headSha}, but tag ${of.tag} is at ${tagCommit}: `
      + 'recover reruns only the release run of its tag');
  }
  return { entry, run };
}
