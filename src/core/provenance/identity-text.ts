import { GuardError } from '../errors/index.js';

// Whitespace, control and invisible format characters (zero-width, bidi overrides): none belongs in an
// identity, and each is a way to make two different identities print alike.
const UNSAFE = /[\s\p{Cc}\p{Cf}]/u;

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
