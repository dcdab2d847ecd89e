import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { toVsaStatement } from '../../src/core/vsa/index.js';
import type { MintIdentity } from '../support/sigstore/index.js';
import { REPOSITORY, TAG } from './minted-release.js';
import { startReleaseFixture, type ReleaseFixture } from './release-fixture.js';

let fx: ReleaseFixture;
let sigstore: ReleaseFixture['sigstore'];
let release: ReleaseFixture['release'];
let policySha256: string;

beforeAll(async () => {
  fx = await startReleaseFixture('ghs_vsaReplayReaderToken0123456789');
  ({ sigstore, release } = fx);
  const policyPath = release.write('provenance-policy.yml', 'version: 1\n');
  policySha256 = createHash('sha256').update(readFileSync(policyPath)).digest('hex');
});
afterAll(() => fx?.close());

const VERIFIER = 'provenance-guard/provenance-guard@v1.4.0';
const DAY = 86_400_000;
/** What validate writes for acme/widget at v1.2.3, spelled out. */
const RESOURCE = `https://github.com/${REPOSITORY}/releases/tag/${TAG}`;

/** A PASSED VSA for the release's artifact; `timeVerified: null` leaves the field out. */
function vsa(overrides: { resourceUri?: string; timeVerified?: Date | null } = {}): object {
  const statement = toVsaStatement({
    verifierId: VERIFIER,
    verifierVersion: '1.4.0',
    timeVerified: overrides.timeVerified ?? new Date(),
    resourceUri: overrides.resourceUri ?? RESOURCE,
    policy: { uri: 'provenance-policy.yml', sha256: policySha256 },
    inputAttestations: [],
    subjects: [{ name: 'widget-linux-amd64', sha256: release.digest }],
    level: 2,
  }) as { predicate: Record<string, unknown> };
  if (overrides.timeVerified === null) delete statement.predicate.timeVerified;
  return statement;
}

/** The certificate of `repository`'s own release.yml, run for `ref`. */
function signedAt(repository: string, ref: string): MintIdentity {
  const workflow = `https://github.com/${repository}/.github/workflows/release.yml@${ref}`;
  return {
    ...release.identity,
    san: workflow,
    buildSignerUri: workflow,
    sourceRepositoryUri: `https://github.com/${repository}`,
    sourceRepositoryRef: ref,
  };
}

let minted = 0;
const mint = async (statement: object, identity: MintIdentity = release.identity) =>
  release.write(`vsa-${++minted}.sigstore.json`, await sigstore.mint(statement, identity));

/** What a consumer of acme/widget v1.2.3 runs (the README's flags), with `extra` added or replacing. */
function consumerArgs(path: string, extra: readonly string[] = []): string[] {
  return [
    'verify-vsa',
    '--vsa',
    path,
    '--release',
    `${REPOSITORY}@${TAG}`,
    '--artifact',
    release.artifactPath,
    '--expected-verifier',
    VERIFIER,
    '--expected-policy-digest',
    policySha256,
    '--expected-signer-workflow',
    'release.yml',
    ...extra,
  ];
}

