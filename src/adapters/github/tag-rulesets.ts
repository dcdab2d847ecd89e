import type { Octokit } from '@octokit/rest';
import { tagProtection, type TagProtection, type TagRuleset } from '../../core/release/tag-protection.js';
import type { RepositoryRef } from './repository.js';
import {
  defaultGitHubRetryTiming,
  pagesWithRetries,
  withGitHubRetries,
  type GitHubRetryTiming,
} from './retry.js';

/** More tag rulesets than this is not a setup anyone keeps: only the first ones are read. */
const MAX_RULESETS = 200;

/**
 * Whether an active tag ruleset restricts creating the release tag, read from the repository's rulesets (the
 * organization's that apply included). The list leaves out conditions and rules, so each tag ruleset is read
 * on its own. It only informs: a token that may not read them, or GitHub not answering, makes it `unknown`.
 */
export async function readTagProtection(
  octokit: Octokit,
  repository: RepositoryRef,
  tag: string,
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<TagProtection> {
  const where = `${repository.owner}/${repository.repo}`;
  try {
    const ids: number[] = [];
    const pages = pagesWithRetries(
      octokit.paginate.iterator(octokit.rest.repos.getRepoRulesets, {
        ...repository,
        targets: 'tag',
        includes_parents: true,
        per_page: 100,
      }),
      timing,
      `the tag rulesets of ${where}`,
    );
    for await (const page of pages) {
      ids.push(...page.data.map((ruleset) => ruleset.id));
      if (ids.length >= MAX_RULESETS) break;
    }
    const rulesets: TagRuleset[] = [];
    for (const id of ids.slice(0, MAX_RULESETS)) {
      const { data } = await withGitHubRetries(
        () => octokit.rest.repos.getRepoRuleset({ ...repository, ruleset_id: id, includes_parents: true }),
        timing,
        `tag ruleset ${id} of ${where}`,
      );
      const refName = (data.conditions as { ref_name?: { include?: string[]; exclude?: string[] } } | null)
        ?.ref_name;
      rulesets.push({
        name: data.name,
        target: data.target ?? null,
        enforcement: data.enforcement,
        include: refName?.include ?? [],
        exclude: refName?.exclude ?? [],
        rules: (data.rules ?? []).map((rule) => rule.type),
      });
    }
    return tagProtection(tag, rulesets);
  } catch (error) {
    return {
      kind: 'unknown',
      why: `the rulesets of ${where} could not be read: ${(error as Error).message}`,
    };
  }
}
