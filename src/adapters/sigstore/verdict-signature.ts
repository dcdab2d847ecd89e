import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { VerifiedSignature } from '../../core/manifest/index.js';
import { BundleJsonSchema, decodeStatement } from '../../core/provenance/index.js';
import { verifyBundleSignature } from './signature.js';

/**
 * A manifest's verdict signature, verified offline under `roots` (`@sigstore/verify`): the certificate's
 * facts and the signed statement, or why it does not verify. Never throws: a bundle is text anyone can write.
 */
export function verifyVerdictSignature(bundle: unknown, roots: readonly TrustedRoot[]): VerifiedSignature {
  const parsed = BundleJsonSchema.safeParse(bundle);
  if (!parsed.success) return { ok: false, problem: 'not a Sigstore bundle with a DSSE envelope' };
  try {
    const outcome = verifyBundleSignature(parsed.data, roots);
    if (outcome.signer === null || outcome.check.status !== 'passed')
      return { ok: false, problem: `the signature does not verify: ${outcome.check.actual}` };
    return { ok: true, signer: outcome.signer, statement: decodeStatement(parsed.data.dsseEnvelope) };
  } catch (error) {
    return { ok: false, problem: `the bundle cannot be verified: ${(error as Error).message}` };
  }
}
