import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyProvenance, type VerifyRequest } from '../../src/commands/verify/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { NPM, request } from '../support/fixtures.js';
import { COMMIT, mintedRelease, REPOSITORY, TAG, WORKFLOW, type MintedRelease } from './minted-release.js';

type Bundle = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let instance: SigstoreTestInstance;
let release: MintedRelease;
let good: Bundle;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  release = await mintedRelease(instance);
  good = await instance.mint(release.statement(), release.identity);
});
afterAll(() => instance?.close());

const RELEASE_WORKFLOW = `https://github.com/${REPOSITORY}/.github/workflows/release.yml`;
const OTHER_WORKFLOW = `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/tags/${TAG}`;
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';

async function verdictFor(
  provenance: unknown,
  overrides: Partial<Omit<VerifyRequest, 'policy'>> & {
    policy?: Parameters<MintedRelease['policy']>[0];
  } = {},
) {
  const text = Array.isArray(provenance) ? provenance.map((b) => JSON.stringify(b)).join('\n') : provenance;
  const { policy: policyOverrides, ...rest } = overrides;
  return verifyProvenance(
    request({
      provenancePath: release.write(`case-${Math.random().toString(36).slice(2)}.jsonl`, text),
      artifactPaths: [release.artifactPath],
      trust: { kind: 'file', path: release.trustedRootPath },
      ...rest,
      policy: release.policy(policyOverrides),
    }),
  );
}

const statementWithBuilder = (builderId: string) => {
  const statement = release.statement() as { predicate: { runDetails: { builder: { id: string } } } };
  statement.predicate.runDetails.builder.id = builderId;
  return statement;
};
const failedCheck = (verdict: Awaited<ReturnType<typeof verdictFor>>) =>
  verdict.checks.find((c) => c.status === 'failed');

describe('the builder is what the certificate attests, never what the predicate claims', () => {
  it('another workflow of the same repository claiming to be release.yml is identity_mismatch', async () => {
    const forged = await instance.mint(release.statement(), {
      ...release.identity,
      san: OTHER_WORKFLOW,
      buildSignerUri: OTHER_WORKFLOW,
    });
    const verdict = await verdictFor(forged, { policy: { expectedBuilderIds: [RELEASE_WORKFLOW] } });
    expect(verdict.failureReason).toBe('identity_mismatch');
    expect(failedCheck(verdict)).toMatchObject({ name: 'builder_id' });
    expect(failedCheck(verdict)?.actual).toContain(OTHER_WORKFLOW);
  });

  it('a builder ID with a trailing newline in the signed predicate is provenance_malformed', async () => {
    const signed = await instance.mint(statementWithBuilder(`${WORKFLOW}\n`), release.identity);
    expect((await verdictFor(signed)).failureReason).toBe('provenance_malformed');
  });

  it("a delegated (BYOB) builder: the generator's own pass, a third-party tool workflow only when pinned, the delegator only at a tag", async () => {
    const delegator = `${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.1.0`;
    const byDelegator = { ...release.identity, san: delegator, buildSignerUri: delegator };
    const maven = await instance.mint(
      statementWithBuilder(`${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`),
      byDelegator,
    );
    expect((await verdictFor(maven, { policy: { expectedBuilderIds: [] } })).verified).toBe(true);
    const thirdParty = await instance.mint(
      statementWithBuilder('https://github.com/acme/trw/.github/workflows/build.yml@refs/tags/v1.0.0'),
      byDelegator,
    );
    expect((await verdictFor(thirdParty, { policy: { expectedBuilderIds: [] } })).failureReason).toBe(
      'builder_mismatch',
    );
    expect(
      (
        await verdictFor(thirdParty, {
          policy: { expectedBuilderIds: ['https://github.com/acme/trw/.github/workflows/build.yml'] },
        })
      ).verified,
    ).toBe(true);
    const atBranch = `${GENERATOR}/delegator_generic_slsa3.yml@refs/heads/main`;
    const untagged = await instance.mint(
      statementWithBuilder(`${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.1.0`),
      { ...release.identity, san: atBranch, buildSignerUri: atBranch },
    );
    expect((await verdictFor(untagged, { policy: { expectedBuilderIds: [] } })).failureReason).toBe(
      'identity_mismatch',
    );
  });
});

