import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { toVsaStatement } from '../../src/core/vsa/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startSigstoreInstance, type MintIdentity, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { mintedRelease, REPOSITORY, TAG, type MintedRelease } from './minted-release.js';

const TOKEN = 'ghs_outsiderReaderToken0123456789';
let gh: GitHubEmulator;
let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let bundle: Buffer;
let policyPath: string;
let policySha256: string;
const darwin = randomBytes(2048);
const darwinDigest = createHash('sha256').update(darwin).digest('hex');

beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['contents:read'] } });
  gh.state.repos.create(REPOSITORY);
  sigstore = await startSigstoreInstance('public-good');
  const commit = gh.state.git.tip(REPOSITORY, 'main').sha;
  gh.state.git.createTag(REPOSITORY, TAG, { sha: commit });
  release = await mintedRelease(sigstore, commit);
  const statement = release.statement({ subjects: [
    { name: 'widget-linux-amd64', digest: { sha256: release.digest } }, { name: 'widget-darwin-arm64', digest: { sha256: darwinDigest } },
  ] });
  bundle = Buffer.from(JSON.stringify(await sigstore.mint(statement, release.identity)));
  policyPath = release.write('provenance-policy.yml', [
    'version: 1', 'artifacts:', '  - match: "widget-*"', '    builders: [signing-workflow]',
    `    source: { repository: ${REPOSITORY} }`, '    tags: semver', '    runner: github-hosted', '    slsa-level: 2', '',
  ].join('\n'));
  policySha256 = createHash('sha256').update(readFileSync(policyPath)).digest('hex');
  process.env.GITHUB_TOKEN = TOKEN;
});
afterAll(async () => {
  delete process.env.GITHUB_TOKEN;
  await Promise.all([gh?.close(), sigstore?.close()]);
});

const linux = () => readFileSync(release.artifactPath);

/** The tag's releases replaced by one published release with these assets (the provenance bundle always among them). */
function publish(assets: Record<string, Buffer>): void {
  for (const old of gh.state.releases.list(REPOSITORY)) gh.state.releases.delete(REPOSITORY, old.id);
  const all = Object.entries({ ...assets, 'widget.sigstore.json': bundle }).map(([name, bytes]) => ({ name, bytes }));
  gh.state.releases.create(REPOSITORY, { tag: TAG, assets: all });
}

type VerdictJson = { verified: boolean; failure_reason: string | null; checks: { name: string; status: string; actual: string }[] };
async function cli(args: string[]) {
  const result = await runCli([...args, '--trusted-root', release.trustedRootPath, '--json']);
  const json = JSON.parse(result.stdout) as VerdictJson;
  return { exitCode: result.exitCode, ...json, failed: json.checks.find((c) => c.status === 'failed') };
}
const verifyRelease = () => cli(['verify', '--release', `${REPOSITORY}@${TAG}`, '--github-api-url', gh.url, '--policy', policyPath]);

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
    publish({ 'widget-linux-amd64': linux(), 'widget-darwin-arm64': darwin, 'widget-windows-amd64.exe': linux() });
    const verdict = await verifyRelease();
    expect(verdict).toMatchObject({ verified: false, failure_reason: 'asset_unattested', exitCode: 1 });
    expect(verdict.failed?.actual).toContain('widget-windows-amd64.exe');
  });

  it('verifies the published release when a newer draft has the same tag (fails until findRelease prefers the published one)', async () => {
    publish({ 'widget-linux-amd64': linux(), 'widget-darwin-arm64': darwin });
    const sameAssets = [
      { name: 'widget-linux-amd64', bytes: linux() }, { name: 'widget-darwin-arm64', bytes: darwin },
      { name: 'widget.sigstore.json', bytes: bundle },
    ];
    gh.state.releases.create(REPOSITORY, { tag: TAG, draft: true, assets: sameAssets });
    const verdict = await verifyRelease();
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
  });
});

describe('verify-vsa against a VSA the release workflow did not write', () => {
  const VERIFIER = 'provenance-guard/provenance-guard@v1.4.0';
  const vsa = (subjectSha256: string, timeVerified = new Date()) => toVsaStatement({
    verifierId: VERIFIER, verifierVersion: '1.4.0', timeVerified, resourceUri: `https://github.com/${REPOSITORY}/releases/tag/${TAG}`,
    policy: { uri: `https://github.com/${REPOSITORY}/blob/${TAG}/.github/provenance-policy.yml`, sha256: policySha256 },
    inputAttestations: [], subjects: [{ name: 'widget-linux-amd64', sha256: subjectSha256 }], level: 3,
  });
  /** The flags the README shows consumers: verifier, policy digest and the source repository. */
  const verifyVsa = (vsaPath: string, artifactPath: string) => cli(['verify-vsa', '--vsa', vsaPath, '--artifact', artifactPath,
    '--expected-verifier', VERIFIER, '--expected-policy-digest', policySha256, '--expected-source-repo', REPOSITORY,
    '--expected-signer-workflow', 'release.yml']);

  it('rejects a PASSED VSA signed by a scratch workflow on a branch of the repository (fails until the signer is pinned)', async () => {
    const planted = release.write('planted-widget', randomBytes(1024));
    const plantedDigest = createHash('sha256').update(readFileSync(planted)).digest('hex');
    const scratch = `https://github.com/${REPOSITORY}/.github/workflows/scratch.yml@refs/heads/feature`;
    const branchIdentity: MintIdentity = {
      ...release.identity, san: scratch, buildSignerUri: scratch, sourceRepositoryRef: 'refs/heads/feature',
    };
    const path = release.write('branch-vsa.sigstore.json', await sigstore.mint(vsa(plantedDigest), branchIdentity));
    const verdict = await verifyVsa(path, planted);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(false);
    expect(verdict.exitCode).toBe(1);
  });

  it('rejects a VSA whose timeVerified lies a year ahead (fails until timeVerified is checked against the signing time)', async () => {
    const later = new Date(Date.now() + 365 * 86_400_000);
    const path = release.write('future-vsa.sigstore.json', await sigstore.mint(vsa(release.digest, later), release.identity));
    const verdict = await verifyVsa(path, release.artifactPath);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(false);
    expect(verdict.exitCode).toBe(1);
  });
});
