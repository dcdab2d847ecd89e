import { createHash, sign, type KeyPairKeyObjectResult } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import type { CTLog } from '@sigstore/mock/dist/fulcio/index.js';

const SCT_VERSION_V1 = 0;
const SIGNATURE_TYPE_CERTIFICATE_TIMESTAMP = 0;
const ENTRY_TYPE_PRECERT = 1;
const HASH_SHA256 = 4;
const SIGNATURE_ECDSA = 3;

/**
 * An in-process RFC 6962 log for the mock CA. `@sigstore/mock`'s own CT log
 * hands pkijs an ASN.1 object where pkijs >= 3.3.1 expects the signature
 * bytes, so its SCTs come out with an empty signature; this one signs the
 * precertificate entry itself. Returns one serialized SCT (length-prefixed),
 * which the CA wraps in the SCT list extension.
 */
export function createCTLog(keyPair: KeyPairKeyObjectResult): CTLog {
  const publicKey = keyPair.publicKey.export({ format: 'der', type: 'spki' });
  const logID = createHash('sha256').update(publicKey).digest();
  return {
    publicKey,
    logID,
    async log(precertificate: ArrayBuffer, issuerID: ArrayBuffer): Promise<ArrayBuffer> {
      const timestamp = uint(8, Date.now());
      const tbs = X509Certificate.parse(Buffer.from(precertificate)).tbsCertificate.toDER();
      const signed = Buffer.concat([
        Buffer.from([SCT_VERSION_V1, SIGNATURE_TYPE_CERTIFICATE_TIMESTAMP]),
        timestamp,
        uint(2, ENTRY_TYPE_PRECERT),
        Buffer.from(issuerID),
        uint(3, tbs.length),
        tbs,
        uint(2, 0), // no extensions
      ]);
      const signature = sign('sha256', signed, keyPair.privateKey);
      const sct = Buffer.concat([
        Buffer.from([SCT_VERSION_V1]),
        logID,
        timestamp,
        uint(2, 0),
        Buffer.from([HASH_SHA256, SIGNATURE_ECDSA]),
        uint(2, signature.length),
        signature,
      ]);
      return new Uint8Array(Buffer.concat([uint(2, sct.length), sct])).buffer;
    },
  };
}

/** Big-endian unsigned integer of `bytes` bytes. */
function uint(bytes: number, value: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(value));
  return out.subarray(8 - bytes);
}
