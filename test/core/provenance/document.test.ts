import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeStatement,
  parseProvenanceCandidates,
  parseProvenanceDocuments,
  toPredicateFacts,
  toProvenanceDocument,
} from '../../../src/core/provenance/index.js';
import { GENERATOR, GH, NPM } from '../../support/fixtures.js';
import { BUNDLE_V03, bundleOf, envelopeOf, legacyEnvelopeOf, malformed, refusal } from './builders.js';

const read = (path: string) => readFileSync(path, 'utf8');
const NEITHER =
  'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)';

const bundle = bundleOf(envelopeOf({ n: 1 }));
const otherBundle = bundleOf(envelopeOf({ n: 2 }));
const legacy = legacyEnvelopeOf({ n: 3 });
const line = (value: unknown) => JSON.stringify(value);

describe('parseProvenanceDocuments on real files', () => {
  it.each([
    ['pretty-printed bundle v0.1', NPM('tuf-js-1.0.0.provenance.sigstore.json'), 'bundle'],
    [
      'one-line v0.3 .intoto.jsonl',
      GENERATOR('generic-v2.1.0/binary-linux-amd64-push-v14.intoto.jsonl'),
      'bundle',
    ],
    [
      'legacy DSSE envelope',
      GENERATOR('legacy-dsse/v2.0.0-binary-linux-amd64-push-v13.0.30.intoto.jsonl'),
      'legacy-envelope',
    ],
  ])('reads a %s', (_label, path, kind) => {
    const [document] = parseProvenanceDocuments(read(path));
    expect(document?.kind).toBe(kind);
  });

  it('reads every attestation of a registry response', () => {
    const documents = parseProvenanceDocuments(read(NPM('sigstore-2.3.1.attestations.json')));
    const types = documents.map((d) => decodeStatement(d.envelope).predicateType);
    expect(types).toContain('https://slsa.dev/provenance/v1');
    expect(types).toContain('https://github.com/npm/attestation/tree/main/specs/publish/v0.1');
  });
});

describe('toProvenanceDocument', () => {
  it('reads a Sigstore bundle, keeping its other fields', () => {
    const value = { ...bundle, extra: { kept: true } };
    expect(toProvenanceDocument(value)).toStrictEqual({
      kind: 'bundle',
      bundle: value,
      envelope: bundle.dsseEnvelope,
    });
  });

  it('reads a legacy DSSE envelope whose signature carries the certificate', () => {
    expect(toProvenanceDocument(legacy)).toStrictEqual({ kind: 'legacy-envelope', envelope: legacy });
  });

  it.each([
    [
      'a bundle of another media type',
      { ...bundle, mediaType: 'application/json' },
      'not a Sigstore bundle: mediaType is not in the expected format',
    ],
    [
      'a bundle without an envelope',
      { mediaType: BUNDLE_V03, verificationMaterial: {} },
      'not a Sigstore bundle: dsseEnvelope is missing',
    ],
    [
      'a bundle whose envelope has no signature',
      bundleOf({ ...envelopeOf({}), signatures: [] }),
      'not a Sigstore bundle: dsseEnvelope.signatures is too short or empty',
    ],
    [
      'a bundle without verification material',
      { mediaType: BUNDLE_V03, dsseEnvelope: bundle.dsseEnvelope },
      'not a Sigstore bundle: verificationMaterial is missing',
    ],
    [
      'a bundle whose verification material is not an object',
      { ...bundle, verificationMaterial: 'MIIB' },
      'not a Sigstore bundle: verificationMaterial must be a record',
    ],
    [
      'a mediaType with envelope fields (read as a bundle)',
      { mediaType: 'x', payload: 'e30=' },
      'not a Sigstore bundle: mediaType is not in the expected format',
    ],
    ['a payload alone', { payload: 'e30=' }, 'not a DSSE envelope: payloadType is missing'],
    ['signatures alone', { signatures: [{ sig: 'AA==' }] }, 'not a DSSE envelope: payload is missing'],
    [
      'an envelope without a certificate',
      envelopeOf({}),
      'not a DSSE envelope: signatures.0.cert is missing',
    ],
    [
      'an envelope with an empty payload',
      { ...legacy, payload: '' },
      'not a DSSE envelope: payload is too short or empty',
    ],
    [
      'an envelope without signatures',
      { ...legacy, signatures: [] },
      'not a DSSE envelope: signatures is too short or empty',
    ],
    ['an object of neither kind', { attestations: 'none' }, NEITHER],
    ['an empty object', {}, NEITHER],
    ['an array', [], NEITHER],
    ['null', null, NEITHER],
    ['undefined', undefined, NEITHER],
    ['a string', 'mediaType', NEITHER],
    ['a number', 5, NEITHER],
  ])('refuses %s', (_label, value, message) => {
    expect(refusal(() => toProvenanceDocument(value))).toEqual(malformed(message));
  });
});

