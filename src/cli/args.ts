import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GuardError } from '../core/errors/index.js';

/**
 * `parseArgs`, strict, where a flag that takes one value may be given once: `--provenance a
 * --provenance b` is a usage error, not a silent choice of the last one.
 */
export function parseArgsOnce<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const parsed = parseArgs({ ...config, strict: true, tokens: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || config.options?.[token.name]?.multiple) continue;
    if (seen.has(token.name))
      throw new GuardError('input_invalid', `--${token.name} was given more than once; it takes one value`);
    seen.add(token.name);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}
