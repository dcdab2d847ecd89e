import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { releaseResourceUri, toVsaStatement } from '../../src/core/vsa/index.js';
import {
  startSigstoreInstance,
  type MintIdentity,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-forgery-vsa-'));
const VERIFIER = 'provenance-guard/provenance-guard@8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';
const POLICY = 'd'.repeat(64);
const SERVER = 'https://github.com';
let instance: SigstoreTestInstance;
let rootPath: string;
let artifactPath: string;
let digest: string;
let minted = 0;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  rootPath = await instance.writeTrustedRoot(dir);
  const bytes = randomBytes(2048);
  artifactPath = join(dir, 'widget-linux-amd64');
  writeFileSync(artifactPath, bytes);
  digest = createHash('sha256').update(bytes).digest('hex');
}, 60_000);
afterAll(() => instance.close());

interface Release {
  readonly repository: string;
  readonly tag: string;
}

/** The VSA validate writes for `release`, with `overrides` applied to its predicate. */
function vsaOf(release: Release, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const [owner = '', repo = ''] = release.repository.split('/');
  const statement = toVsaStatement({
    verifierId: VERIFIER,
    verifierVersion: '1.0.0',
    timeVerified: new Date(Date.now() - 60_000),
    resourceUri: releaseResourceUri(SERVER, { owner, repo, tag: release.tag }),
    policy: { uri: '.github/provenance-policy.yml', sha256: POLICY },
    inputAttestations: [],
    subjects: [{ name: 'widget-linux-amd64', sha256: digest }],
    level: 2,
  }) as { predicate: Record<string, unknown> };
  return { ...statement, predicate: { ...statement.predicate, ...overrides } };
}

/** The certificate of `repository`'s security-ci.yml running for `ref`. */
function signedAt(repository: string, ref: string): MintIdentity {
  const workflow = `${SERVER}/${repository}/.github/workflows/security-ci.yml@${ref}`;
  return {
    san: workflow,
    buildSignerUri: workflow,
    sourceRepositoryUri: `${SERVER}/${repository}`,
    sourceRepositoryRef: ref,
    sourceRepositoryDigest: 'a'.repeat(40),
    runnerEnvironment: 'github-hosted',
  };
}

async function mint(statement: object, identity: MintIdentity): Promise<string> {
  const path = join(dir, `vsa-${++minted}.sigstore.json`);
  writeFileSync(path, JSON.stringify(await instance.mint(statement, identity)));
  return path;
}

/** A VSA of `release`, signed by its own security-ci.yml at its tag. */
const genuine = (release: Release) =>
  mint(vsaOf(release), signedAt(release.repository, `refs/tags/${release.tag}`));

interface Answer {
  readonly exitCode: number;
  readonly verified: boolean;
  readonly failure: string | null;
}

/** What a consumer of `release` runs, as the README gives it. */
async function verifyFor(release: string, vsa: string, ...flags: string[]): Promise<Answer> {
  const args = ['verify-vsa', '--vsa', vsa, '--release', release, '--artifact', artifactPath];
  const result = await runCli([
    ...args,
    ...['--expected-verifier', VERIFIER, '--expected-policy-digest', POLICY],
    ...['--trusted-root', rootPath, '--json', ...flags],
  ]);
  if (result.exitCode === 2 && !result.stdout.startsWith('{'))
    return { exitCode: 2, verified: false, failure: 'usage' };
  const json = JSON.parse(result.stdout) as { verified: boolean; failure_reason: string | null };
  return { exitCode: result.exitCode, verified: json.verified, failure: json.failure_reason };
}

const WIDGET = { repository: 'acme/widget', tag: 'v1.4.2' };

