import { describe, expect, it } from 'vitest';
import {
  decodeAttestations,
  describeAttestation,
  isSlsaProvenance,
  NPM_PUBLISH,
  SLSA_PREFIX,
  type DecodedAttestation,
} from '../../../src/commands/verify/index.js';
import { GuardError } from '../../../src/core/errors/index.js';
import {
  BUNDLE_V03,
  jsonl,
  SLSA_V1,
  statement,
  unsignedBundle,
  unsignedLegacyEnvelope,
} from './statements.js';

const NOT_A_DOCUMENT =
  'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)';

const summary = (attestations: DecodedAttestation[]) =>
  attestations.map((a) =>
    a.ok
      ? { index: a.index, kind: a.document.kind, predicateType: a.statement.predicateType }
      : { index: a.index, code: a.error.code, message: a.error.message },
  );

describe('decodeAttestations', () => {
  it('reads a single bundle as one decoded attestation with its document and statement', () => {
    const content = statement(SLSA_V1);
    const [only, ...rest] = decodeAttestations(JSON.stringify(unsignedBundle(content), null, 2));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ ok: true, index: 0, statement: content });
    expect(only?.ok && only.document.kind === 'bundle' && only.document.bundle.mediaType).toBe(BUNDLE_V03);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['blank lines between', '\n\n  \n'],
  ])('reads each line of a JSONL file in order (%s)', (_, eol) => {
    const text = jsonl(
      [unsignedBundle(statement(SLSA_V1)), unsignedLegacyEnvelope(statement(NPM_PUBLISH)), { hello: 1 }],
      eol,
    );
    expect(summary(decodeAttestations(`${text}${eol}`))).toEqual([
      { index: 0, kind: 'bundle', predicateType: SLSA_V1 },
      { index: 1, kind: 'legacy-envelope', predicateType: NPM_PUBLISH },
      { index: 2, code: 'provenance_malformed', message: NOT_A_DOCUMENT },
    ]);
  });

  it('a bad attestation is a coded entry of its own, the others still decode', () => {
    const wrongType = {
      ...unsignedBundle(statement(SLSA_V1)),
      dsseEnvelope: { payload: 'e30=', payloadType: 'text/plain', signatures: [{ sig: 'AAAA' }] },
    };
    const decoded = decodeAttestations(jsonl([wrongType, unsignedBundle(statement(SLSA_V1))]));
    expect(summary(decoded)).toEqual([
      {
        index: 0,
        code: 'provenance_malformed',
        message: 'DSSE payloadType is text/plain, expected application/vnd.in-toto+json',
      },
      { index: 1, kind: 'bundle', predicateType: SLSA_V1 },
    ]);
    expect(decoded[0]?.ok === false && decoded[0].error).toBeInstanceOf(GuardError);
  });

  it.each([
    [
      'a line that is not JSON',
      `${JSON.stringify(unsignedBundle(statement(SLSA_V1)))}\n{oops`,
      'provenance_malformed',
      'the provenance is not JSON (line 2 does not parse)',
    ],
    ['an empty file', ' \n ', 'provenance_malformed', 'the provenance file is empty'],
    [
      'an empty attestation list',
      '{"attestations": []}',
      'attestation_missing',
      'the provenance file holds no attestation',
    ],
  ])('the file itself must be readable: %s', (_, text, code, message) => {
    expect(() => decodeAttestations(text)).toThrow(expect.objectContaining({ code, message }));
  });
});

describe('isSlsaProvenance', () => {
  const decoded = (predicateType: string) =>
    decodeAttestations(JSON.stringify(unsignedBundle(statement(predicateType))));

  it('SLSA_PREFIX is the SLSA provenance namespace and NPM_PUBLISH the npm publish attestation', () => {
    expect(SLSA_PREFIX).toBe('https://slsa.dev/provenance/');
    expect(NPM_PUBLISH).toBe('https://github.com/npm/attestation/tree/main/specs/publish/v0.1');
  });

  it.each([
    ['SLSA v1', SLSA_V1, true],
    ['SLSA v0.2', 'https://slsa.dev/provenance/v0.2', true],
    ['the npm publish attestation', NPM_PUBLISH, false],
    ['a type that only contains the prefix', 'https://example.com/https://slsa.dev/provenance/v1', false],
  ])('%s: %s', (_, predicateType, expected) => {
    expect(decoded(predicateType).map(isSlsaProvenance)).toEqual([expected]);
  });

  it('an attestation that did not decode is not SLSA provenance', () => {
    expect(decodeAttestations('{"hello": 1}').map(isSlsaProvenance)).toEqual([false]);
  });
});

describe('describeAttestation', () => {
  const [slsa, broken] = decodeAttestations(jsonl([unsignedBundle(statement(SLSA_V1)), { hello: 1 }])) as [
    DecodedAttestation,
    DecodedAttestation,
  ];

  it.each([
    ['the only one, decoded', slsa, 1, `the attestation (${SLSA_V1})`],
    ['the only one, not decoded', { ...broken, index: 0 }, 1, 'the attestation'],
    ['one of several, decoded', slsa, 2, `attestation 1 of 2 (${SLSA_V1})`],
    ['one of several, not decoded', broken, 2, 'attestation 2 of 2'],
  ])('%s', (_, attestation, total, label) => {
    expect(describeAttestation(attestation, total)).toBe(label);
  });
});
