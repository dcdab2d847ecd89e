import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import type { RepositoryRef } from './repository.js';
import {
  defaultGitHubRetryTiming,
  pagesWithRetries,
  withGitHubRetries,
  type GitHubRetryTiming,
} from './retry.js';
import { statusOf } from './status.js';

/** Bounds the pages read per digest or bulk request: 10 × 100 attestations is far beyond any release. */
const MAX_PAGES = 10;
/** GitHub's bulk endpoint takes at most this many digests per request. */
const BULK_DIGESTS = 1024;

/**
 * Where GitHub is asked: one repository (`GET /repos/{o}/{r}/attestations/{digest}`) or every repository of
 * an organisation (`GET /orgs/{org}/attestations/{digest}`, or `POST /orgs/{org}/attestations/bulk-list`
 * for several digests at once).
 */
export type AttestationScope =
  | { readonly kind: 'repo'; readonly repository: RepositoryRef }
  | { readonly kind: 'org'; readonly org: string };

export function describeScope(scope: AttestationScope): string {
  return scope.kind === 'repo'
    ? `repository ${scope.repository.owner}/${scope.repository.repo}`
    : `organisation ${scope.org}`;
}

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
  const byDigest = await attestationBundles(octokit, { kind: 'repo', repository }, sha256Digests, timing);
  const bundles = sha256Digests.flatMap((digest) => byDigest.get(digest) ?? []);
  if (bundles.length === 0) {
    throw new GuardError(
      'attestation_missing',
      `GitHub has no attestation for ${sha256Digests.map((d) => `sha256:${d.slice(0, 12)}…`).join(', ')} in ${repository.owner}/${repository.repo}`,
    );
  }
  return bundles.map((bundle) => JSON.stringify(bundle)).join('\n');
}

/**
 * The bundles GitHub holds in `scope` for each sha256 digest (hex), in GitHub's order; a digest with none
 * maps to `[]`. Several digests in an organisation take the bulk endpoint; otherwise one listing per digest,
 * each page one call under the retry policy and at most `MAX_PAGES` pages.
 */
export async function attestationBundles(
  octokit: Octokit,
  scope: AttestationScope,
  sha256Digests: readonly string[],
  timing: GitHubRetryTiming = defaultGitHubRetryTiming,
): Promise<Map<string, unknown[]>> {
  const digests = [...new Set(sha256Digests)];
  if (scope.kind === 'org' && digests.length > 1) {
    const found = new Map<string, unknown[]>(digests.map((digest) => [digest, []]));
    for (let i = 0; i < digests.length; i += BULK_DIGESTS) {
      const chunk = await bulkList(octokit, scope.org, digests.slice(i, i + BULK_DIGESTS), timing);
      for (const [digest, bundles] of chunk) found.get(digest)?.push(...bundles);
    }
    return found;
  }
  const lists = await lookUpConcurrently(digests, (digest) =>
    attestationsFor({ octokit, scope, timing }, digest),
  );
  return new Map(digests.map((digest, i) => [digest, lists[i] ?? []]));
}

/** At most this many digests are looked up at once: well within GitHub's secondary rate limits. */
const CONCURRENT_LOOKUPS = 8;

async function lookUpConcurrently(
  digests: readonly string[],
  lookUp: (digest: string) => Promise<unknown[]>,
): Promise<unknown[][]> {
  const results: unknown[][] = new Array(digests.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < digests.length; i = next++) results[i] = await lookUp(digests[i] as string);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_LOOKUPS, digests.length) }, worker));
  return results;
}

type Listed = { bundle?: unknown }[] | null | undefined;

const bundlesOf = (attestations: Listed): unknown[] =>
  (attestations ?? []).map((attestation) => attestation.bundle).filter((bundle) => bundle != null);

async function attestationsFor(
  { octokit, scope, timing }: { octokit: Octokit; scope: AttestationScope; timing: GitHubRetryTiming },
  digest: string,
): Promise<unknown[]> {
  const bundles: unknown[] = [];
  const subject = { subject_digest: `sha256:${digest}`, per_page: 100 };
  const iterator =
    scope.kind === 'repo'
      ? octokit.paginate.iterator(octokit.rest.repos.listAttestations, { ...scope.repository, ...subject })
      : octokit.paginate.iterator(octokit.rest.orgs.listAttestations, { org: scope.org, ...subject });
  const pages = pagesWithRetries(
    iterator,
    timing,
    `the attestations of sha256:${digest.slice(0, 12)}… in ${describeScope(scope)}`,
  );
  let read = 0;
  try {
    for await (const page of pages) {
      // The route's list is namespaced (`{attestations}`) and has no total_count, so Octokit leaves it as is.
      bundles.push(...bundlesOf((page.data as unknown as { attestations?: Listed }).attestations));
      if (++read >= MAX_PAGES) break;
    }
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  return bundles;
}

interface BulkPage {
  readonly attestations_subject_digests?: Record<string, Listed>;
  readonly page_info?: { readonly has_next?: boolean; readonly next?: string };
}

/**
 * `POST /orgs/{org}/attestations/bulk-list`: the bundles of up to 1024 digests, paged by the `page_info`
 * cursor of the body, each page one call under the retry policy. A 404 (no such organisation) finds nothing.
 */
async function bulkList(
  octokit: Octokit,
  org: string,
  digests: readonly string[],
  timing: GitHubRetryTiming,
): Promise<Map<string, unknown[]>> {
  const found = new Map<string, unknown[]>();
  let after: string | undefined;
  for (let read = 0; read < MAX_PAGES; read++) {
    let page: BulkPage;
    try {
      const response = await withGitHubRetries(
        () =>
          // The cursor and page size are query parameters (the template), the digests the JSON body.
          octokit.request('POST /orgs/{org}/attestations/bulk-list{?per_page,after}', {
            org,
            per_page: 100,
            ...(after === undefined ? {} : { after }),
            subject_digests: digests.map((digest) => `sha256:${digest}`),
          }),
        timing,
        `the attestations of ${digests.length} digests in organisation ${org}`,
      );
      page = response.data as BulkPage;
    } catch (error) {
      if (statusOf(error) === 404) return found;
      throw error;
    }
    for (const [subject, attestations] of Object.entries(page.attestations_subject_digests ?? {})) {
      const digest = subject.replace(/^sha256:/, '').toLowerCase();
      found.set(digest, [...(found.get(digest) ?? []), ...bundlesOf(attestations)]);
    }
    after = page.page_info?.has_next ? page.page_info.next : undefined;
    if (!after) break;
  }
  return found;
}
