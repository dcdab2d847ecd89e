import { createPublicKey, type KeyObject } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, VerificationError, type SignedEntity, type Verifier } from '@sigstore/verify';
import { GuardError, isGuardError, type VerdictCode } from '../../core/errors/index.js';
import { failed, passed, type Check, type SignerFacts } from '../../core/policy/index.js';
import { toSignerFacts } from './certificate.js';
import { isNpmRegistryKey } from './npm-keys.js';
import { verifiersFor } from './root-selection.js';

export interface SignatureOutcome {
  readonly check: Check;
  /** The certificate's facts, only once the signature verified under a trusted root. */
  readonly signer: SignerFacts | null;
  /** The hint of the trusted key that signed, for a key-signed bundle that verified. */
  readonly keyHint: string | null;
}

const EXPECTED = 'signature, certificate chain and log/timestamp verify under a trusted root';

/**
 * Cryptographic verification through `@sigstore/verify`: DSSE signature, Fulcio chain, SCTs, and
 * transparency-log inclusion or RFC 3161 timestamps, with thresholds chosen by the trusted root
 * that issued the certificate (GitHub's instance has no logs). Who signed is the policy's question:
 * the identity checks read the returned certificate facts.
 */
export function verifyBundleSignature(bundleJson: unknown, roots: readonly TrustedRoot[]): SignatureOutcome {
  const { entity, leaf, hint } = toVerifiable(bundleJson);
  const signer = leaf === null ? null : readSigner(leaf);
  if (leaf === null && !isNpmRegistryKey(hint)) {
    return rejected(
      'signature_invalid',
      `signed by a public key that is not trusted (hint ${JSON.stringify(hint)})`,
    );
  }
  const errors: Error[] = [];
  for (const verifier of verifiersFor(roots, leaf)) {
    const error = verifyWith(verifier, entity);
    if (error === null)
      return {
        check: passed('signature', 'signature_invalid', EXPECTED, 'verified'),
        signer,
        keyHint: leaf ? null : hint,
      };
    errors.push(error);
  }
  // An edited payload first breaks the log entry's body hash; name the root cause instead.
  if (leaf !== null && !entity.signature.verifySignature(publicKeyOf(leaf))) {
    return rejected('signature_invalid', 'the signature does not match the payload');
  }
  const error = errors[0] ?? new Error('no trusted root to verify against');
  const code: VerdictCode =
    error instanceof VerificationError && /^(TLOG|TIMESTAMP)/.test(error.code)
      ? 'tlog_invalid'
      : 'signature_invalid';
  return rejected(
    code,
    error instanceof VerificationError ? `${error.code}: ${error.message}` : error.message,
  );
}

function rejected(code: VerdictCode, actual: string): SignatureOutcome {
  return { check: failed('signature', code, EXPECTED, actual), signer: null, keyHint: null };
}

/** The library's parsers throw plain errors on attacker-controlled bytes; they become coded here. */
function toVerifiable(json: unknown): { entity: SignedEntity; leaf: X509Certificate | null; hint: string } {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw new GuardError('provenance_malformed', `invalid Sigstore bundle: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const material = bundle.verificationMaterial.content;
    const entity = toSignedEntity(bundle);
    // The entity has parsed the leaf certificate already; a second parse is a measurable share of a warm
    // verification.
    const leaf = entity.key.$case === 'certificate' ? entity.key.certificate : null;
    return { entity, leaf, hint: material.$case === 'publicKey' ? material.publicKey.hint : '' };
  } catch (error) {
    throw new GuardError(
      'provenance_malformed',
      `the bundle's certificate or signature cannot be parsed: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function readSigner(leaf: X509Certificate): SignerFacts {
  try {
    return toSignerFacts(leaf);
  } catch (error) {
    if (isGuardError(error)) throw error;
    throw new GuardError(
      'provenance_malformed',
      `the signing certificate cannot be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * Only a rejected signature needs the key on its own: building it for every verification costs more than our
 * policy checks.
 */
function publicKeyOf(leaf: X509Certificate): KeyObject {
  try {
    return createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' });
  } catch (error) {
    throw new GuardError(
      'provenance_malformed',
      `the signing certificate's key cannot be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function verifyWith(verifier: Verifier, entity: SignedEntity): Error | null {
  try {
    verifier.verify(entity);
    return null;
  } catch (error) {
    return error as Error;
  }
}
