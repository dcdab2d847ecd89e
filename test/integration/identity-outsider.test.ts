import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSlsaVerifier } from '../../src/adapters/slsa-verifier/index.js';
import { runCli } from '../../src/cli/main.js';
import { verifyProvenance, type VerifyRequest } from '../../src/commands/verify/index.js';
import {
  githubAttestationStatement,
  startSigstoreInstance,
  type SigstoreTestInstance,
} from '../support/sigstore/index.js';
import { request } from '../support/fixtures.js';
import { COMMIT, mintedRelease, REPOSITORY, type MintedRelease } from './minted-release.js';

// Attacks by someone outside the release: a pusher of a branch, the owner of another repository, the
// author of the provenance file. Each case is provenance that must not verify, or input that must not crash.

type Bundle = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let instance: SigstoreTestInstance;
let release: MintedRelease;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  release = await mintedRelease(instance);
});
afterAll(() => instance?.close());

const REPO_URL = `https://github.com/${REPOSITORY}`;
const RELEASE_WORKFLOW = `${REPO_URL}/.github/workflows/release.yml`;
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';
const DELEGATOR = `${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`;
const NOT_VERIFIED = ['builder_mismatch', 'identity_mismatch', 'provenance_malformed'];

/** A statement of acme/widget built at `ref`, as the workflow `workflowPath` writes it (builder = that workflow at `ref`). */
function widgetStatement(ref: string, workflowPath: string, builderId?: string, repository = REPOSITORY) {
  return githubAttestationStatement({
    subjects: [{ name: 'widget-linux-amd64', digest: { sha256: release.digest } }],
    repository,
    ref,
    commit: COMMIT,
    workflowPath,
    builderId,
  });
}

async function verdictFor(
  bundle: unknown,
  policy: Parameters<MintedRelease['policy']>[0],
  extra: Partial<VerifyRequest> = {},
) {
  return verifyProvenance(
    request({
      provenancePath: release.write(`outsider-${Math.random().toString(36).slice(2)}.json`, bundle),
      artifactPaths: [release.artifactPath],
      trust: { kind: 'file', path: release.trustedRootPath },
      ...extra,
      policy: release.policy(policy),
    }),
  );
}

describe('an expected builder ID without @ accepts tagged versions only, whatever the workflow file is called', () => {
  // Git allows `@` in file names: a branch pusher adds `.github/workflows/release.yml@refs/tags/x.yml`.
  // Its SAN, `…/release.yml@refs/tags/x.yml@refs/heads/main`, starts with `…/release.yml@refs/tags/`.
  const lookalike = `${RELEASE_WORKFLOW}@refs/tags/x.yml@refs/heads/main`;

  it('a branch workflow named release.yml@refs/tags/x.yml is not release.yml at a tag', async () => {
    const statement = widgetStatement('refs/heads/main', '.github/workflows/release.yml@refs/tags/x.yml');
    const forged = await instance.mint(statement, {
      ...release.identity,
      san: lookalike,
      buildSignerUri: lookalike,
      sourceRepositoryRef: 'refs/heads/main',
    });
    const verdict = await verdictFor(forged, { expectedBuilderIds: [RELEASE_WORKFLOW], tag: null });
    expect(verdict.verified).toBe(false);
    expect(NOT_VERIFIED).toContain(verdict.failureReason);
  });

  it('a delegated (BYOB) tool workflow at a branch is not pinned to a release tag because its file name says refs/tags', async () => {
    const tool = 'https://github.com/acme/trw/.github/workflows/build.yml';
    const statement = widgetStatement(
      `refs/tags/v1.2.3`,
      '.github/workflows/release.yml',
      `${tool}@refs/tags/v1.yml@refs/heads/main`,
    );
    const delegated = await instance.mint(statement, {
      ...release.identity,
      san: DELEGATOR,
      buildSignerUri: DELEGATOR,
    });
    const verdict = await verdictFor(delegated, { expectedBuilderIds: [tool] });
    expect(verdict.verified).toBe(false);
    expect(NOT_VERIFIED).toContain(verdict.failureReason);
  });
});

