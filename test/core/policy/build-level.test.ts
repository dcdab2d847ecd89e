import { describe, expect, it } from 'vitest';
import {
  BUILDER_FAMILIES,
  slsaBuildLevel,
  type AttestedBuilder,
  type BuilderFamilyId,
} from '../../../src/core/policy/index.js';

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