describe('verify-vsa accepts a VSA only for the release it was signed for', () => {
  it('accepts the VSA of acme/widget@v1.4.2 for that release', async () => {
    const vsa = await genuine(WIDGET);
    expect(await verifyFor('acme/widget@v1.4.2', vsa, '--max-age', '1d')).toMatchObject({
      exitCode: 0,
      verified: true,
    });
  });

  it.each([
    ['another repository of the owner', 'acme/gadget@v1.4.2'],
    ['a fork', 'mallory/widget@v1.4.2'],
    ['the repository in another case', 'ACME/Widget@v1.4.2'],
    ['a repository whose name extends it', 'acme/widget-ng@v1.4.2'],
    ['the same release on another server', 'acme/widget@v1.4.2 --github-server-url https://ghe.example'],
    ['another tag', 'acme/widget@v1.4.3'],
    ['the tag in another case', 'acme/widget@V1.4.2'],
    ['the tag with a suffix', 'acme/widget@v1.4.2-rc.1'],
    ['the tag as a prefix of it', 'acme/widget@v1.4'],
    ['the tag percent-encoded', 'acme/widget@v1%2E4%2E2'],
    ['the tag written as a ref', 'acme/widget@refs/tags/v1.4.2'],
    ['the tag with a trailing slash', 'acme/widget@v1.4.2/'],
    ['the tag with a zero-width space', 'acme/widget@v1.4.2\u200b'],
    ['the tag in full-width digits', 'acme/widget@v\uff11.\uff14.\uff12'],
    ['the tag with an at-sign suffix', 'acme/widget@v1.4.2@x'],
  ])('refuses it for %s', async (_what, release) => {
    const vsa = await genuine(WIDGET);
    const [name = '', ...flags] = release.split(' ');
    const answer = await verifyFor(name, vsa, ...flags);
    expect(answer.verified).toBe(false);
    expect(answer.exitCode).not.toBe(0);
  });

  it.each([
    ['a slash', 'release/v1.4.2', 'release%2Fv1.4.2'],
    ['a percent sign', 'v1%2F4', 'v1/4'],
    ['a plus sign', 'v1.4.2+build.7', 'v1.4.2 build.7'],
    ['a hash', 'v1#4', 'v1'],
  ])('binds a tag with %s to itself, not to the spelling it decodes to', async (_what, tag, other) => {
    const vsa = await genuine({ repository: 'acme/widget', tag });
    expect(await verifyFor(`acme/widget@${tag}`, vsa)).toMatchObject({ exitCode: 0, verified: true });
    expect((await verifyFor(`acme/widget@${other}`, vsa)).verified).toBe(false);
  });

  it.each([
    ['unencoded', (tag: string) => `${SERVER}/acme/widget/releases/tag/${tag}`],
    [
      'encoded twice',
      (tag: string) => `${SERVER}/acme/widget/releases/tag/${encodeURIComponent(encodeURIComponent(tag))}`,
    ],
    [
      'with a lower-case escape',
      (tag: string) => `${SERVER}/acme/widget/releases/tag/${encodeURIComponent(tag).toLowerCase()}`,
    ],
    ['with a fragment', (tag: string) => `${SERVER}/acme/widget/releases/tag/${encodeURIComponent(tag)}#x`],
    [
      'on another host spelling',
      (tag: string) => `https://GitHub.com/acme/widget/releases/tag/${encodeURIComponent(tag)}`,
    ],
    [
      'with the port',
      (tag: string) => `https://github.com:443/acme/widget/releases/tag/${encodeURIComponent(tag)}`,
    ],
  ])('refuses a resourceUri for a slash tag written %s', async (_what, uri) => {
    const tag = 'release/v1.4.2';
    const vsa = await mint(
      vsaOf({ repository: 'acme/widget', tag }, { resourceUri: uri(tag) }),
      signedAt('acme/widget', `refs/tags/${tag}`),
    );
    const answer = await verifyFor(`acme/widget@${tag}`, vsa);
    expect(answer).toMatchObject({ verified: false, failure: 'identity_mismatch' });
  });

  it('refuses a VSA of another repository whose resourceUri names this release', async () => {
    const vsa = await mint(vsaOf(WIDGET), signedAt('mallory/widget', 'refs/tags/v1.4.2'));
    expect(await verifyFor('acme/widget@v1.4.2', vsa)).toMatchObject({
      verified: false,
      failure: 'source_mismatch',
    });
    // Pinning the signer's repository instead of the release's is a usage error, not a way around it.
    expect(
      (await verifyFor('acme/widget@v1.4.2', vsa, '--expected-source-repo', 'mallory/widget')).exitCode,
    ).toBe(2);
    expect((await verifyFor('acme/widget@v1.4.2', vsa, '--expected-owner', 'mallory')).exitCode).toBe(2);
  });

  it.each([
    ['a branch', 'refs/heads/v1.4.2'],
    ['a tag whose name ends with the release tag', 'refs/tags/x/v1.4.2'],
    ['a pull request', 'refs/pull/1/merge'],
  ])('refuses a VSA naming this release but signed on %s', async (_what, ref) => {
    const vsa = await mint(vsaOf(WIDGET), signedAt('acme/widget', ref));
    expect((await verifyFor('acme/widget@v1.4.2', vsa)).verified).toBe(false);
  });
});

describe('verify-vsa --max-age: a VSA of long ago is not a VSA of now', () => {
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const DAY = 86_400_000;

  it.each([
    ['31 days old, for 30d', at(-31 * DAY), '30d'],
    ['25 hours old, for 1d', at(-25 * 3_600_000), '1d'],
    ['25 hours old, for 24h', at(-25 * 3_600_000), '24h'],
    ['an hour in the future', at(3_600_000), '30d'],
    ['old, written with a far-east offset', '2020-01-01T23:00:00+14:00', '30d'],
    ['without a time zone', at(-DAY).replace('Z', ''), '30d'],
    ['as a date only', at(-DAY).slice(0, 10), '30d'],
    ['as epoch seconds', String(Math.floor(Date.now() / 1000)), '30d'],
    ['with a lower-case z', at(-DAY).replace('Z', 'z'), '30d'],
  ])('refuses a timeVerified %s', async (_what, timeVerified, maxAge) => {
    const vsa = await mint(vsaOf(WIDGET, { timeVerified }), signedAt('acme/widget', 'refs/tags/v1.4.2'));
    const answer = await verifyFor('acme/widget@v1.4.2', vsa, '--max-age', maxAge);
    expect(answer).toMatchObject({ verified: false });
  });

  it.each(['0d', '30', '1w', '1.5d', '-1d', '1e3d', ' 30d', '30D', '9999999d'])(
    'refuses --max-age %j as a usage error',
    async (maxAge) => {
      const vsa = await genuine(WIDGET);
      expect((await verifyFor('acme/widget@v1.4.2', vsa, '--max-age', maxAge)).exitCode).toBe(2);
    },
  );
});
