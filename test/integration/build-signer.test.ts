import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyProvenance } from '../../src/commands/verify/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { request } from '../support/fixtures.js';
import { mintedRelease, WORKFLOW, type MintedRelease } from './minted-release.js';

const GENERATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';

let instance: SigstoreTestInstance;
let release: MintedRelease;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  release = await mintedRelease(instance);
});
afterAll(() => instance?.close());

/** The release's statement, its builder ID replaced. */
function builtBy(builderId: string): object {
  const statement = release.statement() as { predicate: { runDetails: { builder: { id: string } } } };
  statement.predicate.runDetails.builder.id = builderId;
  return statement;
}

async function verdictFor(bundle: unknown, expectedSan: string) {
  return verifyProvenance(
    request({
      provenancePath: release.write(`signer-${Math.random().toString(36).slice(2)}.json`, bundle),
      artifactPaths: [release.artifactPath],
      trust: { kind: 'file', path: release.trustedRootPath },
      policy: release.policy({ expectedSan, expectedBuilderIds: [] }),
    }),
  );
}

describe('the Build Signer URI (OID .9) must agree with the SAN, as Fulcio writes both from job_workflow_ref', () => {
  it("a certificate whose SAN is the repository's workflow but whose .9 names the generator is identity_mismatch", async () => {
    const bundle = await instance.mint(builtBy(GENERATOR), {
      ...release.identity,
      san: WORKFLOW,
      buildSignerUri: GENERATOR,
    });
    const verdict = await verdictFor(bundle, WORKFLOW);
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('identity_mismatch');
    expect(verdict.checks.find((c) => c.status === 'failed')).toMatchObject({
      name: 'certificate_identity',
      actual: expect.stringContaining(GENERATOR),
    });
  });

  it('the generator signing as itself (SAN and .9 both the generator) still verifies at L3', async () => {
    const bundle = await instance.mint(builtBy(GENERATOR), {
      ...release.identity,
      san: GENERATOR,
      buildSignerUri: GENERATOR,
    });
    const verdict = await verdictFor(bundle, GENERATOR);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(true);
    expect(verdict.checks.find((c) => c.name === 'certificate_identity')?.status).toBe('passed');
    expect(verdict.checks.find((c) => c.name === 'build_level')?.actual).toMatch(/L3/);
  });
});
