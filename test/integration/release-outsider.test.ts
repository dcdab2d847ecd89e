import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toVsaStatement } from '../../src/core/vsa/index.js';
import type { MintIdentity } from '../support/sigstore/index.js';
import { REPOSITORY, TAG } from './minted-release.js';
import { startReleaseFixture, type ReleaseFixture } from './release-fixture.js';

let fx: ReleaseFixture;
let gh: ReleaseFixture['gh'];
let sigstore: ReleaseFixture['sigstore'];
let release: ReleaseFixture['release'];
let bundle: Buffer;
let darwin: Buffer;
let policyPath: string;
let policySha256: string;

beforeAll(async () => {
  fx = await startReleaseFixture('ghs_outsiderReaderToken0123456789');
  ({ gh, sigstore, release, bundle, darwin } = fx);
  policyPath = release.write(
    'provenance-policy.yml',
    [
      'version: 1',
      'artifacts:',
      '  - match: "widget-*"',
      '    builders: [signing-workflow]',
      `    source: { repository: ${REPOSITORY} }`,
      '    tags: semver',
      '    runner: github-hosted',
      '    slsa-level: 2',
      '',
    ].join('\n'),
  );
  policySha256 = createHash('sha256').update(readFileSync(policyPath)).digest('hex');
});
afterAll(() => fx?.close());

const linux = () => fx.linux();
const publish = (assets: Record<string, Buffer>) => fx.publish(assets);
const cli = (args: string[]) => fx.cli(args);
const verifyRelease = () =>
  cli(['verify', '--release', `${REPOSITORY}@${TAG}`, '--github-api-url', gh.url, '--policy', policyPath]);

describe('verify --release against an outsider who can upload release assets', () => {
  it('the untouched release passes (baseline for the attacks below)', async () => {
    publish({ 'widget-linux-amd64': linux(), 'widget-darwin-arm64': darwin });
    const verdict = await verifyRelease();
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
  });

  // assets = subjects is compared by digest only: a name is never bound to the subject that carries the bytes.
  it('rejects two attested assets swapping names as asset_replaced (fails until names are bound to subjects)', async () => {
    publish({ 'widget-linux-amd64': darwin, 'widget-darwin-arm64': linux() });
    const verdict = await verifyRelease();
    expect(verdict).toMatchObject({ verified: false, failure_reason: 'asset_replaced', exitCode: 1 });
  });

  it('rejects attested bytes under a name no subject has as asset_unattested (fails until names are bound to subjects)', async () => {
    publish({
      'widget-linux-amd64': linux(),
      'widget-darwin-arm64': darwin,
      'widget-windows-amd64.exe': linux(),
    });
    const verdict = await verifyRelease();
    expect(verdict).toMatchObject({ verified: false, failure_reason: 'asset_unattested', exitCode: 1 });
    expect(verdict.failed?.actual).toContain('widget-windows-amd64.exe');
  });

  it('verifies the published release when a newer draft has the same tag (fails until findRelease prefers the published one)', async () => {
    publish({ 'widget-linux-amd64': linux(), 'widget-darwin-arm64': darwin });
    const sameAssets = [
      { name: 'widget-linux-amd64', bytes: linux() },
      { name: 'widget-darwin-arm64', bytes: darwin },
      { name: 'widget.sigstore.json', bytes: bundle },
    ];
    gh.state.releases.create(REPOSITORY, { tag: TAG, draft: true, assets: sameAssets });
    const verdict = await verifyRelease();
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
  });
});

describe('verify-vsa against a VSA the release workflow did not write', () => {
  const VERIFIER = 'provenance-guard/provenance-guard@v1.4.0';
  const vsa = (subjectSha256: string, timeVerified = new Date()) =>
    toVsaStatement({
      verifierId: VERIFIER,
      verifierVersion: '1.4.0',
      timeVerified,
      resourceUri: `https://github.com/${REPOSITORY}/releases/tag/${TAG}`,
      policy: {
        uri: `https://github.com/${REPOSITORY}/blob/${TAG}/.github/provenance-policy.yml`,
        sha256: policySha256,
      },
      inputAttestations: [],
      subjects: [{ name: 'widget-linux-amd64', sha256: subjectSha256 }],
      level: 3,
    });
  /** The flags the README shows consumers: the release, verifier and policy digest. */
  const verifyVsa = (vsaPath: string, artifactPath: string) =>
    cli([
      'verify-vsa',
      '--vsa',
      vsaPath,
      '--release',
      `${REPOSITORY}@${TAG}`,
      '--artifact',
      artifactPath,
      '--expected-verifier',
      VERIFIER,
      '--expected-policy-digest',
      policySha256,
      '--expected-signer-workflow',
      'release.yml',
    ]);

  it('rejects a PASSED VSA signed by a scratch workflow on a branch of the repository (fails until the signer is pinned)', async () => {
    const planted = release.write('planted-widget', randomBytes(1024));
    const plantedDigest = createHash('sha256').update(readFileSync(planted)).digest('hex');
    const scratch = `https://github.com/${REPOSITORY}/.github/workflows/scratch.yml@refs/heads/feature`;
    const branchIdentity: MintIdentity = {
      ...release.identity,
      san: scratch,
      buildSignerUri: scratch,
      sourceRepositoryRef: 'refs/heads/feature',
    };
    const path = release.write(
      'branch-vsa.sigstore.json',
      await sigstore.mint(vsa(plantedDigest), branchIdentity),
    );
    const verdict = await verifyVsa(path, planted);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(false);
    expect(verdict.exitCode).toBe(1);
  });

  it('rejects a VSA whose timeVerified lies a year ahead (fails until timeVerified is checked against the signing time)', async () => {
    const later = new Date(Date.now() + 365 * 86_400_000);
    const path = release.write(
      'future-vsa.sigstore.json',
      await sigstore.mint(vsa(release.digest, later), release.identity),
    );
    const verdict = await verifyVsa(path, release.artifactPath);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(false);
    expect(verdict.exitCode).toBe(1);
  });
});
