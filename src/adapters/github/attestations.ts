import type { Octokit } from '@octokit/rest';
import { GuardError } from '../../core/errors/index.js';
import { statusOf, type RepositoryRef } from './repository.js';

/**
 * The attestation bundles GitHub holds for each artifact digest, as one JSON-lines text the
 * verifier reads like a file. 404 for a digest means it has none: `attestation_missing`.
 */
export async function fetchAttestations(octokit: Octokit, repository: RepositoryRef, sha256Digests: readonly string[]): Promise<string> {
  const bundles: unknown[] = [];
  for (const digest of sha256Digests) {
    try {
      const { data } = await octokit.rest.repos.listAttestations({ ...repository, subject_digest: `sha256:${digest}`, per_page: 100 });
      bundles.push(...(data.attestations ?? []).map((attestation) => attestation.bundle).filter((bundle) => bundle !== undefined));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (bundles.length === 0) {
    throw new GuardError('attestation_missing', `GitHub has no attestation for ${sha256Digests.map((d) => `sha256:${d.slice(0, 12)}…`).join(', ')} in ${repository.owner}/${repository.repo}`);
  }
  return bundles.map((bundle) => JSON.stringify(bundle)).join('\n');
}
