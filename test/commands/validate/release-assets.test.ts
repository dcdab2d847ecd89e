import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRelease, type BundleScreen } from '../../../src/commands/validate/release-assets.js';
import { verifyProvenance } from '../../../src/commands/verify/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/emulator.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../../support/sigstore/index.js';
import { request } from '../../support/fixtures.js';
import { mintedRelease, TAG, WORKFLOW, type MintedRelease } from '../../integration/minted-release.js';

const TOKEN = 'ghs_releaseAssetsReader0123456789abcdef';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let real: Buffer;
let n = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:read'] } });
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore);
  real = Buffer.from(JSON.stringify(await sigstore.mint(release.statement(), release.identity)));
});
afterAll(async () => {
  await Promise.all([gh?.close(), sigstore?.close()]);
});

/** The release's own policy, one bundle at a time: what a caller of fetchRelease passes as its screen. */
const verifying: BundleScreen = async (bundle, attested) => {
  const verdict = await verifyProvenance(
    request({
      provenancePath: bundle.path,
      artifactPaths: [...attested],
      trust: { kind: 'file', path: release.trustedRootPath },
      policy: release.policy(),
    }),
  );
  return verdict.verified ? null : `${verdict.failureReason}`;
};

/** A fresh repository whose release `TAG` has the widget and these assets. */
async function fetched(assets: { name: string; bytes: Buffer }[], screen: BundleScreen | null = verifying) {
  const name = `acme/widget-${++n}`;
  gh.state.repos.create(name);
  gh.state.git.createTag(name, TAG);
  gh.state.releases.create(name, {
    tag: TAG,
    assets: [{ name: 'widget-linux-amd64', bytes: readFileSync(release.artifactPath) }, ...assets],
  });
  return fetchRelease(
    { octokit: new Octokit({ baseUrl: gh.url, auth: TOKEN }), apiUrl: gh.url, token: TOKEN },
    { owner: 'acme', repo: name.split('/')[1]! },
    { tag: TAG, workDir: mkdtempSync(join(tmpdir(), 'pg-release-assets-')), ...(screen && { screen }) },
  );
}

describe('fetchRelease with a screen: an asset named like a bundle is provenance only if it verifies', () => {
  it('leaves out an unreadable bundle, one signed by another workflow and one attesting other files, naming each', async () => {
    const other = WORKFLOW.replace('release.yml', 'other.yml');
    const forged = await sigstore.mint(release.statement(), {
      ...release.identity,
      san: other,
      buildSignerUri: other,
    });
    const elsewhere = await sigstore.mint(
      release.statement({ subjects: [{ name: 'x', digest: { sha256: 'e'.repeat(64) } }] }),
      release.identity,
    );
    const result = await fetched([
      { name: 'widget.intoto.jsonl', bytes: real },
      { name: 'garbage.sigstore.json', bytes: Buffer.from('not json') },
      { name: 'forged.att', bytes: Buffer.from(JSON.stringify(forged)) },
      { name: 'elsewhere.sigstore', bytes: Buffer.from(JSON.stringify(elsewhere)) },
    ]);
    expect(result.ignoredProvenance).toEqual([
      { name: 'garbage.sigstore.json', why: expect.stringMatching(/^not readable provenance: /) },
      { name: 'forged.att', why: 'identity_mismatch' },
      { name: 'elsewhere.sigstore', why: 'attests none of the other release assets' },
    ]);
    expect(result.provenanceSources.map((s) => s.uri)).toEqual([
      expect.stringMatching(/\/widget\.intoto\.jsonl$/),
    ]);
    const lines = readFileSync(result.provenancePath!, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([JSON.parse(real.toString())]);
  });

  it('a release whose only bundle is a decoy has no provenance at all', async () => {
    const result = await fetched([{ name: 'decoy.sigstore.json', bytes: Buffer.from('{}') }]);
    expect(result.provenancePath).toBeNull();
    expect(result.provenanceSources).toEqual([]);
    expect(result.ignoredProvenance.map((i) => i.name)).toEqual(['decoy.sigstore.json']);
  });

  it('without a screen every bundle asset is provenance, and an unreadable one rejects the release', async () => {
    await expect(
      fetched(
        [
          { name: 'widget.intoto.jsonl', bytes: real },
          { name: 'garbage.sigstore.json', bytes: Buffer.from('not json') },
        ],
        null,
      ),
    ).rejects.toMatchObject({
      code: 'provenance_malformed',
      message: expect.stringMatching(/garbage\.sigstore\.json/),
    });
  });
});
