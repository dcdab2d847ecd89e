import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  containsEncodedSecret,
  containsSecret,
  redactEncoded,
  redactJson,
} from '../../core/redaction/index.js';
import type { VerdictJson } from '../../core/report/index.js';

export interface EvidenceReport {
  readonly schema: 'provenance-guard/evidence/v1';
  readonly generated_at: string;
  readonly repository: string;
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly verdict: VerdictJson;
  readonly artifacts: readonly { name: string; algorithm: string; digest: string }[];
  readonly provenance: { readonly sha256: string; readonly documents: readonly unknown[] } | null;
  readonly slsa_verifier: { readonly outcome: string; readonly detail: string } | null;
  readonly tools: Readonly<Record<string, string>>;
  /** The policy file the release was verified under, by its SHA-256. */
  readonly policy?: { readonly path: string; readonly sha256: string } | null;
  /** The published release's assets, when the release itself was verified. */
  readonly release_assets?:
    readonly { readonly name: string; readonly size: number; readonly sha256: string }[] | null;
}

export type EvidenceResult =
  | { readonly written: true; readonly path: string; readonly sha256: string }
  | { readonly written: false; readonly reason: string };

/**
 * Writes the evidence report and its SHA-256 beside it. Text is redacted, and so is text inside
 * base64 (the DSSE payload, certificates). Redaction fails closed: if it throws or a secret survives
 * it, in the text or in anything that decodes from it, nothing is written and the caller says so.
 */
export async function writeEvidence(
  dir: string,
  report: EvidenceReport,
  secrets: readonly string[],
): Promise<EvidenceResult> {
  let text: string;
  try {
    const redacted = redactJson(redactEncoded(report, secrets), secrets);
    text = `${JSON.stringify(redacted, null, 2)}\n`;
    if (containsSecret(text, secrets) || containsEncodedSecret(redacted, secrets))
      return { written: false, reason: 'a secret survived redaction' };
  } catch (error) {
    return { written: false, reason: `redaction failed: ${(error as Error).message}` };
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'evidence.json');
  await writeFile(path, text);
  await writeFile(`${path}.sha256`, `${sha256}  evidence.json\n`);
  return { written: true, path, sha256 };
}

/** Parses what the provenance file held for the report; a file that is not JSON is kept as text. */
export function provenanceForEvidence(text: string): { sha256: string; documents: unknown[] } {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const parse = (chunk: string): unknown => {
    try {
      return JSON.parse(chunk);
    } catch {
      return chunk;
    }
  };
  const whole = parse(text.trim());
  const documents =
    typeof whole === 'string'
      ? text
          .split('\n')
          .filter((l) => l.trim())
          .map(parse)
      : [whole];
  return { sha256, documents };
}
