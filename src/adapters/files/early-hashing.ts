import { readFileSync } from 'node:fs';
import type { ArtifactDigest, DigestAlgorithm } from '../../core/policy/index.js';
import { hashArtifacts } from './hash.js';

/**
 * Starts hashing before the verifier is even loaded: a quick look at the provenance's subjects says
 * which digest they carry. Never rejects — on any doubt it gives null and the verifier hashes itself.
 */
export function startEarlyHashing(
  provenancePath: string,
  artifactPaths: readonly string[],
): Promise<ArtifactDigest[] | null> {
  const algorithm = artifactPaths.length > 0 ? subjectAlgorithm(provenancePath) : null;
  if (algorithm === null) return Promise.resolve(null);
  return hashArtifacts(artifactPaths, algorithm).catch(() => null);
}

function subjectAlgorithm(path: string): DigestAlgorithm | null {
  try {
    const text = readFileSync(path, 'utf8').trim();
    const first = JSON.parse(
      text.startsWith('{') && !text.includes('}\n{') ? text : (text.split('\n')[0] ?? ''),
    ) as Record<string, unknown>;
    const envelope = (first.dsseEnvelope ?? first) as { payload?: unknown };
    if (typeof envelope.payload !== 'string') return null;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      subject?: { digest?: Record<string, unknown> }[];
    };
    const digests = (statement.subject ?? []).map((s) => s.digest ?? {});
    if (digests.some((d) => typeof d.sha256 === 'string')) return 'sha256';
    return digests.some((d) => typeof d.sha512 === 'string') ? 'sha512' : null;
  } catch {
    return null;
  }
}
