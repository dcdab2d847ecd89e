import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  GITHUB_ACTIONS_ISSUER,
  IN_TOTO_PAYLOAD_TYPE,
  signerExtension,
  startSigstoreInstance,
  verifyBundle,
  type SigstoreTestInstance,
} from './index.js';
import {
  releaseIdentity as identity,
  releasePolicy as policy,
  releaseStatement as statement,
} from './sample-release.js';

const FULCIO_OIDS = {
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
} as const;

let publicGood: SigstoreTestInstance;
let bundle: Record<string, unknown>;

beforeAll(async () => {
  publicGood = await startSigstoreInstance('public-good');
  bundle = await publicGood.mint(statement, identity);
});

afterAll(() => publicGood?.close());

it('mints a v0.3 DSSE bundle with a dsse Rekor entry, inclusion proof and promise', () => {
  expect(publicGood.rekorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(bundle).toMatchObject({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    dsseEnvelope: { payloadType: IN_TOTO_PAYLOAD_TYPE },
    verificationMaterial: {
      certificate: { rawBytes: expect.any(String) },
      tlogEntries: [
        {
          kindVersion: { kind: 'dsse', version: '0.0.1' },
          inclusionPromise: { signedEntryTimestamp: expect.any(String) },
          inclusionProof: { checkpoint: { envelope: expect.any(String) } },
        },
      ],
    },
  });
  const payload = (bundle.dsseEnvelope as { payload: string }).payload;
  expect(JSON.parse(Buffer.from(payload, 'base64').toString())).toEqual(statement);
});

it('verifies with default thresholds and returns the minted identity', () => {
  const signer = verifyBundle(publicGood.trustedRoot, bundle, policy);
  expect(signer.identity?.subjectAlternativeName).toBe(identity.san);
  expect(signer.identity?.extensions?.issuer).toBe(GITHUB_ACTIONS_ISSUER);
  for (const [field, oid] of Object.entries(FULCIO_OIDS)) {
    expect(signerExtension(signer, oid), field).toBe(identity[field as keyof typeof FULCIO_OIDS]);
  }
});

it('fails a policy for another SAN or issuer', () => {
  expect(() =>
    verifyBundle(publicGood.trustedRoot, bundle, { subjectAlternativeName: `${identity.san}x` }),
  ).toThrow(/certificate identity error/);
  expect(() =>
    verifyBundle(publicGood.trustedRoot, bundle, { extensions: { issuer: 'https://other' } }),
  ).toThrow(/expected issuer=https:\/\/other/);
});

it('binds a custom issuer and leaves unset extensions out', async () => {
  const issuer = `${GITHUB_ACTIONS_ISSUER}/enterprise`;
  const custom = await publicGood.mint(statement, { san: identity.san, issuer });
  const signer = verifyBundle(publicGood.trustedRoot, custom, { extensions: { issuer } });
  expect(signerExtension(signer, FULCIO_OIDS.sourceRepositoryUri)).toBeUndefined();
});

it('refuses identity URIs the mock Fulcio cannot encode', async () => {
  await expect(
    publicGood.mint(statement, { ...identity, sourceRepositoryUri: 'https://ghe.example/o/r' }),
  ).rejects.toThrow(/must start with https:\/\/github.com\//);
});

it('writes its trusted root to trusted_root.json', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pg-root-'));
  try {
    const path = await publicGood.writeTrustedRoot(dir);
    expect(path).toBe(join(dir, 'trusted_root.json'));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(publicGood.trustedRoot);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
