import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyProvenance, type VerifyRequest } from '../../src/commands/verify/index.js';
import type { CallTiming } from '../../src/adapters/retry/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/emulator.js';
import { startNpmRegistry, type NpmRegistryStandIn } from '../support/npm-registry.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { GITHUB_HOSTED, NPM, policy, request } from '../support/fixtures.js';
import { mintedRelease, REPOSITORY, TAG, type MintedRelease } from './minted-release.js';

const TOKEN = 'ghs_lookup';
/** The retry policy's three tries, without waiting. */
const timing: CallTiming = {
  maxTries: 3,
  maxWaitMs: 60_000,
  backoffMs: () => 0,
  sleep: async () => undefined,
  now: () => Date.now(),
};

let sigstore: SigstoreTestInstance;
let release: MintedRelease;
let gh: GitHubEmulator;
let registry: NpmRegistryStandIn;
let good: object;
/** The same digest, signed by another repository of the same owner. */
let decoy: object;

beforeAll(async () => {
  sigstore = await startSigstoreInstance('public-good');
  release = await mintedRelease(sigstore);
  registry = await startNpmRegistry();
  good = await sigstore.mint(release.statement(), release.identity);
  const other = 'acme/other';
  const workflow = `https://github.com/${other}/.github/workflows/release.yml@refs/tags/${TAG}`;
  decoy = await sigstore.mint(
    JSON.parse(
      JSON.stringify(release.statement()).replaceAll(`github.com/${REPOSITORY}`, `github.com/${other}`),
    ) as object,
    {
      ...release.identity,
      san: workflow,
      buildSignerUri: workflow,
      sourceRepositoryUri: `https://github.com/${other}`,
    },
  );
});
afterAll(async () => {
  await Promise.all([sigstore?.close(), registry?.close()]);
});
beforeEach(async () => {
  gh = await startGitHubEmulator({ tokens: { [TOKEN]: ['attestations:read'] } });
  gh.state.repos.create(REPOSITORY);
  gh.state.repos.create('acme/other');
  return () => gh.close();
});

const outDir = () => mkdtempSync(join(tmpdir(), 'pg-bundle-out-'));

function lookupRequest(overrides: Partial<VerifyRequest> = {}): VerifyRequest {
  return request({
    provenancePath: '',
    artifactPaths: [release.artifactPath],
    policy: release.policy(),
    trust: { kind: 'file', path: release.trustedRootPath },
    lookup: { repo: REPOSITORY, owner: null, registry: null },
    githubApiUrl: gh.url,
    ...overrides,
  });
}

const deps = () => ({
  trustedRoots: undefined as never,
  lookup: { env: { GH_TOKEN: TOKEN }, timing },
});

/** The command's default trust loading, with the lookup's environment and timing. */
async function verify(req: VerifyRequest) {
  const { defaultDependencies } = await import('../../src/commands/verify/index.js');
  return verifyProvenance(req, { ...defaultDependencies, lookup: deps().lookup });
}

