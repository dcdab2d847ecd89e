import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { pem } from '@sigstore/core';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import { unsignedIdentityToken, type MintIdentity } from './identity-token.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

export interface SigningEndpoints {
  fulcioUrl: string;
  rekor?: { url: string; entryType: 'dsse' | 'intoto' };
  tsaUrl?: string;
}

/** Signs `statement` as a DSSE envelope with a fresh Fulcio certificate for `identity`. */
export async function signStatement(
  statement: object,
  identity: MintIdentity,
  endpoints: SigningEndpoints,
): Promise<SerializedBundle> {
  // Built up front so that identity errors surface as themselves, not as a failed token fetch.
  const token = unsignedIdentityToken(identity);
  const witnesses: Witness[] = [];
  if (endpoints.rekor) {
    witnesses.push(
      new RekorWitness({ rekorBaseURL: endpoints.rekor.url, entryType: endpoints.rekor.entryType, retry: 0 }),
    );
  }
  if (endpoints.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaUrl, retry: 0 }));
  const signer = new FulcioSigner({
    fulcioBaseURL: endpoints.fulcioUrl,
    identityProvider: { getToken: async () => token },
    retry: 0,
  });
  const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({
    data: Buffer.from(JSON.stringify(statement)),
    type: IN_TOTO_PAYLOAD_TYPE,
  });
  return bundleToJSON(bundle);
}

/**
 * The detached form slsa-github-generator used to publish: the bundle's DSSE
 * envelope with the leaf certificate (PEM) inside its only signature.
 */
export function toLegacyEnvelope(bundle: SerializedBundle): Record<string, unknown> {
  const envelope = bundle.dsseEnvelope;
  const certificate = bundle.verificationMaterial.certificate?.rawBytes;
  const signature = envelope?.signatures[0];
  if (!envelope || !signature || !certificate) {
    throw new Error('expected a DSSE bundle with a single leaf certificate');
  }
  return {
    payloadType: envelope.payloadType,
    payload: envelope.payload,
    signatures: [
      {
        keyid: signature.keyid ?? '',
        sig: signature.sig,
        cert: pem.fromDER(Buffer.from(certificate, 'base64')),
      },
    ],
  };
}
