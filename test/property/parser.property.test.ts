import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGuardError } from '../../src/core/errors/index.js';
import {
  decodeStatement,
  parseProvenanceDocuments,
  toPredicateFacts,
} from '../../src/core/provenance/index.js';

/** Runs the whole pure parsing path; the only acceptable failure is a coded GuardError. */
function parseAll(text: string): void {
  try {
    for (const document of parseProvenanceDocuments(text))
      toPredicateFacts(decodeStatement(document.envelope));
  } catch (error) {
    if (!isGuardError(error))
      throw new Error(`uncoded ${String(error)} for ${JSON.stringify(text).slice(0, 200)}`);
  }
}

const envelopeOf = (payload: unknown) => ({
  payloadType: 'application/vnd.in-toto+json',
  payload: Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)).toString('base64'),
  signatures: [{ sig: 'MEUCIQ==' }],
});

const statementLike = fc.record(
  {
    _type: fc.constantFrom('https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1', 'x'),
    subject: fc.array(
      fc.record({
        name: fc.string(),
        digest: fc.dictionary(fc.constantFrom('sha256', 'sha512', 'gitCommit', 'md5'), fc.string()),
      }),
    ),
    predicateType: fc.constantFrom(
      'https://slsa.dev/provenance/v1',
      'https://slsa.dev/provenance/v0.2',
      'other',
    ),
    predicate: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('the provenance parser never crashes', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => parseAll(text)),
      { numRuns: 4_000 },
    );
  });

  it('on arbitrary JSON values and attestation lists', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseAll(JSON.stringify(value));
        parseAll(JSON.stringify({ attestations: [{ bundle: value }] }));
      }),
      { numRuns: 3_000 },
    );
  });

  it('on envelopes carrying arbitrary statements', () => {
    fc.assert(
      fc.property(statementLike, fc.boolean(), (statement, asBundle) => {
        const envelope = envelopeOf(statement);
        const text = JSON.stringify(
          asBundle
            ? {
                mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
                verificationMaterial: {},
                dsseEnvelope: envelope,
              }
            : envelope,
        );
        parseAll(text);
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives a statement with valid parts usable facts', () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: { buildType: 't', externalParameters: {} },
        runDetails: { builder: { id: 'https://b' } },
      },
    };
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: envelopeOf(statement),
    };
    const [document] = parseProvenanceDocuments(JSON.stringify(bundle));
    expect(toPredicateFacts(decodeStatement(document!.envelope)).builderId).toBe('https://b');
  });
});
