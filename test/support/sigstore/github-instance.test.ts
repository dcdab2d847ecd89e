import { RFC3161Timestamp } from '@sigstore/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSigstoreInstance, verifyBundle, type SigstoreTestInstance } from './index.js';
import {
  NO_LOGS,
  releaseIdentity as identity,
  releasePolicy as policy,
  releaseStatement as statement,
} from './sample-release.js';

interface TimestampMaterial {
  timestampVerificationData: { rfc3161Timestamps: { signedTimestamp: string }[] };
}

let github: SigstoreTestInstance;
let bundle: Record<string, unknown>;

beforeAll(async () => {
  github = await startSigstoreInstance('github');
  bundle = await github.mint(statement, identity);
});

afterAll(() => github?.close());

it('mints a bundle with an RFC 3161 timestamp and no tlog entry, under a root without logs', () => {
  expect(github.rekorUrl).toBeUndefined();
  expect(github.trustedRoot).toMatchObject({ tlogs: [], ctlogs: [] });
  expect(bundle).toMatchObject({
    verificationMaterial: {
      timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: expect.any(String) }] },
    },
  });
  expect((bundle.verificationMaterial as { tlogEntries?: unknown[] }).tlogEntries ?? []).toEqual([]);
});

it('stamps whole seconds, as Sigstore timestamp authorities do', async () => {
  const bundles = await Promise.all(Array.from({ length: 5 }, () => github.mint(statement, identity)));
  for (const minted of [bundle, ...bundles]) {
    const { signedTimestamp } = (minted.verificationMaterial as TimestampMaterial).timestampVerificationData
      .rfc3161Timestamps[0]!;
    expect(RFC3161Timestamp.parse(Buffer.from(signedTimestamp, 'base64')).signingTime.getMilliseconds()).toBe(
      0,
    );
  }
});

it('verifies only with tlog and ctlog thresholds 0', () => {
  const signer = verifyBundle(github.trustedRoot, bundle, policy, NO_LOGS);
  expect(signer.identity?.subjectAlternativeName).toBe(identity.san);
  expect(() => verifyBundle(github.trustedRoot, bundle, policy)).toThrow(/expected 1 SCTs, got 0/);
  expect(() => verifyBundle(github.trustedRoot, bundle, policy, { ctlogThreshold: 0 })).toThrow(
    /expected 1 tlog entries, got 0/,
  );
});

it('has no legacy envelopes', async () => {
  await expect(github.mintLegacyEnvelope(statement, identity)).rejects.toThrow(/public-good/);
});
