import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toVerdictFacts, verdictDigest, type VerdictFacts } from '../../../src/core/manifest/index.js';
import type { ReleaseAssetRecord } from '../../../src/core/policy/index.js';
import { provenanceWith } from './support.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const A40 = 'a'.repeat(40);
const B64 = 'b'.repeat(64);
const C64 = 'c'.repeat(64);
const BUILDER = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0';

const FACTS: VerdictFacts = {
  predicate_type: 'https://slsa.dev/provenance/v1',
  builder_id: BUILDER,
  source_repository: 'o/r',
  source_ref: 'refs/tags/v1.0.0',
  source_commit: A40,
  subjects: [{ name: 'app.tgz', digest: { sha256: B64 } }],
  verifier: 'sigstore-js',
};

describe('toVerdictFacts', () => {
  it('records the verified facts under their manifest names, and nothing else', () => {
    expect(toVerdictFacts(provenanceWith())).toStrictEqual(FACTS);
  });

  it('records the policy digest when the verification had one', () => {
    expect(toVerdictFacts(provenanceWith({ policySha256: C64 }))).toStrictEqual({
      ...FACTS,
      policy_sha256: C64,
    });
  });

  it.each([
    ['null', null],
    ['empty', ''],
  ])('leaves policy_sha256 out when it is %s', (_label, policySha256) => {
    expect(toVerdictFacts(provenanceWith({ policySha256 }))).not.toHaveProperty('policy_sha256');
  });

  it('records the release assets by name, size and sha256 only', () => {
    const assets = [
      { name: 'app.tgz', size: 10, sha256: B64, url: 'https://example.com/app.tgz' },
      { name: 'app.sig', size: 0, sha256: C64 },
    ] as ReleaseAssetRecord[];
    expect(toVerdictFacts(provenanceWith({ releaseAssets: assets }))).toStrictEqual({
      ...FACTS,
      release_assets: [
        { name: 'app.tgz', size: 10, sha256: B64 },
        { name: 'app.sig', size: 0, sha256: C64 },
      ],
    });
  });

  it('records an empty release asset list as empty, and none when the release was not verified', () => {
    expect(toVerdictFacts(provenanceWith({ releaseAssets: [] })).release_assets).toEqual([]);
    expect(toVerdictFacts(provenanceWith({ releaseAssets: null }))).not.toHaveProperty('release_assets');
  });

  it('copies the subject digests instead of sharing them', () => {
    const provenance = provenanceWith();
    const facts = toVerdictFacts(provenance);
    expect(facts.subjects[0]!.digest).not.toBe(provenance.subjects[0]!.digest);
    expect(facts.subjects[0]!.digest).toEqual({ sha256: B64 });
  });
});

describe('verdictDigest: SHA-256 of the canonical JSON', () => {
  it('hashes the facts with keys sorted, no whitespace', () => {
    const canonical =
      `{"builder_id":${JSON.stringify(BUILDER)},"predicate_type":"https://slsa.dev/provenance/v1",` +
      `"source_commit":"${A40}","source_ref":"refs/tags/v1.0.0","source_repository":"o/r",` +
      `"subjects":[{"digest":{"sha256":"${B64}"},"name":"app.tgz"}],"verifier":"sigstore-js"}`;
    expect(verdictDigest(FACTS)).toBe(sha256(canonical));
  });

  it('writes null facts as null', () => {
    const facts = { ...FACTS, source_repository: null, source_ref: null, source_commit: null };
    const canonical =
      `{"builder_id":${JSON.stringify(BUILDER)},"predicate_type":"https://slsa.dev/provenance/v1",` +
      `"source_commit":null,"source_ref":null,"source_repository":null,` +
      `"subjects":[{"digest":{"sha256":"${B64}"},"name":"app.tgz"}],"verifier":"sigstore-js"}`;
    expect(verdictDigest(facts)).toBe(sha256(canonical));
  });

  it('sorts keys by UTF-16 code units at every depth, keeping array order and escaping strings', () => {
    const value = {
      '\uffff': 5,
      '\u{1F600}': 4,
      é: 2,
      z: 1,
      Z: 3,
      a: [{ b: 1, a: 2 }, [3, [4, false]], []],
      n: null,
      s: 'ü"\\\n',
      t: true,
      o: {},
    };
    const canonical =
      '{"Z":3,"a":[{"a":2,"b":1},[3,[4,false]],[]],"n":null,"o":{},"s":"ü\\"\\\\\\n","t":true,"z":1,' +
      '"é":2,"\u{1F600}":4,"\uffff":5}';
    expect(verdictDigest(value as unknown as VerdictFacts)).toBe(sha256(canonical));
  });

  it('does not depend on the order of keys in the file', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        verifier: FACTS.verifier,
        subjects: [{ digest: { sha256: B64 }, name: 'app.tgz' }],
        source_repository: FACTS.source_repository,
        source_ref: FACTS.source_ref,
        source_commit: FACTS.source_commit,
        predicate_type: FACTS.predicate_type,
        builder_id: FACTS.builder_id,
      }),
    ) as VerdictFacts;
    expect(verdictDigest(reordered)).toBe(verdictDigest(FACTS));
  });

  it.each([
    ['a subject digest', { ...FACTS, subjects: [{ name: 'app.tgz', digest: { sha256: C64 } }] }],
    ['the builder', { ...FACTS, builder_id: `${BUILDER}x` }],
    ['a null fact', { ...FACTS, source_ref: null }],
    ['the policy digest', { ...FACTS, policy_sha256: C64 }],
  ])('changes with %s', (_label, changed) => {
    expect(verdictDigest(changed)).not.toBe(verdictDigest(FACTS));
  });

  it('changes with the order of subjects', () => {
    const a = { name: 'a', digest: { sha256: B64 } };
    const b = { name: 'b', digest: { sha256: B64 } };
    expect(verdictDigest({ ...FACTS, subjects: [a, b] })).not.toBe(
      verdictDigest({ ...FACTS, subjects: [b, a] }),
    );
  });
});
