import { createPublicKey } from 'node:crypto';
import { PublicKeyDetails, type PublicKey } from '@sigstore/protobuf-specs';
import registryKeys from './roots/npm-registry-keys.json' with { type: 'json' };

/** The npm registry's publish-attestation keys by hint, in the shape `toTrustMaterial` takes. */
export function npmRegistryKeys(): Record<string, PublicKey> {
  return Object.fromEntries(
    registryKeys.keys.map((key) => [
      key.keyid,
      {
        rawBytes: createPublicKey({
          key: Buffer.from(key.key, 'base64'),
          format: 'der',
          type: 'spki',
        }).export({ format: 'der', type: 'spki' }),
        keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
        validFor: key.expires === null ? undefined : { start: undefined, end: new Date(key.expires) },
      } as PublicKey,
    ]),
  );
}

export function isNpmRegistryKey(hint: string): boolean {
  return registryKeys.keys.some((key) => key.keyid === hint);
}
