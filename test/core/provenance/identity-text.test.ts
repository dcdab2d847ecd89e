import { describe, expect, it } from 'vitest';
import { assertPlainIdentity, isPlainIdentity } from '../../../src/core/provenance/index.js';
import { malformed, refusal } from './builders.js';

describe('isPlainIdentity', () => {
  it.each([
    ['a URI', 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'],
    ['one character', 'a'],
    ['non-ASCII letters', 'dépôt/ünïcode'],
  ])('accepts %s', (_label, value) => {
    expect(isPlainIdentity(value)).toBe(true);
  });

  it.each([
    ['the empty string', ''],
    ['a space', 'o/r x'],
    ['a tab', 'o/r\tx'],
    ['a trailing newline', 'refs/tags/v1\n'],
    ['a carriage return', 'refs/tags/v1\r'],
    ['a NUL', 'o/r\u0000'],
    ['a DEL', 'o/r\u007f'],
    ['a no-break space', 'o/r\u00a0x'],
    ['an ideographic space', 'o/r\u3000x'],
    ['a zero-width space', 'o/r\u200bx'],
    ['a right-to-left override', 'o/r\u202ex'],
    ['a byte-order mark', '\ufeffo/r'],
  ])('refuses %s', (_label, value) => {
    expect(isPlainIdentity(value)).toBe(false);
  });
});

describe('assertPlainIdentity', () => {
  it.each([
    ['null', null],
    ['a plain value', 'refs/tags/v1'],
  ])('returns %s unchanged', (_label, value) => {
    expect(assertPlainIdentity(value, 'the ref')).toBe(value);
  });

  it.each([
    [
      'a newline, escaped in the message',
      'refs/tags/v1\nx',
      'the ref carries whitespace or control characters: "refs/tags/v1\\nx"',
    ],
    ['the empty string', '', 'the ref carries whitespace or control characters: ""'],
    ['a zero-width space', 'v\u200b1', 'the ref carries whitespace or control characters: "v\u200b1"'],
  ])('refuses %s as provenance_malformed naming the field', (_label, value, message) => {
    expect(refusal(() => assertPlainIdentity(value, 'the ref'))).toEqual(malformed(message));
  });
});