describe('verify-vsa is bound to the release it vouches for', () => {
  it('accepts the VSA validate writes for the release named by --release, and --json names the resource', async () => {
    const verdict = await fx.cli(consumerArgs(await mint(vsa()), ['--max-age', '30d']));
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
    expect((verdict as unknown as { resource: unknown }).resource).toEqual({
      release: `${REPOSITORY}@${TAG}`,
      uri: RESOURCE,
    });
  });

  it('names the release in the text verdict', async () => {
    const path = await mint(vsa());
    const result = await runCli([...consumerArgs(path), '--trusted-root', release.trustedRootPath]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`provenance-guard verify-vsa ${REPOSITORY}@${TAG}: VERIFIED`);
  });

  // An attacker's first tries: a real, signed, PASSED VSA presented for a release it is not about.
  it.each([
    [
      "another repository's VSA, signed by its own workflow at the same tag",
      'source_mismatch',
      'source_repository',
      () => vsa({ resourceUri: `https://github.com/acme/other/releases/tag/${TAG}` }),
      () => signedAt('acme/other', `refs/tags/${TAG}`),
    ],
    [
      "the VSA of another tag of the repository (an older release's)",
      'tag_mismatch',
      'source_ref',
      () => vsa({ resourceUri: `https://github.com/${REPOSITORY}/releases/tag/v1.2.2` }),
      () => signedAt(REPOSITORY, 'refs/tags/v1.2.2'),
    ],
    [
      'a VSA naming this release, signed at refs/tags/scratch-1',
      'tag_mismatch',
      'source_ref',
      () => vsa(),
      () => signedAt(REPOSITORY, 'refs/tags/scratch-1'),
    ],
    [
      'a VSA naming this release, signed on a branch',
      'identity_mismatch',
      'builder_id',
      () => vsa(),
      () => signedAt(REPOSITORY, 'refs/heads/main'),
    ],
    [
      'a VSA signed at this tag whose resourceUri names another release',
      'identity_mismatch',
      'certificate_predicate',
      () => vsa({ resourceUri: `https://github.com/${REPOSITORY}/releases/tag/v1.2.2` }),
      () => release.identity,
    ],
    [
      "a VSA signed at this tag whose resourceUri names another repository's release",
      'identity_mismatch',
      'certificate_predicate',
      () => vsa({ resourceUri: `https://github.com/acme/other/releases/tag/${TAG}` }),
      () => release.identity,
    ],
    [
      'a resourceUri with a trailing slash',
      'identity_mismatch',
      'certificate_predicate',
      () => vsa({ resourceUri: `${RESOURCE}/` }),
      () => release.identity,
    ],
    [
      'a resourceUri in another case',
      'identity_mismatch',
      'certificate_predicate',
      () => vsa({ resourceUri: `https://github.com/ACME/widget/releases/tag/${TAG}` }),
      () => release.identity,
    ],
    [
      'a resourceUri with an extra query',
      'identity_mismatch',
      'certificate_predicate',
      () => vsa({ resourceUri: `${RESOURCE}?tag=${TAG}` }),
      () => release.identity,
    ],
  ])('rejects %s as %s (check %s)', async (_case, code, check, statement, identity) => {
    const verdict = await fx.cli(consumerArgs(await mint(statement(), identity())));
    expect(verdict).toMatchObject({ verified: false, failure_reason: code, exitCode: 1 });
    expect(verdict.failed?.name).toBe(check);
  });

  it('rejects a VSA older than --max-age, which passes without it and within a longer one', async () => {
    const path = await mint(vsa({ timeVerified: new Date(Date.now() - 31 * DAY) }));
    const stale = await fx.cli(consumerArgs(path, ['--max-age', '30d']));
    expect(stale).toMatchObject({ verified: false, failure_reason: 'vsa_failed', exitCode: 1 });
    expect(stale.failed?.name).toBe('time_verified');
    expect(await fx.cli(consumerArgs(path))).toMatchObject({ verified: true, exitCode: 0 });
    expect(await fx.cli(consumerArgs(path, ['--max-age', '32d']))).toMatchObject({ verified: true });
  });

  it('reads --max-age in hours', async () => {
    const path = await mint(vsa({ timeVerified: new Date(Date.now() - 13 * 3_600_000) }));
    expect(await fx.cli(consumerArgs(path, ['--max-age', '12h']))).toMatchObject({
      failure_reason: 'vsa_failed',
    });
    expect(await fx.cli(consumerArgs(path, ['--max-age', '14h']))).toMatchObject({ verified: true });
  });

  it('rejects a timeVerified in the future, even with --max-age', async () => {
    const path = await mint(vsa({ timeVerified: new Date(Date.now() + 3_600_000) }));
    const verdict = await fx.cli(consumerArgs(path, ['--max-age', '30d']));
    expect(verdict).toMatchObject({ verified: false, failure_reason: 'vsa_failed', exitCode: 1 });
    expect(verdict.failed?.name).toBe('time_verified');
  });

  it('rejects a VSA without timeVerified when --max-age is given', async () => {
    const verdict = await fx.cli(consumerArgs(await mint(vsa({ timeVerified: null })), ['--max-age', '30d']));
    expect(verdict).toMatchObject({ verified: false, failure_reason: 'vsa_failed', exitCode: 1 });
    expect(verdict.failed).toMatchObject({ name: 'time_verified', actual: '(absent)' });
  });
});

describe('verify-vsa usage: the release is required and named one way', () => {
  let path: string;
  beforeAll(async () => {
    path = await mint(vsa());
  });
  const without = (args: string[], ...flags: string[]) =>
    args.filter((_arg, i) => !flags.includes(args[i]!) && !flags.includes(args[i - 1]!));

  it.each([
    ['no --release', (args: string[]) => without(args, '--release'), /--release OWNER\/NAME@TAG is required/],
    [
      '--repository and --tag instead of --release',
      (args: string[]) => [...without(args, '--release'), '--repository', REPOSITORY, '--tag', TAG],
      /repository/,
    ],
    [
      '--release without a tag',
      (args: string[]) => [...without(args, '--release'), '--release', REPOSITORY],
      /--release acme\/widget is not OWNER\/NAME@TAG/,
    ],
    [
      '--release with a ref for the tag',
      (args: string[]) => [...without(args, '--release'), '--release', `${REPOSITORY}@refs/tags/${TAG}`],
      /is not OWNER\/NAME@TAG/,
    ],
    [
      '--release as a URL',
      (args: string[]) => [...without(args, '--release'), '--release', `${RESOURCE}@${TAG}`],
      /is not OWNER\/NAME@TAG/,
    ],
    [
      '--expected-source-repo of another repository',
      (args: string[]) => [...args, '--expected-source-repo', 'acme/other'],
      /names another repository than --release acme\/widget@v1\.2\.3/,
    ],
    [
      '--expected-owner of another owner',
      (args: string[]) => [...args, '--expected-owner', 'mallory'],
      /names another repository than --release/,
    ],
  ])('%s is a usage error', async (_case, edit, message) => {
    const result = await runCli([...edit(consumerArgs(path)), '--trusted-root', release.trustedRootPath]);
    expect(result.exitCode).toBe(2);
    expect(`${result.stdout}${result.stderr ?? ''}`).toMatch(/input_invalid/);
    expect(`${result.stdout}${result.stderr ?? ''}`).toMatch(message);
  });

  it.each(['30', '0d', '1.5d', '30D', '1w', '1d12h', ' 30d', '-1d', '1234567d', '30 d'])(
    '--max-age %j is a usage error',
    async (duration) => {
      const result = await runCli([
        ...consumerArgs(path, [`--max-age=${duration}`]),
        '--trusted-root',
        release.trustedRootPath,
      ]);
      expect(result.exitCode).toBe(2);
      expect(`${result.stdout}${result.stderr ?? ''}`).toMatch(/--max-age .* is not a whole number of hours/);
    },
  );

  it('a pin that repeats the release (in its own case) is accepted', async () => {
    const verdict = await fx.cli(
      consumerArgs(path, ['--expected-source-repo', 'ACME/Widget', '--expected-owner', 'acme']),
    );
    expect(verdict, JSON.stringify(verdict.failed)).toMatchObject({ verified: true, exitCode: 0 });
  });
});
