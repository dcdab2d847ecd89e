import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTrustedRoots, verifyBundleSignature } from '../../../src/adapters/sigstore/index.js';
import { BundleJsonSchema } from '../../../src/core/provenance/index.js';
import { fixture, GH } from '../../support/fixtures.js';

const bundle = JSON.parse(
  readFileSync(fixture('github-release-attestation/github_release_bundle.json'), 'utf8'),
) as Record<string, unknown>;

describe("GitHub's release attestation of an immutable release (real data)", () => {
  it("verifies offline under GitHub's own root, shipped with the CLI and printed by gh", async () => {
    for (const trust of [
      { kind: 'embedded' } as const,
      { kind: 'file', path: GH('trusted_root.gh-attestation.jsonl') } as const,
    ]) {
      const outcome = verifyBundleSignature(bundle, await loadTrustedRoots(trust));
      expect(outcome.check.status, outcome.check.actual).toBe('passed');
      // GitHub's release signer: the trust domain's releases host, and no OIDC issuer at all.
      expect(outcome.signer).toMatchObject({
        subjectAlternativeName: 'https://dotcom.releases.github.com',
        issuer: null,
        sourceRepositoryUri: null,
      });
    }
  });

  it('signs the tag, its commit and every asset digest', () => {
    const { payload } = BundleJsonSchema.parse(bundle).dsseEnvelope;
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      predicateType: string;
      predicate: object;
      subject: object[];
    };
    expect(statement.predicateType).toBe('https://in-toto.io/attestation/release/v0.1');
    expect(statement.predicate).toMatchObject({
      tag: 'v6',
      repository: 'bdehamer/delme',
      repositoryId: '905988044',
      purl: 'pkg:github/bdehamer/delme@v6',
    });
    expect(statement.subject).toEqual([
      { uri: 'pkg:github/bdehamer/delme@v6', digest: { sha1: 'c5e17a62e06a1d201570249c61fae531e9244e1b' } },
      { name: 'artifact.zip', digest: { sha256: expect.stringMatching(/^e15b593c[0-9a-f]{56}$/) } },
    ]);
  });

  it('does not verify once a byte of its payload changes', async () => {
    const envelope = (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
      predicate: { tag: string };
    };
    statement.predicate.tag = 'v7';
    const edited = {
      ...bundle,
      dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') },
    };
    const outcome = verifyBundleSignature(edited, await loadTrustedRoots({ kind: 'embedded' }));
    expect(outcome.check.status).toBe('failed');
    expect(outcome.signer).toBeNull();
  });
});
