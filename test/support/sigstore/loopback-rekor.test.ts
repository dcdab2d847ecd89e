import { createHash } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  githubAttestationStatement,
  startSigstoreInstance,
  verifyBundle,
  type SigstoreTestInstance,
} from './index.js';

interface LegacyEnvelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string; cert: string }[];
}

interface RekorLogEntry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification: {
    signedEntryTimestamp: string;
    inclusionProof: {
      logIndex: number;
      treeSize: number;
      rootHash: string;
      hashes: string[];
      checkpoint: string;
    };
  };
}

const subjectDigest = createHash('sha256').update('legacy artifact').digest('hex');
const statement = githubAttestationStatement({
  subjects: [{ name: 'legacy-artifact', digest: { sha256: subjectDigest } }],
  repository: 'o/r',
  ref: 'refs/tags/v1.0.0',
  commit: 'c'.repeat(40),
  workflowPath: '.github/workflows/release.yml',
});
const san = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0';

let rekor: SigstoreTestInstance;
let envelope: LegacyEnvelope;

beforeAll(async () => {
  rekor = await startSigstoreInstance('public-good');
  envelope = (await rekor.mintLegacyEnvelope(statement, { san })) as unknown as LegacyEnvelope;
});

afterAll(() => rekor?.close());

async function retrieve(query: object): Promise<Response> {
  return fetch(`${rekor.rekorUrl}/api/v1/index/retrieve`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(query),
  });
}

async function lookUp(hash: string): Promise<Record<string, RekorLogEntry>> {
  const [uuid] = (await (await retrieve({ hash })).json()) as string[];
  const response = await fetch(`${rekor.rekorUrl}/api/v1/log/entries/${uuid}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, RekorLogEntry>;
}

describe('legacy envelope', () => {
  it('is a bare DSSE envelope with the leaf certificate in PEM, not a bundle', () => {
    expect(Object.keys(envelope).sort()).toEqual(['payload', 'payloadType', 'signatures']);
    expect(envelope.signatures).toEqual([
      { keyid: '', sig: expect.any(String), cert: expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n/) },
    ]);
    expect(() => bundleFromJSON(envelope)).toThrow(/invalid bundle/);
  });
});

describe('loopback Rekor lookups', () => {
  it('finds the entry by subject digest and by payload digest', async () => {
    const payloadDigest = createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
    const bySubject = await (await retrieve({ hash: `sha256:${subjectDigest}` })).json();
    const byPayload = await (await retrieve({ hash: `sha256:${payloadDigest.toUpperCase()}` })).json();
    expect(bySubject).toHaveLength(1);
    expect(byPayload).toEqual(bySubject);
  });

  it('answers unknown digests with an empty list and rejects other queries', async () => {
    expect(await (await retrieve({ hash: `sha256:${'0'.repeat(64)}` })).json()).toEqual([]);
    expect((await retrieve({ email: 'someone@example.com' })).status).toBe(422);
    expect((await fetch(`${rekor.rekorUrl}/api/v1/log/entries/${'0'.repeat(64)}`)).status).toBe(404);
  });

  it("returns the entry as Rekor does, with Rekor's intoto body for the envelope", async () => {
    const entries = await lookUp(`sha256:${subjectDigest}`);
    const [entry] = Object.values(entries);
    expect(entry).toMatchObject({
      integratedTime: expect.any(Number),
      logID: expect.stringMatching(/^[0-9a-f]{64}$/),
      logIndex: expect.any(Number),
      verification: { signedEntryTimestamp: expect.any(String), inclusionProof: { treeSize: 1 } },
    });
    const body = JSON.parse(Buffer.from(entry!.body, 'base64').toString());
    expect(body).toMatchObject({ kind: 'intoto', apiVersion: '0.0.2' });
    const [signature] = body.spec.content.envelope.signatures;
    expect(Buffer.from(signature.sig, 'base64').toString()).toBe(envelope.signatures[0]!.sig);
    expect(Buffer.from(signature.publicKey, 'base64').toString()).toBe(envelope.signatures[0]!.cert);
    expect(body.spec.content.envelope.payload).toBeUndefined();
  });

  it('gives what a legacy verifier needs: envelope plus entry verify against the trusted root', async () => {
    const entries = await lookUp(`sha256:${subjectDigest}`);
    const bundle = legacyBundle(envelope, Object.values(entries)[0]!);
    const signer = verifyBundle(rekor.trustedRoot, bundle, { subjectAlternativeName: san });
    expect(signer.identity?.subjectAlternativeName).toBe(san);
  });
});

/** Rebuilds a bundle from a detached envelope and the Rekor entry that logged it. */
function legacyBundle(legacy: LegacyEnvelope, entry: RekorLogEntry): object {
  const [signature] = legacy.signatures;
  const proof = entry.verification.inclusionProof;
  const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: signature!.cert.replace(/-----[A-Z ]+-----|\s/g, '') },
      tlogEntries: [
        {
          logIndex: String(entry.logIndex),
          logId: { keyId: hexToBase64(entry.logID) },
          kindVersion: { kind: 'intoto', version: '0.0.2' },
          integratedTime: String(entry.integratedTime),
          inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
          inclusionProof: {
            logIndex: String(proof.logIndex),
            rootHash: hexToBase64(proof.rootHash),
            treeSize: String(proof.treeSize),
            hashes: proof.hashes.map(hexToBase64),
            checkpoint: { envelope: proof.checkpoint },
          },
          canonicalizedBody: entry.body,
        },
      ],
    },
    dsseEnvelope: {
      payloadType: legacy.payloadType,
      payload: legacy.payload,
      signatures: [{ keyid: signature!.keyid, sig: signature!.sig }],
    },
  };
}
