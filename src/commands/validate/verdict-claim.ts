import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  entryKey,
  verdictDigest,
  verdictPredicate,
  verdictSubjectName,
  type ManifestEntry,
} from '../../core/manifest/index.js';
import type { VerdictRecord } from './record-verdict.js';
import type { ValidateRequest } from './request.js';

/** What the validate job signs next (with `actions/attest`): its entry's verdict, as this attempt. */
export interface VerdictClaimFiles {
  readonly predicatePath: string;
  readonly subjectName: string;
  /** `sha256:<hex>`: the entry's `verdict_sha256`. */
  readonly subjectDigest: string;
}

/**
 * The verdict statement's parts for a verdict the manifest holds, or null: a rejection, a read-only manifest,
 * or a record that failed has nothing to sign. Only what the manifest recorded is signed, so the signature
 * and the entry name one verdict.
 */
export async function writeVerdictClaim(
  request: ValidateRequest,
  record: VerdictRecord,
): Promise<VerdictClaimFiles | null> {
  if (record === null || 'error' in record || record.outcome === 'refused') return null;
  const key = entryKey({ tag: request.tag, run_id: request.runId });
  const entry: ManifestEntry | undefined = record.manifest.entries.find((e) => entryKey(e) === key);
  if (!entry?.verdict || entry.status !== 'success') return null;
  const claim = {
    tag: entry.tag,
    run_id: entry.run_id,
    run_attempt: request.runAttempt,
    verdict: entry.verdict,
  };
  await mkdir(request.evidenceDir, { recursive: true });
  const predicatePath = join(request.evidenceDir, 'verdict.predicate.json');
  await writeFile(predicatePath, `${JSON.stringify(verdictPredicate(claim), null, 2)}\n`);
  return {
    predicatePath,
    subjectName: verdictSubjectName(claim),
    subjectDigest: `sha256:${verdictDigest(entry.verdict)}`,
  };
}
