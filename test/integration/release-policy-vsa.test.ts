import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { toVsaStatement } from '../../src/core/vsa/index.js';
import { REPOSITORY, TAG } from './minted-release.js';
import { startReleaseFixture, type ReleaseFixture } from './release-fixture.js';

let fx: ReleaseFixture;
let gh: ReleaseFixture['gh'];
let sigstore: ReleaseFixture['sigstore'];
let release: ReleaseFixture['release'];
let second: Buffer;
let bundle: Buffer;
let policyPath: string;
let policySha256: string;

beforeAll(async () => {
  fx = await startReleaseFixture('ghs_releaseReaderToken0123456789');
  ({ gh, sigstore, release, bundle, darwin: second } = fx);
  policyPath = writePolicy('provenance-policy.yml', { level: 2, tags: 'semver' });
  policySha256 = createHash('sha256').update(readFileSync(policyPath)).digest('hex');
});
afterAll(() => fx?.close());

function writePolicy(name: string, rule: { level: number; tags: string }): string {
  return release.write(
    name,
    [
      'version: 1',
      'exclude: [SHA256SUMS]',
      'artifacts:',
      '  - match: "widget-*"',
      '    builders: [signing-workflow]',
      `    source: { repository: ${REPOSITORY} }`,
      `    tags: "${rule.tags}"`,
      '    runner: github-hosted',
      `    slsa-level: ${rule.level}`,
      '',
    ].join('\n'),
  );
}

const publish = (assets: Record<string, Buffer>, flags: { draft?: boolean; prerelease?: boolean } = {}) =>
  fx.publish(assets, flags);
const binaries = () => ({ 'widget-linux-amd64': fx.linux(), 'widget-darwin-arm64': second });
const cli = (args: string[]) => fx.cli(args);
const verifyRelease = (extra: string[] = [], policy = policyPath) =>
  cli([
    'verify',
    '--release',
    `${REPOSITORY}@${TAG}`,
    '--github-api-url',
    gh.url,
    '--policy',
    policy,
    ...extra,
  ]);

describe('verify --release: the published release is what gets verified (emulator, loopback Sigstore)', () => {
  it('passes when assets = subjects (the bundle and excluded files aside), under every rule of the policy file', async () => {
    publish({ ...binaries(), SHA256SUMS: Buffer.from('sums\n') });
    const verdict = await verifyRelease();
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({
      verified: true,
      failure_reason: null,
      exitCode: 0,
    });
    const names = verdict.checks.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'build_level',
        'ref_pattern',
        'source_commit',
        'release_state',
        'release_assets',
      ]),
    );
    expect(verdict.checks.find((c) => c.name === 'build_level')?.actual).toBe(
      'signing-workflow, SLSA Build L2',
    );
  });

  it.each([
    [
      'an extra unattested asset',
      () => publish({ ...binaries(), 'widget-extra': Buffer.from('unattested') }),
      'asset_unattested',
      'widget-extra',
    ],
    [
      'an asset no rule covers',
      () => publish({ ...binaries(), 'README.txt': Buffer.from('hello') }),
      'asset_unattested',
      'no rule covers README.txt',
    ],
    [
      'a missing asset',
      () => publish({ 'widget-linux-amd64': readFileSync(release.artifactPath) }),
      'asset_missing',
      'widget-darwin-arm64',
    ],
    [
      'a replaced asset (same name, other digest)',
      () => publish({ ...binaries(), 'widget-darwin-arm64': Buffer.from('replaced') }),
      'asset_replaced',
      'widget-darwin-arm64 is',
    ],
    ['a draft', () => publish(binaries(), { draft: true }), 'release_state_mismatch', 'a draft'],
    [
      'a final tag marked prerelease',
      () => publish(binaries(), { prerelease: true }),
      'release_state_mismatch',
      'a prerelease',
    ],
  ])('%s is %s', async (_case, arrange, code, detail) => {
    arrange();
    const verdict = await verifyRelease();
    expect(verdict).toMatchObject({ verified: false, failure_reason: code, exitCode: 1 });
    expect(verdict.failed?.actual).toContain(detail);
  });

  it('the policy file decides builder level and tags; a flag overrides one field of it', async () => {
    publish(binaries());
    expect(
      (await verifyRelease([], writePolicy('level3.yml', { level: 3, tags: 'semver' }))).failure_reason,
    ).toBe('builder_mismatch');
    expect(
      (await verifyRelease([], writePolicy('tags.yml', { level: 2, tags: 'v9.*' }))).failed,
    ).toMatchObject({ name: 'ref_pattern' });
    expect((await verifyRelease(['--expected-source-repo', 'acme/other'])).failure_reason).toBe(
      'source_mismatch',
    );
  });
});

