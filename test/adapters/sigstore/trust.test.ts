import { readFileSync } from 'node:fs';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { describe, expect, it } from 'vitest';
import { loadTrustedRoots, verifyBundleSignature } from '../../../src/adapters/sigstore/index.js';
import { verifiersFor } from '../../../src/adapters/sigstore/root-selection.js';
import { GH, NPM } from '../../support/fixtures.js';

const GITHUB_BUNDLE = GH('oci-digest-only/go-server.github-instance.sigstore.json');
const PUBLIC_GOOD_BUNDLE = GH('bcr-module/MODULE.bazel.intoto.jsonl');

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function leafOf(bundle: Record<string, unknown>): X509Certificate {
  const material = bundle.verificationMaterial as { certificate: { rawBytes: string } };
  return X509Certificate.parse(Buffer.from(material.certificate.rawBytes, 'base64'));
}

const caUris = (roots: readonly TrustedRoot[]) =>
  roots.map((root) => [...new Set(root.certificateAuthorities.map((ca) => ca.uri))]);

describe('the trusted roots of each trust source', () => {
  it("embedded: the public-good root, then the root of GitHub's instance", async () => {
    const roots = await loadTrustedRoots({ kind: 'embedded' });
    expect(caUris(roots)).toEqual([['https://fulcio.sigstore.dev'], ['fulcio.githubapp.com']]);
    expect(roots.map((root) => root.tlogs.length + root.ctlogs.length > 0)).toEqual([true, false]);
  });

  it('a trusted-root file holds exactly what it lists: public-good alone stays public-good alone', async () => {
    const roots = await loadTrustedRoots({ kind: 'file', path: NPM('trusted_root.public-good.json') });
    expect(caUris(roots)).toEqual([['https://fulcio.sigstore.dev']]);
  });
});

describe('each bundle is verified against the root of its own instance', () => {
  it("a GitHub-instance certificate selects only GitHub's root; a public-good one only public-good's", async () => {
    const [publicGood, github] = await loadTrustedRoots({ kind: 'embedded' });
    // A root's verifier is built once: the one a root alone gives is the one chosen among both.
    const verifierOf = (root: TrustedRoot) => verifiersFor([root], null)[0];
    const chosen = (path: string) => verifiersFor([publicGood!, github!], leafOf(json(path)));
    expect(chosen(GITHUB_BUNDLE)).toHaveLength(1);
    expect(chosen(GITHUB_BUNDLE)[0]).toBe(verifierOf(github!));
    expect(chosen(PUBLIC_GOOD_BUNDLE)).toHaveLength(1);
    expect(chosen(PUBLIC_GOOD_BUNDLE)[0]).toBe(verifierOf(publicGood!));
  });

  it('both real bundles verify against the embedded roots', async () => {
    const roots = await loadTrustedRoots({ kind: 'embedded' });
    for (const path of [GITHUB_BUNDLE, PUBLIC_GOOD_BUNDLE])
      expect(verifyBundleSignature(json(path), roots).check.status, path).toBe('passed');
  });

  it('a GitHub-instance bundle is refused by the public-good root alone: its timestamp is not trusted there', async () => {
    const roots = await loadTrustedRoots({ kind: 'file', path: NPM('trusted_root.public-good.json') });
    const { check } = verifyBundleSignature(json(GITHUB_BUNDLE), roots);
    expect([check.status, check.code, check.actual]).toEqual([
      'failed',
      'tlog_invalid',
      'TIMESTAMP_ERROR: timestamp could not be verified',
    ]);
  });
});

describe("GitHub's thresholds (no log entry, no SCT, one RFC 3161 timestamp) hold for a log-less root only", () => {
  const bundle = json(GITHUB_BUNDLE);
  const github = json(GH('trusted_root.github.json'));
  const publicGood = json(NPM('trusted_root.public-good.json'));

  it("a GitHub-instance bundle without its RFC 3161 timestamp fails under GitHub's root", async () => {
    const material = bundle.verificationMaterial as Record<string, unknown>;
    const untimed = { ...bundle, verificationMaterial: { ...material, timestampVerificationData: {} } };
    const { check } = verifyBundleSignature(untimed, await loadTrustedRoots({ kind: 'embedded' }));
    expect([check.code, check.actual]).toEqual([
      'tlog_invalid',
      'TIMESTAMP_ERROR: expected 1 timestamps, got 0',
    ]);
  });

  it.each(['ctlogs', 'tlogs'])(
    "GitHub's root given public-good's %s keeps the SCT and log thresholds: the bundle fails",
    (logs) => {
      const root = TrustedRoot.fromJSON({ ...github, [logs]: publicGood[logs] });
      const { check } = verifyBundleSignature(bundle, [root]);
      expect([check.code, check.actual]).toEqual([
        'signature_invalid',
        'CERTIFICATE_ERROR: expected 1 SCTs, got 0',
      ]);
    },
  );

  it('a public-good bundle stripped of its log entry fails against both embedded roots', async () => {
    const publicGoodBundle = json(PUBLIC_GOOD_BUNDLE);
    const material = publicGoodBundle.verificationMaterial as Record<string, unknown>;
    const stripped = { ...publicGoodBundle, verificationMaterial: { ...material, tlogEntries: [] } };
    const { check } = verifyBundleSignature(stripped, await loadTrustedRoots({ kind: 'embedded' }));
    expect([check.code, check.actual]).toEqual([
      'tlog_invalid',
      'TIMESTAMP_ERROR: expected 1 timestamps, got 0',
    ]);
  });
});
