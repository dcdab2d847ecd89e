import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GuardError } from '../../../src/core/errors/index.js';
import {
  decodeStatement,
  parseProvenanceDocuments,
  toPredicateFacts,
} from '../../../src/core/provenance/index.js';
import { GENERATOR, GH, NPM } from '../../support/fixtures.js';

const read = (path: string) => readFileSync(path, 'utf8');

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GuardError ? error.code : `uncoded: ${String(error)}`;
  }
  return undefined;
}

describe('parseProvenanceDocuments', () => {
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

  it.each([
    ['empty text', ''],
    ['not JSON', '{"mediaType": '],
    ['a JSON array of numbers', '[1,2,3]'],
    [
      'a bundle without an envelope',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{}}',
    ],
    [
      'an envelope without signatures',
      '{"payload":"e30=","payloadType":"application/vnd.in-toto+json","signatures":[]}',
    ],
  ])('refuses %s as provenance_malformed', (_label, text) => {
    expect(codeOf(() => parseProvenanceDocuments(text))).toBe('provenance_malformed');
  });

  it('says attestation_missing for an empty attestation list', () => {
    expect(codeOf(() => parseProvenanceDocuments('{"attestations":[]}'))).toBe('attestation_missing');
  });
});

describe('decodeStatement and toPredicateFacts', () => {
  const envelope = (statement: unknown) => ({
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
    signatures: [{ sig: 'AA==' }],
  });

  it.each([
    ['another payload type', { ...envelope({}), payloadType: 'text/plain' }],
    ['a payload that is not JSON', { ...envelope({}), payload: Buffer.from('nope').toString('base64') }],
    [
      'an empty subject list',
      envelope({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x', predicate: {} }),
    ],
    [
      'a short sha256 digest',
      envelope({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a', digest: { sha256: 'abc' } }],
        predicateType: 'x',
        predicate: {},
      }),
    ],
    [
      'an unknown statement type',
      envelope({
        _type: 'https://example.com/Statement',
        subject: [{ name: 'a', digest: {} }],
        predicateType: 'x',
        predicate: {},
      }),
    ],
  ])('refuses %s', (_label, value) => {
    expect(codeOf(() => decodeStatement(value))).toBe('provenance_malformed');
  });

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

  it('refuses a v1 predicate without a builder', () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1' as const,
      subject: [{ name: 'a', digest: {} }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'x', externalParameters: {} }, runDetails: {} },
    };
    expect(codeOf(() => toPredicateFacts(statement))).toBe('provenance_malformed');
  });
});