describe('policy lint', () => {
  it('explains each rule of a valid file and prints its SHA-256', async () => {
    const result = await runCli(['policy', 'lint', policyPath]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`sha256 ${policySha256}`);
    expect(result.stdout).toContain('SLSA Build level: L2 or above');
    expect(result.stdout).toContain('ref: tags only, SemVer tags');
  });

  it('names where a file is wrong', async () => {
    const bad = release.write('bad.yml', 'version: 1\nartifacts:\n  - builders: [jenkins]\n');
    const result = await runCli(['policy', 'lint', bad, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      problems: [{ at: 'artifacts.0.builders.0' }],
    });
    expect((await runCli(['verify', '--release', `${REPOSITORY}@${TAG}`, '--policy', bad])).exitCode).toBe(2);
  });
});

describe('verify-vsa: a signed verdict for consumers', () => {
  const VERIFIER = 'provenance-guard/provenance-guard@v1.4.0';
  const vsa = (overrides: { result?: string } = {}) => {
    const statement = toVsaStatement({
      verifierId: VERIFIER,
      verifierVersion: '1.4.0',
      timeVerified: new Date(),
      resourceUri: `https://github.com/${REPOSITORY}/releases/tag/${TAG}`,
      policy: {
        uri: `https://github.com/${REPOSITORY}/blob/${TAG}/.github/provenance-policy.yml`,
        sha256: policySha256,
      },
      inputAttestations: [
        { uri: 'widget.sigstore.json', sha256: createHash('sha256').update(bundle).digest('hex') },
      ],
      subjects: [{ name: 'widget-linux-amd64', sha256: release.digest }],
      level: 2,
    }) as { predicate: Record<string, unknown> };
    if (overrides.result) statement.predicate.verificationResult = overrides.result;
    return statement;
  };
  const signed = async (statement: object, name: string) =>
    release.write(name, await sigstore.mint(statement, release.identity));
  const verifyVsa = (path: string, extra: Partial<Record<string, string>> = {}) => {
    if (extra['--artifact'] === 'OTHER')
      extra = { ...extra, '--artifact': release.write('other-artifact', 'other bytes') };
    const flags = {
      '--release': `${REPOSITORY}@${TAG}`,
      '--artifact': release.artifactPath,
      '--expected-verifier': VERIFIER,
      '--expected-policy-digest': policySha256,
      // The minted VSAs are signed by the release's own workflow, release.yml, at the release tag.
      '--expected-signer-workflow': 'release.yml',
      ...extra,
    };
    return cli([
      'verify-vsa',
      '--vsa',
      path,
      ...Object.entries(flags).flatMap(([flag, value]) => [flag, value as string]),
    ]);
  };

  it('accepts a minted VSA through the Sigstore path and identity rules of verify', async () => {
    const verdict = await verifyVsa(await signed(vsa(), 'vsa.sigstore.json'));
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
    expect(verdict.checks.map((c) => c.name)).toEqual([
      'bundle',
      'signature',
      'certificate_identity',
      'builder_id',
      'source_ref',
      'runner_environment',
      'source_repository',
      'certificate_predicate',
      'subjects',
      'verifier',
      'policy',
      'verification_result',
      'time_verified',
    ]);
  });

  it.each([
    ['another digest', {}, { '--artifact': 'OTHER' }, 'subject_mismatch'],
    [
      'another verifier',
      {},
      { '--expected-verifier': 'provenance-guard/provenance-guard@v1.3.0' },
      'vsa_verifier_mismatch',
    ],
    ['another policy', {}, { '--expected-policy-digest': 'ab'.repeat(32) }, 'vsa_policy_mismatch'],
    ['a FAILED result', { result: 'FAILED' }, {}, 'vsa_failed'],
    ['a level below the one required', {}, { '--expected-level': '3' }, 'vsa_failed'],
    ['a release of another repository', {}, { '--release': `acme/other@${TAG}` }, 'source_mismatch'],
  ])('rejects %s with %s', async (_case, statement, flags, code) => {
    const verdict = await verifyVsa(await signed(vsa(statement), `vsa-${code}-${Math.random()}.json`), flags);
    expect(verdict).toMatchObject({ verified: false, failure_reason: code, exitCode: 1 });
  });

  it('rejects a VSA whose signed payload was edited with signature_invalid', async () => {
    const minted = (await sigstore.mint(vsa(), release.identity)) as { dsseEnvelope: { payload: string } };
    const edited = vsa();
    edited.predicate.verifier = { id: 'mallory' };
    minted.dsseEnvelope.payload = Buffer.from(JSON.stringify(edited)).toString('base64');
    expect((await verifyVsa(release.write('edited-vsa.json', minted))).failure_reason).toBe(
      'signature_invalid',
    );
  });
});
