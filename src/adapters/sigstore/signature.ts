import { createPublicKey, type KeyObject } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { PolicyError, toSignedEntity, VerificationError, type SignedEntity, type Verifier } from '@sigstore/verify';
import { GuardError, type VerdictCode } from '../../core/errors/index.js';
import { failed, passed, type Check, type ExpectedIdentity, type SignerFacts } from '../../core/policy/index.js';
import { leafCertificate, toSignerFacts } from './certificate.js';
import { verifiersFor } from './root-selection.js';

export interface SignatureOutcome {
  readonly checks: readonly [Check, Check];
  readonly signer: SignerFacts | null;
}

/**
 * Cryptographic verification through `@sigstore/verify`: DSSE signature, Fulcio chain, SCTs, and
 * transparency-log inclusion or RFC 3161 timestamps, with thresholds chosen by the trusted root
 * that issued the certificate (GitHub's instance has no logs). The identity is compared exactly.
 */
export function verifyBundleSignature(bundleJson: unknown, roots: readonly TrustedRoot[], identity: ExpectedIdentity): SignatureOutcome {
  const { entity, leaf } = toVerifiable(bundleJson);
  if (leaf === null) {
    return outcome(failed('signature', 'identity_mismatch', 'a Fulcio certificate', 'the bundle is signed by a bare public key'), null, identity);
  }
  const { signer, key } = readCertificate(leaf);
  const errors: Error[] = [];
  for (const verifier of verifiersFor(roots, leaf)) {
    const error = verifyWith(verifier, entity, identity);
    if (error === null) return { checks: [signaturePassed(), identityPassed(identity)], signer };
    errors.push(error);
  }
  // An edited payload first breaks the log entry's body hash; name the root cause instead.
  if (!entity.signature.verifySignature(key)) {
    return outcome(failed('signature', 'signature_invalid', 'DSSE signature made by the certificate key', 'the signature does not match the payload'), signer, identity);
  }
  return toFailure(errors[0] as Error, signer, identity);
}

/** The library's parsers throw plain errors on attacker-controlled bytes; they become coded here. */
function toVerifiable(json: unknown): { entity: SignedEntity; leaf: X509Certificate | null } {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw new GuardError('provenance_malformed', `invalid Sigstore bundle: ${(error as Error).message}`, { cause: error });
  }
  try {
    return { entity: toSignedEntity(bundle), leaf: leafCertificate(bundle) };
  } catch (error) {
    throw new GuardError('provenance_malformed', `the bundle's certificate or signature cannot be parsed: ${(error as Error).message}`, { cause: error });
  }
}

function readCertificate(leaf: X509Certificate): { signer: SignerFacts; key: KeyObject } {
  try {
    return { signer: toSignerFacts(leaf), key: createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' }) };
  } catch (error) {
    throw new GuardError('provenance_malformed', `the signing certificate cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

function verifyWith(verifier: Verifier, entity: SignedEntity, identity: ExpectedIdentity): Error | null {
  const san = identity.subjectAlternativeName;
  try {
    verifier.verify(entity, {
      subjectAlternativeName: san === null ? undefined : `^${escapeRegExp(san)}$`,
      extensions: { issuer: identity.issuer },
    });
    return san === null ? new PolicyError({ code: 'UNTRUSTED_SIGNER_ERROR', message: 'no expected signer identity' }) : null;
  } catch (error) {
    return error as Error;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function toFailure(error: Error, signer: SignerFacts, identity: ExpectedIdentity): SignatureOutcome {
  if (error instanceof PolicyError) {
    return { checks: [signaturePassed(), identityFailed(identity, signer)], signer };
  }
  const code: VerdictCode = error instanceof VerificationError && /^(TLOG|TIMESTAMP)/.test(error.code) ? 'tlog_invalid' : 'signature_invalid';
  const label = error instanceof VerificationError ? `${error.code}: ${error.message}` : error.message;
  return outcome(failed('signature', code, 'signature, certificate chain and log/timestamp verify', label), signer, identity);
}

function outcome(signature: Check, signer: SignerFacts | null, identity: ExpectedIdentity): SignatureOutcome {
  const identityCheck = failed('certificate_identity', 'identity_mismatch', describeIdentity(identity), 'not evaluated: the signature did not verify');
  return { checks: [signature, identityCheck], signer };
}

function signaturePassed(): Check {
  return passed('signature', 'signature_invalid', 'signature, certificate chain and log/timestamp verify', 'verified');
}

function identityPassed(identity: ExpectedIdentity): Check {
  return passed('certificate_identity', 'identity_mismatch', describeIdentity(identity), describeIdentity(identity));
}

function identityFailed(identity: ExpectedIdentity, signer: SignerFacts): Check {
  const actual = `SAN ${signer.subjectAlternativeName ?? '(none)'}, issuer ${signer.issuer ?? '(none)'}`;
  return failed('certificate_identity', 'identity_mismatch', describeIdentity(identity), actual);
}

function describeIdentity(identity: ExpectedIdentity): string {
  const san = identity.subjectAlternativeName ?? '(no expected SAN: give --expected-san)';
  return `SAN ${san}, issuer ${identity.issuer}`;
}