describe('parseProvenanceDocuments on text', () => {
  it.each([
    ['one-line JSON', line(bundle)],
    ['pretty-printed JSON', JSON.stringify(bundle, null, 2)],
    ['JSON between blank lines', `\n\r\n  ${line(bundle)}  \n\n`],
  ])('reads %s as one document', (_label, text) => {
    expect(parseProvenanceDocuments(text)).toStrictEqual([
      { kind: 'bundle', bundle, envelope: bundle.dsseEnvelope },
    ]);
  });

  it.each([
    ['LF lines', [bundle, legacy, otherBundle].map(line).join('\n')],
    ['CRLF lines with a trailing newline', `${[bundle, legacy, otherBundle].map(line).join('\r\n')}\r\n`],
    [
      'blank, whitespace-only and CRLF-blank lines between entries',
      `\n${line(bundle)}\n\n   \n${line(legacy)}\r\n\r\n\t\n${line(otherBundle)}\n\n`,
    ],
  ])('reads every entry of a JSONL file with %s, in order', (_label, text) => {
    expect(parseProvenanceDocuments(text)).toStrictEqual([
      { kind: 'bundle', bundle, envelope: bundle.dsseEnvelope },
      { kind: 'legacy-envelope', envelope: legacy },
      { kind: 'bundle', bundle: otherBundle, envelope: otherBundle.dsseEnvelope },
    ]);
  });

  it.each([
    [1, `{"mediaType":\n${line(bundle)}\n${line(legacy)}`],
    [2, `${line(bundle)}\n{"mediaType":\n${line(legacy)}`],
    [3, `${line(bundle)}\r\n${line(legacy)}\r\n${line(otherBundle)}}\r\n`],
    [4, `${line(bundle)}\n\n\n{"mediaType":`],
    [3, `\n\n{"mediaType":\n${line(bundle)}`],
  ])('names line %i of a JSONL file that does not parse, blank lines counted', (lineNumber, text) => {
    expect(refusal(() => parseProvenanceDocuments(text))).toEqual(
      malformed(`the provenance is not JSON (line ${lineNumber} does not parse)`),
    );
  });

  it('names the first line of broken pretty-printed JSON', () => {
    const text = JSON.stringify(bundle, null, 2).slice(0, -1);
    expect(refusal(() => parseProvenanceDocuments(text))).toEqual(
      malformed('the provenance is not JSON (line 1 does not parse)'),
    );
  });

  it('refuses a JSONL file when one parsed entry is no document', () => {
    const text = [bundle, { payload: 'e30=' }, otherBundle].map(line).join('\n');
    expect(refusal(() => parseProvenanceDocuments(text))).toEqual(
      malformed('not a DSSE envelope: payloadType is missing'),
    );
  });

  it.each([
    ['empty text', ''],
    ['spaces', '   '],
    ['blank lines', '\n\r\n\t\n'],
  ])('refuses %s as an empty file', (_label, text) => {
    expect(refusal(() => parseProvenanceDocuments(text))).toEqual(malformed('the provenance file is empty'));
  });

  it('says attestation_missing for an empty attestation list', () => {
    expect(refusal(() => parseProvenanceDocuments('{"attestations":[]}'))).toEqual({
      code: 'attestation_missing',
      message: 'the provenance file holds no attestation',
    });
  });

  it('refuses an attestation entry without a bundle', () => {
    expect(refusal(() => parseProvenanceDocuments('{"attestations":[{"id":1}]}'))).toEqual(
      malformed(NEITHER),
    );
  });
});

