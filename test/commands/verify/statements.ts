import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
export const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const IN_TOTO = 'application/vnd.in-toto+json';

type Subject = { name: string; digest: Record<string, string> };

/** An in-toto statement v1 with a predicate of `predicateType`; the predicate is empty unless given. */
export function statement(
  predicateType: string,
  subjects: Subject[] = [{ name: 'app.tgz', digest: { sha256: 'a'.repeat(64) } }],
  predicate: Record<string, unknown> = {},
): object {
  return { _type: 'https://in-toto.io/Statement/v1', subject: subjects, predicateType, predicate };
}

const payload = (content: object) => Buffer.from(JSON.stringify(content)).toString('base64');

/** A bundle in shape only: readable, but its signature and verification material are no such thing. */
export function unsignedBundle(content: object): object {
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: {},
    dsseEnvelope: { payload: payload(content), payloadType: IN_TOTO, signatures: [{ sig: 'AAAA' }] },
  };
}

/** slsa-github-generator's legacy bare envelope, in shape only. */
export function unsignedLegacyEnvelope(content: object): object {
  return {
    payload: payload(content),
    payloadType: IN_TOTO,
    signatures: [{ sig: 'AAAA', cert: '-----BEGIN CERTIFICATE-----' }],
  };
}

/** One JSON value per line, as a .intoto.jsonl file holds them. */
export const jsonl = (values: readonly unknown[], eol = '\n') =>
  values.map((value) => JSON.stringify(value)).join(eol);

/** A fresh temporary directory and a writer of files into it. */
export function scratch(prefix: string): {
  dir: string;
  write: (name: string, content: string | object) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), `pg-${prefix}-`));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}
