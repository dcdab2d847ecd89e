import { parseArgs } from 'node:util';
import { startEarlyHashing } from '../adapters/files/early-hashing.js';
import type { ArtifactDigest } from '../core/policy/index.js';

/**
 * `verify`'s artifacts start hashing on worker threads while the verifier loads; bad arguments are left to
 * the command.
 */
export function earlyHashing(argv: readonly string[]): Promise<ArtifactDigest[] | null> | undefined {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: false,
      options: { artifact: { type: 'string', multiple: true }, provenance: { type: 'string' } },
    });
    const artifacts = (values.artifact ?? []).filter((a): a is string => typeof a === 'string');
    return typeof values.provenance === 'string' && artifacts.length > 0
      ? startEarlyHashing(values.provenance, artifacts)
      : undefined;
  } catch {
    return undefined;
  }
}
