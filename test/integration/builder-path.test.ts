import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyProvenance } from '../../src/commands/verify/index.js';
import { startSigstoreInstance, type SigstoreTestInstance } from '../support/sigstore/index.js';
import { request } from '../support/fixtures.js';
import { mintedRelease, type MintedRelease } from './minted-release.js';

const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';
const DELEGATOR = `${GENERATOR}/delegator_generic_slsa3.yml@refs/tags/v2.0.0`;

let instance: SigstoreTestInstance;
let release: MintedRelease;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  release = await mintedRelease(instance);
});
afterAll(() => instance?.close());

/** A release built by `builderId` through the generator's delegator, verified with no builder pinned. */
async function delegatedVerdict(builderId: string) {
  const statement = release.statement() as { predicate: { runDetails: { builder: { id: string } } } };
  statement.predicate.runDetails.builder.id = builderId;
  const bundle = await instance.mint(statement, {
    ...release.identity,
    san: DELEGATOR,
    buildSignerUri: DELEGATOR,
  });
  return verifyProvenance(
    request({
      provenancePath: release.write(`byob-${Math.random().toString(36).slice(2)}.json`, bundle),
      artifactPaths: [release.artifactPath],
      trust: { kind: 'file', path: release.trustedRootPath },
      policy: release.policy({ expectedBuilderIds: [] }),
    }),
  );
}

describe("a delegated (BYOB) builder counts as the generator's own only on a plain path", () => {
  it.each([
    `${GENERATOR}/../../../../evil/trw/.github/workflows/build.yml@refs/tags/v2.0.0`,
    `${GENERATOR}/%2e%2e/%2e%2e/evil/x.yml@refs/tags/v2.0.0`,
  ])('%s is refused, not trusted without a pin', async (builderId) => {
    const verdict = await delegatedVerdict(builderId);
    expect(verdict.verified).toBe(false);
    expect(verdict.failureReason).toBe('identity_mismatch');
    expect(verdict.checks.find((c) => c.status === 'failed')).toMatchObject({
      name: 'builder_id',
      actual: expect.stringContaining('not a plain workflow path'),
    });
  });

  it("the generator's own Maven builder through the delegator still verifies without a pin", async () => {
    const verdict = await delegatedVerdict(`${GENERATOR}/builder_maven_slsa3.yml@refs/tags/v2.0.0`);
    expect(verdict.verified, JSON.stringify(verdict.checks)).toBe(true);
  });
});
