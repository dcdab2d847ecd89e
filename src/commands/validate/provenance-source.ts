import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchAttestations } from '../../adapters/github/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import type { ArtifactDigest } from '../../core/policy/index.js';
import { GuardError } from '../../core/errors/index.js';
import type { ValidateDependencies, ValidateRequest } from './request.js';

export interface ProvenanceLocation {
  readonly path: string;
  /** The sha256 digests computed to look the attestations up, for the verifier to reuse. */
  readonly digests?: readonly ArtifactDigest[];
}

/** A path the verifier can read: the given file, or GitHub's attestations for the artifacts' digests. */
export async function locateProvenance(
  request: ValidateRequest,
  artifactPaths: readonly string[],
  deps: ValidateDependencies,
  releaseProvenance: string | null = null,
): Promise<ProvenanceLocation> {
  if (request.provenance.kind === 'file') return { path: request.provenance.path };
  if (request.provenance.kind === 'release') {
    if (releaseProvenance === null)
      throw new GuardError(
        'attestation_missing',
        `the release of ${request.tag} carries no provenance or bundle asset`,
      );
    return { path: releaseProvenance };
  }
  const digests = await hashArtifacts(artifactPaths, 'sha256');
  const text = await fetchAttestations(deps.octokit, request.repository, [
    ...new Set(digests.map((d) => d.hex)),
  ]);
  const path = join(request.workDir, 'attestations.jsonl');
  await writeFile(path, text);
  deps.log.info('attestations_fetched', { digests: digests.length });
  return { path, digests };
}
