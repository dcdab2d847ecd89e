import { describe, expect, it } from 'vitest';
import { decodeStatement, IN_TOTO_PAYLOAD_TYPE } from '../../../src/core/provenance/index.js';
import { envelopeOf, malformed, refusal, STATEMENT_V1 } from './builders.js';

const SHA256 = 'ab'.repeat(32);
const statement = (overrides: Record<string, unknown> = {}) => ({
  _type: STATEMENT_V1,
  subject: [{ name: 'app-✓.tgz', digest: { sha256: SHA256 } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'x' } },
  ...overrides,
});
const withDigest = (digest: Record<string, string>) => statement({ subject: [{ name: 'a', digest }] });

describe('decodeStatement', () => {
  it('names the in-toto JSON payload type', () => {
    expect(IN_TOTO_PAYLOAD_TYPE).toBe('application/vnd.in-toto+json');
  });

  it.each(['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'])(
    'decodes a base64 UTF-8 %s statement',
    (type) => {
      const value = statement({ _type: type });
      expect(decodeStatement(envelopeOf(value))).toStrictEqual(value);
    },
  );

  it.each([
    'text/plain',
    'application/json',
    'application/vnd.in-toto+JSON',
    'application/vnd.in-toto+json; charset=utf-8',
  ])('refuses a valid statement whose payloadType is %s', (payloadType) => {
    expect(refusal(() => decodeStatement(envelopeOf(statement(), payloadType)))).toEqual(
      malformed(`DSSE payloadType is ${payloadType}, expected application/vnd.in-toto+json`),
    );
  });

  it.each([
    ['text that is not JSON', Buffer.from('nope').toString('base64')],
    ['bytes that are not base64 JSON', '!!!!'],
  ])('refuses a payload of %s', (_label, payload) => {
    expect(refusal(() => decodeStatement({ ...envelopeOf(statement()), payload }))).toEqual(
      malformed('the DSSE payload is not base64-encoded JSON'),
    );
  });

  it.each([
    ['a number', 5, 'the in-toto statement is invalid: Invalid input: expected object, received number'],
    ['an array', [], 'the in-toto statement is invalid: Invalid input: expected object, received array'],
    [
      'an unknown statement type',
      statement({ _type: 'https://in-toto.io/Statement/v2' }),
      'the in-toto statement is invalid at _type: Invalid option: expected one of "https://in-toto.io/Statement/v0.1"|"https://in-toto.io/Statement/v1"',
    ],
    [
      'no subject',
      statement({ subject: [] }),
      'the in-toto statement is invalid at subject: an in-toto statement needs at least one subject',
    ],
    [
      'a subject without a name',
      statement({ subject: [{ digest: {} }] }),
      'the in-toto statement is invalid at subject.0.name: Invalid input: expected string, received undefined',
    ],
    [
      'an empty predicateType',
      statement({ predicateType: '' }),
      'the in-toto statement is invalid at predicateType: Too small: expected string to have >=1 characters',
    ],
    [
      'a predicate that is an array',
      statement({ predicate: [] }),
      'the in-toto statement is invalid at predicate: Invalid input: expected record, received array',
    ],
  ])('refuses %s, naming where', (_label, value, message) => {
    expect(refusal(() => decodeStatement(envelopeOf(value)))).toEqual(malformed(message));
  });
});

describe('subject digests', () => {
  it.each([
    ['sha256 of 64 hex', { sha256: 'a'.repeat(64) }],
    ['sha512 of 128 hex', { sha512: '0'.repeat(128) }],
    ['sha1 of 40 hex', { sha1: 'f'.repeat(40) }],
    ['gitCommit of 40 hex', { gitCommit: '9'.repeat(40) }],
    ['an algorithm without a known length', { md5: 'not even hex' }],
    ['a known name in another case', { SHA256: 'xyz' }],
    ['several algorithms', { sha256: 'a'.repeat(64), sha512: 'b'.repeat(128) }],
    ['no digest at all', {}],
  ])('accepts %s', (_label, digest) => {
    const value = withDigest(digest);
    expect(decodeStatement(envelopeOf(value))).toStrictEqual(value);
  });

  it.each([
    ['sha256', 'a'.repeat(63), 64],
    ['sha256', 'a'.repeat(65), 64],
    ['sha256', 'A'.repeat(64), 64],
    ['sha256', `${'a'.repeat(63)}g`, 64],
    ['sha512', 'a'.repeat(64), 128],
    ['sha1', 'a'.repeat(41), 40],
    ['gitCommit', 'a'.repeat(39), 40],
    ['gitCommit', ` ${'a'.repeat(39)}`, 40],
  ])('refuses a %s digest %j', (algorithm, value, length) => {
    expect(refusal(() => decodeStatement(envelopeOf(withDigest({ [algorithm]: value }))))).toEqual(
      malformed(
        `the in-toto statement is invalid at subject.0.digest: ${algorithm} digest is not ${length} lowercase hex characters`,
      ),
    );
  });

  it('checks every algorithm of every subject', () => {
    const value = statement({
      subject: [
        { name: 'a', digest: { sha256: SHA256 } },
        { name: 'b', digest: { sha256: SHA256, sha512: 'c'.repeat(127) } },
      ],
    });
    expect(refusal(() => decodeStatement(envelopeOf(value)))).toEqual(
      malformed(
        'the in-toto statement is invalid at subject.1.digest: sha512 digest is not 128 lowercase hex characters',
      ),
    );
  });
});
