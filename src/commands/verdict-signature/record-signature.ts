import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { readEntry, type ManifestStore, type StoreResult } from '../../adapters/manifest/index.js';
import { verifyVerdictSignature } from '../../adapters/sigstore/index.js';
import { GuardError } from '../../core/errors/index.js';
import { signatureProblem, verdictDigest, type VerdictSigner } from '../../core/manifest/index.js';

export interface RecordSignatureRequest {
  readonly tag: string;
  readonly runId: number;
  /** The attempt that signed: this job's. */
  readonly runAttempt: number;
  readonly actor: string;
  /** The Sigstore bundle `actions/attest` wrote for the verdict statement. */
  readonly bundle: { readonly mediaType: string } & Record<string, unknown>;
  /** This run's repository and workflow: the bundle must be signed by this very run. */
  readonly signer: VerdictSigner;
}

export interface RecordSignatureDependencies {
  readonly store: ManifestStore;
  readonly roots: readonly TrustedRoot[];
  readonly now: () => Date;
}

/**
 * Records the verdict's signature in its entry (`verdict_signed`), once it is what lint will accept: it
 * verifies under the trusted roots, this run's workflow signed it at this attempt, and it signs the verdict
 * the entry holds. A signature that would not pass lint is never recorded.
 */
export async function recordVerdictSignature(
  request: RecordSignatureRequest,
  deps: RecordSignatureDependencies,
): Promise<StoreResult> {
  const ref = { tag: request.tag, run_id: request.runId };
  const entry = await readEntry(deps.store, ref);
  if (entry === null || entry.verdict === null || entry.status !== 'success')
    throw new GuardError(
      'input_invalid',
      `tag ${request.tag} run ${request.runId} has no verified verdict in the manifest to sign (${entry?.status ?? 'no entry'})`,
    );
  const problem = signatureProblem(
    entry,
    request.runAttempt,
    verifyVerdictSignature(request.bundle, deps.roots),
    request.signer,
  );
  if (problem !== null)
    throw new GuardError(
      problem.rule === 'verdict_signature_invalid' ? 'signature_invalid' : 'identity_mismatch',
      `the verdict signature is not recorded: ${problem.message}`,
    );
  const result = await deps.store.apply({
    ...ref,
    run_attempt: request.runAttempt,
    at: deps.now().toISOString(),
    actor: request.actor,
    event: 'verdict_signed',
    verdict_sha256: verdictDigest(entry.verdict),
    signature: request.bundle,
  });
  if (result.outcome === 'refused')
    throw new GuardError('input_invalid', `the manifest refused the verdict signature: ${result.message}`);
  return result;
}
