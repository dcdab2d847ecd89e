import { GuardError } from '../errors/index.js';

// Whitespace, control and invisible format characters (zero-width, bidi overrides), combining marks and the
// blank fillers: none belongs in an identity, and each is a way to make two different identities print alike.
const UNSAFE = /[\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** The Unicode names of the characters that usually slip in unseen; any other is shown as U+XXXX alone. */
const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x20: 'SPACE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x180b: 'MONGOLIAN FREE VARIATION SELECTOR ONE',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
  0xfe0f: 'VARIATION SELECTOR-16',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+200B ZERO WIDTH SPACE`, or `U+E0001` for a character the table does not name. */
export function characterName(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[codePoint];
  return name === undefined ? hex : `${hex} ${name}`;
}

/**
 * The first character of `value` matching `unsafe`, named, with its position (1-based, in characters):
 * `U+200B ZERO WIDTH SPACE at position 7`; null when there is none.
 */
export function unsafeCharacterIn(value: string, unsafe: RegExp = UNSAFE): string | null {
  let position = 0;
  for (const character of value) {
    position += 1;
    if (unsafe.test(character)) return `${characterName(character.codePointAt(0)!)} at position ${position}`;
  }
  return null;
}

/** True for a non-empty identity value (URI, ref, builder ID) without whitespace or control characters. */
export function isPlainIdentity(value: string): boolean {
  return value.length > 0 && !UNSAFE.test(value);
}

/** Refuses an identity value read from a bundle that carries whitespace or control characters. */
export function assertPlainIdentity<T extends string | null>(value: T, what: string): T {
  if (value !== null && !isPlainIdentity(value)) {
    throw new GuardError(
      'provenance_malformed',
      `${what} carries whitespace or control characters: ${JSON.stringify(value)}`,
    );
  }
  return value;
}