describe('verify by digest through the GitHub attestations API (emulator, real Octokit)', () => {
  it('--repo finds the attestation, verifies it and saves it; the saved file verifies offline', async () => {
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, good);
    const dir = outDir();
    const verdict = await verify(lookupRequest({ bundleOut: dir }));
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
    expect(gh.requests.matching({ path: `/repos/${REPOSITORY}/attestations/*` })).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['widget-linux-amd64.sigstore.json']);
    const saved = join(dir, 'widget-linux-amd64.sigstore.json');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(good);
    await gh.close();
    // No emulator any more: the saved bundle alone decides, offline.
    const offline = await verifyProvenance(
      request({
        provenancePath: saved,
        artifactPaths: [release.artifactPath],
        policy: release.policy(),
        trust: { kind: 'file', path: release.trustedRootPath },
      }),
    );
    expect(offline.verified).toBe(true);
    gh = await startGitHubEmulator();
  });

  it('--owner asks the organisation endpoint and finds the attestation in any of its repositories', async () => {
    gh.state.attestations.add('acme/other', `sha256:${release.digest}`, good);
    const verdict = await verify(lookupRequest({ lookup: { repo: null, owner: 'acme', registry: null } }));
    expect(verdict.verified).toBe(true);
    expect(gh.requests.matching({ path: '/orgs/acme/attestations/*' })).toHaveLength(1);
  });

  it('several artifacts under --owner take one bulk-list call, and each artifact verifies', async () => {
    const second = await mintedRelease(sigstore);
    const secondPath = join(release.dir, 'widget-second');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(second.artifactPath, secondPath);
    const both = await sigstore.mint(
      release.statement({
        subjects: [
          { name: 'widget-linux-amd64', digest: { sha256: release.digest } },
          { name: 'widget-second', digest: { sha256: second.digest } },
        ],
      }),
      release.identity,
    );
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, both);
    gh.state.attestations.add(REPOSITORY, `sha256:${second.digest}`, both);
    const dir = outDir();
    const verdict = await verify(
      lookupRequest({
        artifactPaths: [release.artifactPath, secondPath],
        lookup: { repo: null, owner: 'acme', registry: null },
        bundleOut: dir,
      }),
    );
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
    expect(gh.requests.matching({ path: '/orgs/acme/attestations/bulk-list' })).toHaveLength(1);
    expect(gh.requests.matching({ path: '/orgs/acme/attestations/sha256*' })).toHaveLength(0);
    expect(readdirSync(dir).sort()).toEqual([
      'widget-linux-amd64.sigstore.json',
      'widget-second.sigstore.json',
    ]);
  });

  it('a decoy for the same digest from another repository does not verify against the --repo pin', async () => {
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, decoy);
    // No builder pin: the source repository pin alone must refuse it.
    const verdict = await verify(lookupRequest({ policy: release.policy({ expectedBuilderIds: [] }) }));
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('source_mismatch');
  });

  it('a decoy beside the real attestation cannot reject the release, and is not saved', async () => {
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, decoy);
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, good);
    const dir = outDir();
    const verdict = await verify(lookupRequest({ bundleOut: dir }));
    expect(verdict.verified).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'widget-linux-amd64.sigstore.json'), 'utf8'))).toEqual(good);
  });

  it('a digest GitHub has no attestation for (404) is attestation_missing, naming where it looked', async () => {
    const verdict = await verify(lookupRequest());
    expect(verdict.failureReason).toBe('attestation_missing');
    const bundle = verdict.checks.find((check) => check.name === 'bundle');
    expect(bundle?.actual).toContain(`repository ${REPOSITORY}`);
    expect(bundle?.actual).toContain(gh.url);
    expect(bundle?.actual).toContain(`sha256:${release.digest.slice(0, 12)}`);
  });

  it('a GitHub that keeps failing is tried three times, then github_unavailable, never a pass', async () => {
    gh.faults.inject({ path: /\/attestations\// }, { kind: 'status', status: 502 }, 5);
    const verdict = await verify(lookupRequest());
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('github_unavailable');
    expect(gh.requests.matching({ path: /\/attestations\// })).toHaveLength(3);
  });
});

describe('verify an npm tarball by the registry attestations (loopback registry)', () => {
  const tarball = NPM('sigstore-2.3.1.tgz');
  const npmPolicy = policy({
    expectedBuilderIds: [GITHUB_HOSTED],
    expectedSourceRepository: 'sigstore/sigstore-js',
    commit: '46e7056ff9912ebfee5298d94024895a9fea76c0',
  });
  const npmRequest = (overrides: Partial<VerifyRequest> = {}) =>
    request({
      provenancePath: '',
      artifactPaths: [tarball],
      policy: npmPolicy,
      trust: { kind: 'embedded' },
      lookup: { repo: null, owner: null, registry: registry.url },
      ...overrides,
    });

  it("finds the package's attestations by its package.json, verifies both and saves them", async () => {
    registry.publish(
      'sigstore',
      '2.3.1',
      JSON.parse(readFileSync(NPM('sigstore-2.3.1.attestations.json'), 'utf8')),
    );
    const dir = outDir();
    const verdict = await verify(npmRequest({ bundleOut: dir }));
    expect(verdict.failureReason).toBeNull();
    expect(verdict.verified).toBe(true);
    expect(verdict.attestation).toContain('all 2 attestations verified');
    expect(registry.requested.at(-1)).toBe('/-/npm/v1/attestations/sigstore@2.3.1');
    const saved = join(dir, 'sigstore-2.3.1.tgz.intoto.jsonl');
    expect(readFileSync(saved, 'utf8').trim().split('\n')).toHaveLength(2);
    await registry.close();
    const offline = await verifyProvenance(
      request({
        provenancePath: saved,
        artifactPaths: [tarball],
        policy: npmPolicy,
        trust: { kind: 'embedded' },
      }),
    );
    expect(offline.verified).toBe(true);
    registry = await startNpmRegistry();
  });

  it('asks for a scoped package with its / escaped, and a version the registry lacks is attestation_missing', async () => {
    const verdict = await verify(
      npmRequest({
        artifactPaths: [NPM('playwright-cli-0.1.1.tgz')],
        policy: policy({ expectedSourceRepository: 'microsoft/playwright-cli' }),
      }),
    );
    expect(registry.requested.at(-1)).toBe('/-/npm/v1/attestations/@playwright%2fcli@0.1.1');
    expect(verdict.failureReason).toBe('attestation_missing');
    expect(verdict.checks[0]?.actual).toContain(
      `${registry.url}/-/npm/v1/attestations/@playwright%2fcli@0.1.1`,
    );
  });

  it('a registry that keeps dropping the connection is tried three times, then attestation_missing', async () => {
    registry.reply({ kind: 'drop' });
    const before = registry.requested.length;
    const verdict = await verify(npmRequest());
    registry.reply();
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('attestation_missing');
    expect(registry.requested.length - before).toBe(3);
  });
});

describe('the CLI in-process: verify FILE --repo O/N without --bundle', () => {
  it('looks the attestation up, verifies, saves it with --bundle-out, and the saved bundle verifies with --bundle', async () => {
    gh.state.attestations.add(REPOSITORY, `sha256:${release.digest}`, good);
    const { runCli } = await import('../../src/cli/main.js');
    const dir = outDir();
    const previous = process.env.GH_TOKEN;
    process.env.GH_TOKEN = TOKEN;
    try {
      const pins = ['--repo', REPOSITORY, '--custom-trusted-root', release.trustedRootPath, '--json'];
      const online = await runCli([
        'verify',
        release.artifactPath,
        ...pins,
        '--github-api-url',
        gh.url,
        '--bundle-out',
        dir,
      ]);
      expect(online.exitCode, online.stdout).toBe(0);
      expect(gh.requests.matching({ path: `/repos/${REPOSITORY}/attestations/*` })).toHaveLength(1);
      const saved = join(dir, 'widget-linux-amd64.sigstore.json');
      const offline = await runCli(['verify', release.artifactPath, ...pins, '--bundle', saved]);
      expect(offline.exitCode, offline.stdout).toBe(0);
      expect(gh.requests.matching({ path: `/repos/${REPOSITORY}/attestations/*` })).toHaveLength(1);
      gh.faults.inject({ path: /\/attestations\// }, { kind: 'status', status: 404 });
      const absent = await runCli(['verify', release.artifactPath, ...pins, '--github-api-url', gh.url]);
      expect(absent.exitCode).not.toBe(0);
      expect(JSON.parse(absent.stdout)).toMatchObject({ failure_reason: 'attestation_missing' });
    } finally {
      if (previous === undefined) delete process.env.GH_TOKEN;
      else process.env.GH_TOKEN = previous;
    }
  });
});
