import type { X509Certificate } from '@sigstore/core';
import type { SignerFacts } from '../../core/policy/index.js';
import { assertPlainIdentity } from '../../core/provenance/index.js';

const FULCIO = '1.3.6.1.4.1.57264.1';

/**
 * Reads the Fulcio extensions; newer ones are DER UTF8Strings, the legacy ones raw bytes. A value with
 * whitespace or control characters is refused: it could pass a comparison that looks exact.
 */
export function toSignerFacts(certificate: X509Certificate): SignerFacts {
  const read = (what: string, suffix: number, legacySuffix?: number) =>
    assertPlainIdentity(
      derString(certificate, `${FULCIO}.${suffix}`) ??
        (legacySuffix ? rawString(certificate, `${FULCIO}.${legacySuffix}`) : null),
      `the certificate's ${what} (OID ${FULCIO}.${suffix})`,
    );
  const legacyRepository = assertPlainIdentity(
    rawString(certificate, `${FULCIO}.5`),
    "the certificate's repository (OID .5)",
  );
  return {
    subjectAlternativeName: assertPlainIdentity(certificate.subjectAltName ?? null, "the certificate's SAN"),
    issuer: read('issuer', 8, 1),
    buildSignerUri: read('Build Signer URI', 9),
    runnerEnvironment: read('Runner Environment', 11),
    sourceRepositoryUri:
      read('Source Repository URI', 12) ??
      (legacyRepository ? `https://github.com/${legacyRepository}` : null),
    sourceRepositoryDigest: read('Source Repository Digest', 13, 3),
    sourceRepositoryRef: read('Source Repository Ref', 14, 6),
    sourceRepositoryIdentifier: read('Source Repository Identifier', 15),
    sourceRepositoryOwnerIdentifier: read('Source Repository Owner Identifier', 17),
    runInvocationUri: read('Run Invocation URI', 21),
  };
}

function derString(certificate: X509Certificate, oid: string): string | null {
  const value = certificate.extension(oid)?.value;
  if (!value || value.length < 2 || value[0] !== 0x0c) return null;
  const [offset, length] = derLength(value);
  return value.subarray(offset, offset + length).toString('utf8');
}

function derLength(value: Buffer): [offset: number, length: number] {
  const first = value[1] ?? 0;
  if (first < 0x80) return [2, first];
  const size = first & 0x7f;
  let length = 0;
  for (let i = 0; i < size; i++) length = (length << 8) | (value[2 + i] ?? 0);
  return [2 + size, length];
}

function rawString(certificate: X509Certificate, oid: string): string | null {
  const value = certificate.extension(oid)?.value;
  return value && value.length > 0 ? value.toString('utf8') : null;
}
