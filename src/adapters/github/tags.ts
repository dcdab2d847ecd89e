import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import type { RepositoryRef } from './repository.js';
import { defaultGitHubRetryTiming, withGitHubRetries, type GitHubRetryTiming } from './retry.js';
import { statusOf } from './status.js';

const MAX_TAG_DEPTH = 5;

/**
 * The commit a release tag points at, dereferencing annotated tags (and tags of tags). Each lookup is
 * retried as the retry policy says; GitHub not answering is `github_unavailable`, a tag it does not know
 * `tag_mismatch`.
 */
export async function resolveTagCommit(
  octokit: Octokit,
  repository: RepositoryRef,
  tag: string,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<string> {
  const where = `${repository.owner}/${repository.repo}`;
  let object: { sha: string; type: string };
  try {
    ({
      data: { object },
    } = await withGitHubRetries(
      () => octokit.rest.git.getRef({ ...repository, ref: `tags/${tag}` }),
      timing,
      `the lookup of tag ${tag} in ${where}`,
    ));
  } catch (error) {
    if (statusOf(error) === 404)
      throw new GuardError('tag_mismatch', `tag ${tag} does not exist in ${where}`, { cause: error });
    throw error;
  }
  for (let depth = 0; object.type === 'tag'; depth++) {
    if (depth >= MAX_TAG_DEPTH)
      throw new GuardError('tag_mismatch', `tag ${tag} nests more than ${MAX_TAG_DEPTH} annotated tags`);
    const sha = object.sha;
    ({
      data: { object },
    } = await withGitHubRetries(
      () => octokit.rest.git.getTag({ ...repository, tag_sha: sha }),
      timing,
      `the annotated tag ${sha} of ${tag} in ${where}`,
    ));
  }
  if (object.type !== 'commit')
    throw new GuardError('tag_mismatch', `tag ${tag} points at a ${object.type}, not a commit`);
  return object.sha;
}