describe('source, runner and certificate extensions', () => {
  it('pins the host: the same owner/name on another host is source_mismatch', async () => {
    expect(
      (await verdictFor(good, { policy: { expectedSourceRepository: `https://evil.example/${REPOSITORY}` } }))
        .failureReason,
    ).toBe('source_mismatch');
    expect(
      (await verdictFor(good, { policy: { githubServerUrl: 'https://ghe.example' } })).failureReason,
    ).toBe('source_mismatch');
  });

  it('pins the owner', async () => {
    expect(
      (await verdictFor(good, { policy: { expectedSourceRepository: null, expectedOwner: 'acme' } }))
        .verified,
    ).toBe(true);
    expect(
      (await verdictFor(good, { policy: { expectedSourceRepository: null, expectedOwner: 'mallory' } }))
        .failureReason,
    ).toBe('source_mismatch');
  });

  it('refuses a self-hosted runner when asked to, and reads it from OID .11', async () => {
    const selfHosted = await instance.mint(release.statement(), {
      ...release.identity,
      runnerEnvironment: 'self-hosted',
    });
    const denied = await verdictFor(selfHosted, { policy: { denySelfHostedRunners: true } });
    expect(denied.failureReason).toBe('identity_mismatch');
    expect(failedCheck(denied)).toMatchObject({ name: 'runner_environment', actual: 'self-hosted' });
    expect((await verdictFor(selfHosted, { policy: { denySelfHostedRunners: false } })).verified).toBe(true);
    expect((await verdictFor(good, { policy: { denySelfHostedRunners: true } })).verified).toBe(true);
  });

  it('fails (not skips) certificate_predicate when a GitHub certificate has no source extensions', async () => {
    const bare = await instance.mint(release.statement(), {
      san: WORKFLOW,
      buildSignerUri: WORKFLOW,
      runnerEnvironment: 'github-hosted',
    });
    const verdict = await verdictFor(bare, {
      policy: { expectedSourceRepository: null, expectedOwner: null, tag: null, commit: null },
    });
    expect(verdict.failureReason).toBe('identity_mismatch');
    expect(failedCheck(verdict)).toMatchObject({ name: 'certificate_predicate', status: 'failed' });
  });
});

describe('files with several attestations', () => {
  it('a file passes only if every attestation in it verifies', async () => {
    const tampered = structuredClone(good);
    tampered.dsseEnvelope.signatures[0].sig = Buffer.from('not the signature').toString('base64');
    const verdict = await verdictFor([good, tampered]);
    expect(verdict.failureReason).toBe('signature_invalid');
    expect(verdict.attestation).toContain('attestation 2 of 2');
    const both = await verdictFor([good, good]);
    expect(both.verified).toBe(true);
    expect(both.attestation).toContain('all 2 attestations verified');
  });

  it('looked up by digest, a decoy before the real attestation does not reject the release; the verdict names which passed', async () => {
    const decoy = await instance.mint(release.statement(), {
      ...release.identity,
      san: OTHER_WORKFLOW,
      buildSignerUri: OTHER_WORKFLOW,
    });
    const verdict = await verdictFor([decoy, good], {
      attestationMode: 'any',
      policy: { expectedBuilderIds: [RELEASE_WORKFLOW] },
    });
    expect(verdict.verified).toBe(true);
    expect(verdict.attestation).toContain('attestation 2 of 2');
    const onlyDecoys = await verdictFor([decoy, decoy], {
      attestationMode: 'any',
      policy: { expectedBuilderIds: [RELEASE_WORKFLOW] },
    });
    expect(onlyDecoys.failureReason).toBe('identity_mismatch');
    expect(onlyDecoys.attestation).toMatch(/none of 2 SLSA attestation/);
  });

  it("npm: the registry's publish attestation is verified with the registry key; a tampered one rejects the file", async () => {
    const file = JSON.parse(readFileSync(NPM('sigstore-2.3.1.attestations.json'), 'utf8'));
    const npm = (attestations: unknown) =>
      verifyProvenance(
        request({
          provenancePath: release.write(`npm-${Math.random().toString(36).slice(2)}.json`, attestations),
          artifactPaths: [NPM('sigstore-2.3.1.tgz')],
          policy: release.policy({
            expectedBuilderIds: [],
            expectedSourceRepository: 'sigstore/sigstore-js',
            tag: null,
            commit: null,
          }),
        }),
      );
    const intact = await npm(file);
    expect(intact.verified).toBe(true);
    expect(intact.attestation).toContain('all 2 attestations verified');
    const publish = file.attestations.findIndex((a: { predicateType: string }) =>
      a.predicateType.includes('/npm/attestation/'),
    );
    const statement = JSON.parse(
      Buffer.from(file.attestations[publish].bundle.dsseEnvelope.payload, 'base64').toString(),
    );
    statement.predicate.version = '9.9.9';
    const tampered = structuredClone(file);
    tampered.attestations[publish].bundle.dsseEnvelope.payload = Buffer.from(
      JSON.stringify(statement),
    ).toString('base64');
    const verdict = await npm(tampered);
    expect(verdict.verified).toBe(false);
    expect(['signature_invalid', 'tlog_invalid']).toContain(verdict.failureReason);
    expect(verdict.attestation).toContain('npm/attestation');
  });

  it('a publish attestation signed by anyone but the registry is identity_mismatch', async () => {
    const statement = {
      ...(release.statement() as object),
      predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
      predicate: {},
    };
    const forged = await instance.mint(statement, release.identity);
    expect((await verdictFor([good, forged])).failureReason).toBe('identity_mismatch');
  });
});

it("a certificate whose source digest is not the predicate's commit is identity_mismatch", async () => {
  const signed = await instance.mint(release.statement(), {
    ...release.identity,
    sourceRepositoryDigest: 'd'.repeat(40),
  });
  const verdict = await verdictFor(signed, { policy: { commit: COMMIT } });
  expect(verdict.failureReason).toBe('identity_mismatch');
  expect(failedCheck(verdict)?.name).toBe('certificate_predicate');
});
