import { bundleFromJSON } from '@sigstore/bundle';
import { ASN1Obj } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  toSignedEntity,
  toTrustMaterial,
  Verifier,
  type Signer,
  type VerificationPolicy,
  type VerifierOptions,
} from '@sigstore/verify';

/** Verifies a bundle (JSON) against a trusted root (JSON) with `@sigstore/verify`; returns the signer. */
export function verifyBundle(
  trustedRoot: object,
  bundle: object,
  policy: VerificationPolicy = {},
  options: VerifierOptions = {},
): Signer {
  const trustMaterial = toTrustMaterial(TrustedRoot.fromJSON(trustedRoot));
  return new Verifier(trustMaterial, options).verify(toSignedEntity(bundleFromJSON(bundle)), policy);
}

/** The UTF8String value of a Fulcio extension (dotted OID) of a verified signer. */
export function signerExtension(signer: Signer, oid: string): string | undefined {
  const found = signer.identity?.oids?.find((pair) => pair.oid?.id.join('.') === oid);
  return found && ASN1Obj.parseBuffer(Buffer.from(found.value)).value.toString('utf8');
}
