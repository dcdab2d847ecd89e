import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GuardError } from '../core/errors/index.js';
import { unsafeCharacterIn } from '../core/provenance/identity-text.js';
import { spellings, type FlagSpec } from './flags.js';

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

type ValueOf<F extends FlagSpec> = F extends { readonly type: 'boolean' }
  ? boolean
  : F extends { readonly multiple: true }
    ? string[]
    : string;

/** The parsed flags, by primary name; an absent flag is undefined. */
export type FlagValues<Fs extends readonly FlagSpec[]> = { [F in Fs[number] as F['name']]?: ValueOf<F> };

export interface ParsedCommand<Fs extends readonly FlagSpec[]> {
  readonly values: FlagValues<Fs>;
  /** How each given flag was spelled (`--tag` or `--source-ref`), for messages in the user's words. */
  readonly spelled: Readonly<Record<string, string>>;
  readonly positionals: string[];
}

// Control and invisible format characters, and line breaks: never part of a value typed on purpose.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// An identity given on the command line is printable ASCII: a URL, OWNER/NAME, a ref, a digest. Anything
// else (a combining mark, a filler, a full-width letter that URL parsing quietly maps) is refused, named.
const UNSAFE_IDENTITY = /[^\x21-\x7E]/u;

/**
 * One command's flags, from its table: each alias reads into its primary name (given both, they must
 * agree), a required flag must be there, and a value with an invisible or control character is refused
 * with that character named.
 */
export function parseCommandArgs<const Fs extends readonly FlagSpec[]>(
  flags: Fs,
  argv: readonly string[],
  { positionals = false }: { readonly positionals?: boolean } = {},
): ParsedCommand<Fs> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const spec of flags)
    for (const name of [spec.name, ...(spec.aliases ?? [])])
      options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
  const parsed = parseArgsOnce({ args: [...argv], options, allowPositionals: positionals });
  const raw = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  const values: Record<string, string | boolean | string[]> = {};
  const spelled: Record<string, string> = {};
  for (const spec of flags) {
    const given = [spec.name, ...(spec.aliases ?? [])].filter((name) => raw[name] !== undefined);
    if (given.length === 0) {
      if (spec.required)
        throw new GuardError(
          'input_invalid',
          `--${spec.name}${spec.value ? ` ${spec.value}` : ''} is required`,
        );
      continue;
    }
    spelled[spec.name] = `--${given[0]}`;
    if (spec.multiple) {
      values[spec.name] = given.flatMap((name) => raw[name] as string[]);
    } else {
      const distinct = [...new Set(given.map((name) => raw[name] as string | boolean))];
      if (distinct.length > 1)
        throw new GuardError(
          'input_invalid',
          `${given.map((name) => `--${name}`).join(' and ')} are the same flag and were given different values`,
        );
      values[spec.name] = distinct[0]!;
    }
    if (spec.type === 'string' && !spec.freeText) {
      const all = spec.multiple ? (values[spec.name] as string[]) : [values[spec.name] as string];
      for (const value of all) assertVisible(spelled[spec.name]!, value, spec.identity === true);
    }
  }
  return { values: values as FlagValues<Fs>, spelled, positionals: parsed.positionals };
}

/** `--cert-identity: U+200B ZERO WIDTH SPACE at position 7 — copied from a job summary? …` */
export function assertVisible(flag: string, value: string, identity: boolean): void {
  const found = unsafeCharacterIn(value, identity ? UNSAFE_IDENTITY : INVISIBLE);
  if (found !== null)
    throw new GuardError(
      'input_invalid',
      `${flag}: ${found} — copied from a job summary? Remove it and try again`,
    );
}

/** The parser's spellings of a table: every name and alias. */
export function allSpellings(flags: readonly FlagSpec[]): string[] {
  return flags.flatMap(spellings);
}