describe("the CLI's identity pin pins the source, not only a reusable workflow that anyone may call", () => {
  const mallory = 'https://github.com/mallory/payload';
  const cli = async (bundle: unknown, pins: string[]) => {
    const provenance = release.write(`outsider-cli-${Math.random().toString(36).slice(2)}.json`, bundle);
    return runCli(
      [
        'verify',
        '--artifact',
        release.artifactPath,
        '--provenance',
        provenance,
        '--trusted-root',
        release.trustedRootPath,
        '--json',
        ...pins,
      ],
      new Date(),
    );
  };

  it('--expected-san naming the generic generator does not accept a build of another repository', async () => {
    const generator = `${GENERATOR}/generator_generic_slsa3.yml@refs/tags/v2.0.0`;
    const statement = widgetStatement(
      'refs/tags/v1.2.3',
      '.github/workflows/release.yml',
      generator,
      'mallory/payload',
    );
    const foreign = await instance.mint(statement, {
      ...release.identity,
      san: generator,
      buildSignerUri: generator,
      sourceRepositoryUri: mallory,
    });
    const result = await cli(foreign, ['--expected-san', generator]);
    expect(result.exitCode).not.toBe(0);
  });

  it("--expected-san naming acme/widget's reusable release workflow does not accept mallory's repository calling it", async () => {
    const reusable = `${RELEASE_WORKFLOW}@refs/tags/v1.2.3`;
    const statement = widgetStatement(
      'refs/tags/v1.2.3',
      '.github/workflows/release.yml',
      reusable,
      'mallory/payload',
    );
    const foreign = await instance.mint(statement, {
      ...release.identity,
      san: reusable,
      buildSignerUri: reusable,
      sourceRepositoryUri: mallory,
    });
    const result = await cli(foreign, ['--expected-san', reusable, '--tag', 'v1.2.3']);
    expect(result.exitCode).not.toBe(0);
  });
});

// slsa-verifier answers ErrorUntrustedReusableWorkflow here and gh wants --signer-workflow; the registry itself refuses the same
// signer when its predicate names the runner. Which builder ID the signer writes about itself must not decide whether it is trusted.
it('a reusable workflow of another repository that names itself the builder is trusted only when pinned', async () => {
  const foreign = 'https://github.com/evil/ci/.github/workflows/build.yml@refs/heads/main';
  const statement = widgetStatement('refs/tags/v1.2.3', '.github/workflows/release.yml', foreign);
  const signed = await instance.mint(statement, {
    ...release.identity,
    san: foreign,
    buildSignerUri: foreign,
  });
  const unpinned = await verdictFor(signed, { expectedBuilderIds: [] });
  expect(unpinned.verified).toBe(false);
  expect(['identity_mismatch', 'builder_mismatch']).toContain(unpinned.failureReason);
  expect((await verdictFor(signed, { expectedBuilderIds: [foreign] })).verified).toBe(true);
  expect((await verdictFor(signed, { expectedBuilderIds: [], expectedSan: foreign })).verified).toBe(true);
  const runner = await instance.mint(
    widgetStatement(
      'refs/tags/v1.2.3',
      '.github/workflows/release.yml',
      'https://github.com/actions/runner/github-hosted',
    ),
    { ...release.identity, san: foreign, buildSignerUri: foreign },
  );
  expect((await verdictFor(runner, { expectedBuilderIds: [] })).failureReason).toBe('identity_mismatch');
});

it('a legacy envelope whose certificate is not a certificate is provenance_malformed, not a crash', async () => {
  const legacy = (await instance.mintLegacyEnvelope(release.statement(), release.identity)) as Bundle;
  for (const cert of ['garbage', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----']) {
    const broken = structuredClone(legacy);
    broken.signatures[0].cert = cert;
    const verdict = await verdictFor(broken, {}, { rekorUrl: instance.rekorUrl ?? null });
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('provenance_malformed');
  }
});

it('slsa-verifier printing more than the output buffer (one line per attacker-named artifact) still rejects, not degrades', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-outsider-slsa-verifier-'));
  // What slsa-verifier prints for thousands of artifacts with long names, then its rejection.
  writeFileSync(
    join(dir, 'slsa-verifier'),
    '#!/bin/sh\nhead -c 2000000 /dev/zero | tr "\\000" a >&2\necho "FAILED: SLSA verification failed" >&2\nexit 1\n',
  );
  chmodSync(join(dir, 'slsa-verifier'), 0o755);
  const outcome = await runSlsaVerifier(
    {
      artifactPaths: [release.artifactPath],
      provenancePath: release.artifactPath,
      sourceUri: `github.com/${REPOSITORY}`,
      tag: null,
      builderId: null,
    },
    `${dir}:/usr/bin:/bin`,
  );
  expect(outcome.kind).toBe('rejected');
});
