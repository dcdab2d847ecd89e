import { readFileSync } from 'node:fs';
import { ASN1Obj, X509Certificate } from '@sigstore/core';

/** What a vendored provenance file says, read without verifying it: enough to write the expectation table. */
export interface ProvenanceFacts {
  readonly predicateType: string;
  readonly builderId: string;
  readonly subjects: readonly { readonly name: string; readonly digest: Readonly<Record<string, string>> }[];
  readonly san: string;
  readonly buildSignerUri: string | null;
  readonly runnerEnvironment: string | null;
  readonly sourceRepositoryUri: string | null;
  readonly sourceRef: string | null;
}

const FULCIO = '1.3.6.1.4.1.57264.1';

interface BundleLike {
  readonly verificationMaterial: {
    readonly certificate?: { readonly rawBytes: string };
    readonly x509CertificateChain?: { readonly certificates: readonly { readonly rawBytes: string }[] };
  };
  readonly dsseEnvelope: { readonly payload: string };
}

/** The provenance bundle of a file: a bundle, one JSON line, or npm's `{attestations: [{bundle}]}` (its certificate-signed entry). */
export function readProvenanceFacts(path: string): ProvenanceFacts {
  const text = readFileSync(path, 'utf8').trim();
  const value = JSON.parse(text.split('\n')[0] as string) as
    BundleLike | { attestations: { bundle: BundleLike }[] };
  const bundles = 'attestations' in value ? value.attestations.map((a) => a.bundle) : [value];
  const signed = bundles.filter((b) => leafCertificate(b) !== null);
  if (signed.length !== 1)
    throw new Error(`${path}: expected one certificate-signed bundle, found ${signed.length}`);
  return toFacts(signed[0] as BundleLike);
}

function toFacts(bundle: BundleLike): ProvenanceFacts {
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    predicateType: string;
    subject: ProvenanceFacts['subjects'];
    predicate: { builder?: { id: string }; runDetails?: { builder: { id: string } } };
  };
  const certificate = leafCertificate(bundle) as X509Certificate;
  return {
    predicateType: statement.predicateType,
    builderId: statement.predicate.runDetails?.builder.id ?? statement.predicate.builder?.id ?? '',
    subjects: statement.subject,
    san: certificate.subjectAltName ?? '',
    buildSignerUri: fulcioString(certificate, 9),
    runnerEnvironment: fulcioString(certificate, 11),
    sourceRepositoryUri: fulcioString(certificate, 12),
    sourceRef: fulcioString(certificate, 14),
  };
}

function leafCertificate(bundle: BundleLike): X509Certificate | null {
  const material = bundle.verificationMaterial;
  const raw = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  return raw ? X509Certificate.parse(Buffer.from(raw, 'base64')) : null;
}

/** The newer Fulcio extensions hold a DER UTF8String. */
function fulcioString(certificate: X509Certificate, suffix: number): string | null {
  const value = certificate.extension(`${FULCIO}.${suffix}`)?.value;
  return value ? ASN1Obj.parseBuffer(Buffer.from(value)).value.toString('utf8') : null;
}
