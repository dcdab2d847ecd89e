import { parseArgs } from 'node:util';
import { startEarlyHashing } from '../adapters/files/early-hashing.js';
import type { ArtifactDigest } from '../core/policy/index.js';
import { VERIFY_FLAGS } from './flags.js';

/** Every spelling of `verify`'s flags, so a flag's value is never taken for a positional artifact. */
const OPTIONS = Object.fromEntries(
  VERIFY_FLAGS.flatMap((spec) =>
    [spec.name, ...('aliases' in spec ? spec.aliases : [])].map((name) => [
      name,
      { type: spec.type, multiple: 'multiple' in spec && spec.multiple },
    ]),
  ),
);

/**
 * `verify`'s artifacts start hashing on worker threads while the verifier loads; bad arguments are left to
 * the command.
 */
export function earlyHashing(argv: readonly string[]): Promise<ArtifactDigest[] | null> | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      strict: false,
      allowPositionals: true,
      options: OPTIONS,
    });
    const strings = (value: unknown): string[] =>
      (Array.isArray(value) ? value : [value]).filter((a): a is string => typeof a === 'string');
    const artifacts = [...positionals, ...strings(values.artifact)];
    const [provenance] = [...strings(values.bundle), ...strings(values.provenance)];
    return provenance !== undefined && artifacts.length > 0
      ? startEarlyHashing(provenance, artifacts)
      : undefined;
  } catch {
    return undefined;
  }
}