describe('parseProvenanceCandidates', () => {
  it('unwraps the bundles of an attestation list, even those that are no document', () => {
    const text = line({ attestations: [{ bundle, repository_id: 1 }, { bundle: { x: 1 } }] });
    expect(parseProvenanceCandidates(text)).toStrictEqual([bundle, { x: 1 }]);
  });

  it('unwraps attestation lists on JSONL lines and keeps other lines as they are', () => {
    const text = [{ attestations: [{ bundle }, { bundle: legacy }] }, otherBundle, 42].map(line).join('\n');
    expect(parseProvenanceCandidates(text)).toStrictEqual([bundle, legacy, otherBundle, 42]);
  });

  it.each([
    ['not a list', { attestations: { bundle: 1 } }],
    ['a list of non-objects', { attestations: [1, 'bundle'] }],
  ])('keeps a value whose attestations is %s as it is', (_label, value) => {
    expect(parseProvenanceCandidates(line(value))).toStrictEqual([value]);
  });

  it('says attestation_missing when every attestation list of a JSONL file is empty', () => {
    expect(refusal(() => parseProvenanceCandidates('{"attestations":[]}\n{"attestations":[]}'))).toEqual({
      code: 'attestation_missing',
      message: 'the provenance file holds no attestation',
    });
  });
});

describe('facts of real provenance', () => {
  it('reads v1 facts of a GitHub attestation', () => {
    const [document] = parseProvenanceDocuments(read(GH('bcr-module/MODULE.bazel.intoto.jsonl')));
    const facts = toPredicateFacts(decodeStatement(document!.envelope));
    expect(facts).toMatchObject({
      predicateType: 'https://slsa.dev/provenance/v1',
      builderId:
        'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
      sourceRepository: 'aspect-build/rules_lint',
      sourceRef: 'refs/heads/publish-to-bcr',
      sourceCommits: ['8f70009fde0c94ade6ce2a054b94718c819126ec'],
      workflow: {
        repository: 'aspect-build/rules_lint',
        path: '.github/workflows/release.yml',
        ref: 'refs/heads/publish-to-bcr',
      },
      repositoryId: '631710741',
    });
  });

  it('reads v0.2 facts of npm and of the generic generator', () => {
    const npm = toPredicateFacts(
      decodeStatement(
        parseProvenanceDocuments(read(NPM('tuf-js-1.0.0.provenance.sigstore.json')))[0]!.envelope,
      ),
    );
    expect(npm).toMatchObject({
      sourceRepository: 'theupdateframework/tuf-js',
      sourceRef: 'refs/tags/v1.0.0',
      sourceCommits: ['99624cc7ce39872e6bd08a0df59229a48562dbca'],
      workflow: {
        repository: 'theupdateframework/tuf-js',
        path: '.github/workflows/publish.yml',
        ref: 'refs/tags/v1.0.0',
      },
    });
    const generic = toPredicateFacts(
      decodeStatement(
        parseProvenanceDocuments(
          read(GENERATOR('generic-v2.1.0/binary-linux-amd64-push-v14.intoto.jsonl')),
        )[0]!.envelope,
      ),
    );
    expect(generic).toMatchObject({
      sourceRepository: 'slsa-framework/example-package',
      sourceRef: 'refs/tags/v14',
      sourceCommits: ['4d329c75e7ec1725f7c9ce917a8799d408d06be3'],
    });
  });
});
