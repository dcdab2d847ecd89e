import { createHash } from 'node:crypto';

export const TRUSTED_ROOT_FILE_NAME = 'trusted_root.json';
export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

// The mock CT log is in-process (the mock CA calls it directly), so it has no URL of its own.
const CTLOG_BASE_URL = 'https://ctfe.sigstore.mock';
const MOCK_ORGANIZATION = 'sigstore.mock';

export interface TrustedRootParts {
  /** Start of every validFor window. */
  validFrom: Date;
  ca: { url: string; rootCertificate: Buffer };
  /** DER SPKI of the CT log key and its RFC 6962 log ID. */
  ctlog?: { publicKey: Buffer; logID: Buffer };
  /** DER SPKI of the Rekor key. */
  tlog?: { url: string; publicKey: Buffer };
  /** Signing certificate first, then its issuers (DER). */
  tsa?: { url: string; certificates: Buffer[] };
}

/** TrustedRoot in protobuf-specs JSON form (bytes base64, enums as names, RFC 3339 times). */
export function buildTrustedRoot(parts: TrustedRootParts): Record<string, unknown> {
  const validFor = { start: parts.validFrom.toISOString() };
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: parts.tlog
      ? [transparencyLog(parts.tlog.url, parts.tlog.publicKey, sha256(parts.tlog.publicKey), validFor)]
      : [],
    certificateAuthorities: [
      certificateAuthority('sigstore', parts.ca.url, [parts.ca.rootCertificate], validFor),
    ],
    ctlogs: parts.ctlog
      ? [transparencyLog(CTLOG_BASE_URL, parts.ctlog.publicKey, parts.ctlog.logID, validFor)]
      : [],
    timestampAuthorities: parts.tsa
      ? [certificateAuthority('tsa', `${parts.tsa.url}/api/v1/timestamp`, parts.tsa.certificates, validFor)]
      : [],
  };
}

function transparencyLog(baseUrl: string, publicKey: Buffer, logID: Buffer, validFor: object): object {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: publicKey.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor,
    },
    logId: { keyId: logID.toString('base64') },
  };
}

function certificateAuthority(commonName: string, uri: string, chain: Buffer[], validFor: object): object {
  return {
    subject: { organization: MOCK_ORGANIZATION, commonName },
    uri,
    certChain: { certificates: chain.map((der) => ({ rawBytes: der.toString('base64') })) },
    validFor,
  };
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}
