import { describe, expect, it } from 'vitest';
import {
  BUILDER_FAMILIES,
  builderStanding,
  checkBuildLevel,
  slsaBuildLevel,
  type AttestedBuilder,
  type BuilderFamilyId,
  type SignerFacts,
} from '../../../src/core/policy/index.js';
import type { PredicateFacts } from '../../../src/core/provenance/index.js';
import { policy } from '../../support/fixtures.js';
import { GENERATOR, predicateFacts, RELEASE, signedBy } from './facts.js';

const builder = (family: BuilderFamilyId, foreignSigner: string | null = null): AttestedBuilder => ({
  family: BUILDER_FAMILIES[family],
  builderId: 'https://example/builder',
  pinRequired: false,
  foreignSigner,
  signerIsBuilder: false,
});

describe('the SLSA Build level each builder family meets (one place: the builder registry)', () => {
  it.each([
    ['slsa-github-generator', null, 'github-hosted', 3],
    ['slsa-byob', null, 'github-hosted', 3],
    [
      'signing-workflow',
      'https://github.com/org/reusable/.github/workflows/build.yml@refs/tags/v1',
      'github-hosted',
      3,
    ],
    ['signing-workflow', null, 'github-hosted', 2],
    ['github-hosted-runner', null, 'github-hosted', 2],
    ['npm-cli-v0.2', null, 'github-hosted', 1],
    ['slsa-github-generator', null, 'self-hosted', 1],
    ['signing-workflow', null, null, 1],
  ] as const)('%s (foreign signer %s) on %s runners is L%i', (family, foreign, runner, level) => {
    expect(slsaBuildLevel(builder(family, foreign), runner)).toBe(level);
  });

  it('explains the level of every family', () => {
    for (const family of Object.values(BUILDER_FAMILIES)) expect(family.buildLevel).toMatch(/^L[123]/);
  });
});

describe('builderStanding: the family and level of a builder the certificate vouches for', () => {
  it.each([
    [
      'the repository’s own workflow on a GitHub-hosted runner',
      signedBy(RELEASE),
      { family: 'signing-workflow', level: 2 },
    ],
    [
      'the same on a self-hosted runner',
      signedBy(RELEASE, { runnerEnvironment: 'self-hosted' }),
      { family: 'signing-workflow', level: 1 },
    ],
    [
      'a builder the certificate does not vouch for',
      signedBy(`${GENERATOR}/builder_go_slsa3.yml@refs/tags/v2.1.0`),
      null,
    ],
  ] as const)('%s', (_label, signer, standing) => {
    expect(builderStanding(predicateFacts(), signer)).toEqual(standing);
  });
});

describe('checkBuildLevel: a family the policy names, at the SLSA Build level it requires', () => {
  const GO = `${GENERATOR}/builder_go_slsa3.yml@refs/tags/v2.1.0`;
  it.each<[string, PredicateFacts, SignerFacts, Parameters<typeof policy>[0], string, string, string]>([
    [
      'no family, no level asked for',
      predicateFacts(),
      signedBy(RELEASE),
      {},
      'passed',
      'any builder family, any SLSA Build level',
      'signing-workflow, SLSA Build L2',
    ],
    [
      'empty families and a null level',
      predicateFacts(),
      signedBy(RELEASE),
      { expectedBuilderFamilies: [], requiredBuildLevel: null },
      'passed',
      'any builder family, any SLSA Build level',
      'signing-workflow, SLSA Build L2',
    ],
    [
      'a builder the certificate does not vouch for, nothing asked for',
      predicateFacts(),
      signedBy(GO),
      {},
      'failed',
      'any builder family, any SLSA Build level',
      'a builder the certificate does not vouch for',
    ],
    [
      'a named family',
      predicateFacts({ builderId: GO }),
      signedBy(GO),
      { expectedBuilderFamilies: ['slsa-byob', 'slsa-github-generator'] },
      'passed',
      'a builder of slsa-byob | slsa-github-generator, any SLSA Build level',
      'slsa-github-generator, SLSA Build L3',
    ],
    [
      'a family the policy does not name',
      predicateFacts(),
      signedBy(RELEASE),
      { expectedBuilderFamilies: ['slsa-github-generator'] },
      'failed',
      'a builder of slsa-github-generator, any SLSA Build level',
      'signing-workflow, SLSA Build L2',
    ],
    [
      'exactly the required level',
      predicateFacts(),
      signedBy(RELEASE),
      { requiredBuildLevel: 2 },
      'passed',
      'any builder family, SLSA Build L2 or above',
      'signing-workflow, SLSA Build L2',
    ],
    [
      'above the required level',
      predicateFacts({ builderId: GO }),
      signedBy(GO),
      { requiredBuildLevel: 2 },
      'passed',
      'any builder family, SLSA Build L2 or above',
      'slsa-github-generator, SLSA Build L3',
    ],
    [
      'below the required level',
      predicateFacts(),
      signedBy(RELEASE),
      { requiredBuildLevel: 3 },
      'failed',
      'any builder family, SLSA Build L3 or above',
      'signing-workflow, SLSA Build L2',
    ],
    [
      'a named family below the required level',
      predicateFacts({ builderId: GO }),
      signedBy(GO, { runnerEnvironment: 'self-hosted' }),
      { expectedBuilderFamilies: ['slsa-github-generator'], requiredBuildLevel: 3 },
      'failed',
      'a builder of slsa-github-generator, SLSA Build L3 or above',
      'slsa-github-generator, SLSA Build L1',
    ],
    [
      'the required level from a family the policy does not name',
      predicateFacts({ builderId: GO }),
      signedBy(GO),
      { expectedBuilderFamilies: ['signing-workflow'], requiredBuildLevel: 2 },
      'failed',
      'a builder of signing-workflow, SLSA Build L2 or above',
      'slsa-github-generator, SLSA Build L3',
    ],
  ])('%s → %s', (_label, facts, signer, options, status, expected, actual) => {
    expect(checkBuildLevel(facts, signer, policy(options))).toEqual({
      name: 'build_level',
      status,
      expected,
      actual,
      code: 'builder_mismatch',
    });
  });
});
