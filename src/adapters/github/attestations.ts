import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import type { RepositoryRef } from './repository.js';
import { defaultGitHubRetryTiming, pagesWithRetries, type GitHubRetryTiming } from './retry.js';
import { statusOf } from './status.js';

/** Bounds the pages read per digest: 10 × 100 attestations is far beyond any real release. */
const MAX_PAGES = 10;

/**
 * Every attestation bundle GitHub holds for each artifact digest (all pages), as one JSON-lines text the
 * verifier reads like a file. 404 for a digest means it has none: `attestation_missing`. Each page is
 * one call under the retry policy.
 */
export async function fetchAttestations(
  octokit: Octokit,
  repository: RepositoryRef,
  sha256Digests: readonly string[],
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<string> {
  const bundles = await lookUpConcurrently(sha256Digests, (digest) =>
    attestationsFor({ octokit, repository, timing }, digest),
  );
  if (bundles.length === 0) {
    throw new GuardError(
      'attestation_missing',
      `GitHub has no attestation for ${sha256Digests.map((d) => `sha256:${d.slice(0, 12)}…`).join(', ')} in ${repository.owner}/${repository.repo}`,
    );
  }
  return bundles.map((bundle) => JSON.stringify(bundle)).join('\n');
}

/** At most this many digests are looked up at once: well within GitHub's secondary rate limits. */
const CONCURRENT_LOOKUPS = 8;

async function lookUpConcurrently(
  digests: readonly string[],
  lookUp: (digest: string) => Promise<unknown[]>,
): Promise<unknown[]> {
  const results: unknown[][] = new Array(digests.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < digests.length; i = next++) results[i] = await lookUp(digests[i] as string);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_LOOKUPS, digests.length) }, worker));
  return results.flat();
}

async function attestationsFor(
  { octokit, repository, timing }: { octokit: Octokit; repository: RepositoryRef; timing: GitHubRetryTiming },
  digest: string,
): Promise<unknown[]> {
  const bundles: unknown[] = [];
  const pages = pagesWithRetries(
    octokit.paginate.iterator(octokit.rest.repos.listAttestations, {
      ...repository,
      subject_digest: `sha256:${digest}`,
      per_page: 100,
    }),
    timing,
    `the attestations of sha256:${digest.slice(0, 12)}… in ${repository.owner}/${repository.repo}`,
  );
  let read = 0;
  try {
    for await (const page of pages) {
      // The route's list is namespaced (`{attestations}`) and has no total_count, so Octokit leaves it as is.
      const { attestations } = page.data as unknown as { attestations?: { bundle?: unknown }[] };
      bundles.push(
        ...(attestations ?? [])
          .map((attestation) => attestation.bundle)
          .filter((bundle) => bundle !== undefined),
      );
      if (++read >= MAX_PAGES) break;
    }
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  return bundles;
}
