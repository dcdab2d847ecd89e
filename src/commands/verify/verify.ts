import { readFile, stat } from 'node:fs/promises';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import { failed, rejectedBeforeVerification, type Verdict } from '../../core/policy/index.js';
import { decodeAttestations, type DecodedAttestation } from './attestations.js';
import { defaultDependencies, verifyCandidates, type VerifyDependencies } from './candidates.js';
import { expectationFor } from './verify-attestation.js';
import { verifyLookedUp } from './lookup.js';
import { VERIFIER_NAME, type VerifyRequest } from './request.js';

export { defaultDependencies, type VerifyDependencies } from './candidates.js';

/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 * With `lookup` the attestations are looked up by the artifacts' digests instead (see `verifyLookedUp`).
 */
export async function verifyProvenance(
  request: VerifyRequest,
  deps: VerifyDependencies = defaultDependencies,
): Promise<Verdict> {
  if (request.lookup) return verifyLookedUp(request, request.lookup, deps);
  let attestations: DecodedAttestation[];
  try {
    attestations = decodeAttestations(await readProvenance(request.provenancePath));
  } catch (error) {
    if (!isGuardError(error)) throw error;
    return rejectedBeforeVerification(
      failed('bundle', error.code, expectationFor('bundle'), error.message),
      VERIFIER_NAME,
    );
  }
  return (await verifyCandidates(attestations, request, deps)).verdict;
}

/**
 * Provenance is a few kilobytes to a few megabytes; a larger file is refused before it is read into memory.
 */
export const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;

async function readProvenance(path: string): Promise<string> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => 0,
  );
  if (size > MAX_PROVENANCE_BYTES) {
    throw new GuardError(
      'provenance_malformed',
      `provenance ${path} is ${size} bytes, over the ${MAX_PROVENANCE_BYTES / 2 ** 20} MiB limit: not a provenance file`,
    );
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new GuardError(
      'attestation_missing',
      `cannot read provenance ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
