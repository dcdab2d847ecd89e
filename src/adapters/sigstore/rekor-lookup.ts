import { createHash, X509Certificate as NodeX509 } from 'node:crypto';
import { z } from 'zod';
import { GuardError } from '../../core/errors/index.js';
import type { BundleJson, LegacyEnvelope } from '../../core/provenance/index.js';

const LogEntrySchema = z.object({
  body: z.string(),
  integratedTime: z.number(),
  logID: z.string(),
  logIndex: z.number(),
  verification: z.object({
    signedEntryTimestamp: z.string(),
    inclusionProof: z
      .object({
        logIndex: z.number(),
        rootHash: z.string(),
        treeSize: z.number(),
        hashes: z.array(z.string()),
        checkpoint: z.string(),
      })
      .optional(),
  }),
});
type LogEntry = z.infer<typeof LogEntrySchema>;

const TIMEOUT_MS = 10_000;

/**
 * Turns a legacy slsa-github-generator envelope (no inclusion proof) into a Sigstore bundle by
 * looking its entry up in Rekor. The bundle is then verified like any other: the log entry's body,
 * promise and proof are checked against the trusted root, so a wrong or forged entry cannot pass.
 */
export async function bundleFromRekor(envelope: LegacyEnvelope, rekorUrl: string): Promise<BundleJson> {
  const signature = envelope.signatures[0];
  if (!signature) throw new GuardError('provenance_malformed', 'the DSSE envelope has no signature');
  const certificate = certificateDer(signature.cert);
  const payloadDigest = createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
  const uuids = asRekorAnswer(
    z.array(z.string()),
    await rekorJson(rekorUrl, '/api/v1/index/retrieve', { hash: `sha256:${payloadDigest}` }),
    'index/retrieve',
  );
  for (const uuid of uuids) {
    const entries = asRekorAnswer(
      z.record(z.string(), LogEntrySchema),
      await rekorJson(rekorUrl, `/api/v1/log/entries/${uuid}`),
      'log/entries',
    );
    const entry = Object.values(entries)[0];
    if (entry && bodyNamesSignature(entry.body, signature.sig))
      return toBundleJson(envelope, certificate, entry);
  }
  throw new GuardError('tlog_invalid', `Rekor at ${rekorUrl} has no entry for this envelope's signature`);
}

/** The envelope's certificate comes from whoever wrote the file: a PEM that does not parse is malformed. */
function certificateDer(pem: string): string {
  try {
    return new NodeX509(pem).raw.toString('base64');
  } catch (error) {
    throw new GuardError(
      'provenance_malformed',
      `the DSSE envelope's certificate is not an X.509 certificate: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function asRekorAnswer<T>(schema: z.ZodType<T>, value: unknown, route: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new GuardError('tlog_invalid', `Rekor answered ${route} with an unexpected shape`);
  return parsed.data;
}

async function rekorJson(base: string, path: string, body?: object): Promise<unknown> {
  const url = new URL(path, base);
  let response: Response;
  try {
    response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new GuardError('tlog_invalid', `cannot reach Rekor at ${url.origin}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new GuardError('tlog_invalid', `Rekor answered ${response.status} for ${url.pathname}`);
  try {
    return await response.json();
  } catch (error) {
    throw new GuardError('tlog_invalid', `Rekor answered ${url.pathname} with something that is not JSON`, {
      cause: error,
    });
  }
}

function entryKind(body: string): { kind: string; apiVersion: string } {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
  } catch {
    throw new GuardError('tlog_invalid', 'a Rekor entry body is not JSON');
  }
  return asRekorAnswer(z.object({ kind: z.string(), apiVersion: z.string() }), json, 'log/entries (body)');
}

/** intoto entries carry the signature base64-encoded once more; dsse entries carry it as is. */
function bodyNamesSignature(body: string, sig: string): boolean {
  const text = Buffer.from(body, 'base64').toString('utf8');
  return text.includes(sig) || text.includes(Buffer.from(sig).toString('base64'));
}

function toBundleJson(envelope: LegacyEnvelope, certificateBase64: string, entry: LogEntry): BundleJson {
  const kind = entryKind(entry.body);
  const proof = entry.verification.inclusionProof;
  const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: certificateBase64 }] },
      tlogEntries: [
        {
          logIndex: String(entry.logIndex),
          logId: { keyId: hexToBase64(entry.logID) },
          kindVersion: { kind: kind.kind, version: kind.apiVersion },
          integratedTime: String(entry.integratedTime),
          inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
          inclusionProof: proof && {
            logIndex: String(proof.logIndex),
            rootHash: hexToBase64(proof.rootHash),
            treeSize: String(proof.treeSize),
            hashes: proof.hashes.map(hexToBase64),
            checkpoint: { envelope: proof.checkpoint },
          },
          canonicalizedBody: entry.body,
        },
      ],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: envelope.payload,
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map(({ sig, keyid }) => ({ sig, keyid: keyid ?? '' })),
    },
  };
}
