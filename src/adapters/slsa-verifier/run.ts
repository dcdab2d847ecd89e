import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { VerdictCode } from '../../core/errors/index.js';

export interface SlsaVerifierRequest {
  readonly artifactPaths: readonly string[];
  readonly provenancePath: string;
  readonly sourceUri: string;
  readonly tag: string | null;
  readonly builderId: string | null;
}

export type SlsaVerifierOutcome =
  | { readonly kind: 'absent' }
  | { readonly kind: 'passed'; readonly detail: string }
  | { readonly kind: 'rejected'; readonly code: VerdictCode; readonly detail: string }
  /** It could not decide for an environmental reason (network, OIDC, permissions): ours decides. */
  | { readonly kind: 'degraded'; readonly detail: string };

const TIMEOUT_MS = 120_000;
const ENVIRONMENTAL = /dial tcp|no such host|connection refused|timeout|timed out|TLS|certificate signed by unknown|OIDC|id-token|permission denied|rate limit|\b5\d\d\b/i;

/** slsa-verifier's error names → our codes; anything else it rejects is a signature problem. */
const REJECTIONS: readonly [RegExp, VerdictCode][] = [
  [/builder|ErrorUntrustedReusableWorkflow/i, 'builder_mismatch'],
  [/source|ErrorMismatchSource/i, 'source_mismatch'],
  [/\btag\b|ErrorMismatchTag|ErrorMismatchVersionedTag/i, 'tag_mismatch'],
  [/hash|digest|ErrorMismatchHash/i, 'subject_mismatch'],
  [/envelope|payload|ErrorInvalidDssePayload/i, 'provenance_malformed'],
  [/rekor|tlog|transparency/i, 'tlog_invalid'],
];

export async function findOnPath(binary: string, path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, binary);
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return null;
}

/** Runs `slsa-verifier verify-artifact` when it is on PATH; the in-process verifier runs regardless. */
export async function runSlsaVerifier(request: SlsaVerifierRequest, path = process.env.PATH): Promise<SlsaVerifierOutcome> {
  const binary = await findOnPath('slsa-verifier', path);
  if (binary === null) return { kind: 'absent' };
  const args = ['verify-artifact', ...request.artifactPaths, '--provenance-path', request.provenancePath, '--source-uri', request.sourceUri];
  if (request.tag) args.push('--source-tag', request.tag);
  if (request.builderId) args.push('--builder-id', request.builderId);
  return new Promise((resolve) => {
    execFile(binary, args, { timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const detail = `${stdout}\n${stderr}`.trim().split('\n').slice(-3).join(' ').slice(0, 500);
      if (!error) return resolve({ kind: 'passed', detail });
      if (ENVIRONMENTAL.test(detail) || typeof error.code !== 'number') return resolve({ kind: 'degraded', detail: detail || error.message });
      const code = REJECTIONS.find(([pattern]) => pattern.test(detail))?.[1] ?? 'signature_invalid';
      resolve({ kind: 'rejected', code, detail });
    });
  });
}
