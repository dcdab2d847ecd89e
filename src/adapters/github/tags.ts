import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import type { RepositoryRef } from './repository.js';
import { statusOf } from './status.js';

const MAX_TAG_DEPTH = 5;

/** The commit a release tag points at, dereferencing annotated tags (and tags of tags). */
export async function resolveTagCommit(
  octokit: Octokit,
  repository: RepositoryRef,
  tag: string,
): Promise<string> {
  let object: { sha: string; type: string };
  try {
    ({
      data: { object },
    } = await octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }));
  } catch (error) {
    if (statusOf(error) === 404)
      throw new GuardError(
        'tag_mismatch',
        `tag ${tag} does not exist in ${repository.owner}/${repository.repo}`,
        { cause: error },
      );
    throw error;
  }
  for (let depth = 0; object.type === 'tag'; depth++) {
    if (depth >= MAX_TAG_DEPTH)
      throw new GuardError('tag_mismatch', `tag ${tag} nests more than ${MAX_TAG_DEPTH} annotated tags`);
    ({
      data: { object },
    } = await octokit.rest.git.getTag({ ...repository, tag_sha: object.sha }));
  }
  if (object.type !== 'commit')
    throw new GuardError('tag_mismatch', `tag ${tag} points at a ${object.type}, not a commit`);
  return object.sha;
}
