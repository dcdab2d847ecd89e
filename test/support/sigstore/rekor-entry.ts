import { createHash } from 'node:crypto';

/** A Rekor v1 proposed entry as `@sigstore/sign` submits it. */
export type ProposedEntry = DsseProposedEntry | IntotoProposedEntry;

interface DsseProposedEntry {
  kind: 'dsse';
  apiVersion: '0.0.1';
  spec: { proposedContent: { envelope: string; verifiers: string[] } };
}

interface IntotoProposedEntry {
  kind: 'intoto';
  apiVersion: '0.0.2';
  spec: {
    content: {
      envelope: { payloadType: string; payload: string; signatures: object[] };
      hash: object;
      payloadHash: object;
    };
  };
}

interface SerializedEnvelope {
  payload: string;
  signatures: { sig: string }[];
}

/**
 * The body Rekor stores (and signs) for a proposed entry. Real Rekor does not
 * keep what was submitted: a dsse entry becomes hashes plus signature/verifier
 * pairs, and an intoto entry loses its payload. `@sigstore/verify` checks the
 * bundle against exactly these fields.
 */
export function storedBody(entry: ProposedEntry): object {
  switch (entry.kind) {
    case 'dsse': {
      const { envelope, verifiers } = entry.spec.proposedContent;
      const parsed = JSON.parse(envelope) as SerializedEnvelope;
      return {
        apiVersion: entry.apiVersion,
        kind: entry.kind,
        spec: {
          envelopeHash: sha256Hash(Buffer.from(envelope)),
          payloadHash: sha256Hash(Buffer.from(parsed.payload, 'base64')),
          signatures: parsed.signatures.map((signature, i) => ({
            signature: signature.sig,
            verifier: verifiers[i],
          })),
        },
      };
    }
    case 'intoto': {
      const { envelope, ...hashes } = entry.spec.content;
      const { payloadType, signatures } = envelope;
      return { ...entry, spec: { content: { envelope: { payloadType, signatures }, ...hashes } } };
    }
    default:
      throw new Error(`unsupported entry kind: ${(entry as { kind: string }).kind}`);
  }
}

/**
 * Search-index keys (`sha256:<hex>`) under which Rekor finds this entry: the
 * DSSE payload digest and every sha256 subject digest of the in-toto statement.
 */
export function searchKeys(entry: ProposedEntry): string[] {
  const payload = dssePayload(entry);
  const subjects = (parseStatement(payload)?.subject ?? [])
    .map((subject) => subject.digest?.sha256)
    .filter((digest): digest is string => typeof digest === 'string');
  const keys = [sha256Hex(payload), ...subjects].map((hex) => `sha256:${hex.toLowerCase()}`);
  return [...new Set(keys)];
}

function dssePayload(entry: ProposedEntry): Buffer {
  if (entry.kind === 'dsse') {
    const envelope = JSON.parse(entry.spec.proposedContent.envelope) as SerializedEnvelope;
    return Buffer.from(envelope.payload, 'base64');
  }
  // intoto entries carry the payload base64-encoded twice.
  const once = Buffer.from(entry.spec.content.envelope.payload, 'base64').toString('utf8');
  return Buffer.from(once, 'base64');
}

interface StatementSubjects {
  subject?: { digest?: Record<string, unknown> }[];
}

function parseStatement(payload: Buffer): StatementSubjects | undefined {
  try {
    return JSON.parse(payload.toString('utf8')) as StatementSubjects;
  } catch {
    return undefined;
  }
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function sha256Hash(data: Buffer): { algorithm: 'sha256'; value: string } {
  return { algorithm: 'sha256', value: sha256Hex(data) };
}
