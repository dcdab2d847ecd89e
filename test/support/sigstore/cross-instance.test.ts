import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSigstoreInstance, verifyBundle, type SigstoreTestInstance } from './index.js';
import {
  NO_LOGS,
  releaseIdentity as identity,
  releasePolicy as policy,
  releaseStatement as statement,
} from './sample-release.js';

let publicGood: SigstoreTestInstance;
let otherPublicGood: SigstoreTestInstance;
let github: SigstoreTestInstance;

beforeAll(async () => {
  [publicGood, otherPublicGood, github] = await Promise.all([
    startSigstoreInstance('public-good'),
    startSigstoreInstance('public-good'),
    startSigstoreInstance('github'),
  ]);
});

afterAll(async () => {
  await Promise.all([publicGood?.close(), otherPublicGood?.close(), github?.close()]);
});

it("rejects a public-good bundle against the GitHub instance's root", async () => {
  const bundle = await publicGood.mint(statement, identity);
  expect(() => verifyBundle(github.trustedRoot, bundle, policy, NO_LOGS)).toThrow(/certificate chain/i);
});

it('rejects a GitHub-instance bundle against the public-good root', async () => {
  const bundle = await github.mint(statement, identity);
  expect(() => verifyBundle(publicGood.trustedRoot, bundle, policy, NO_LOGS)).toThrow(/timestamp/i);
});

it('rejects a bundle against another instance of the same kind', async () => {
  const bundle = await publicGood.mint(statement, identity);
  expect(() => verifyBundle(otherPublicGood.trustedRoot, bundle, policy)).toThrow();
});
