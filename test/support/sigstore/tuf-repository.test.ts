import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  githubAttestationStatement,
  startSigstoreInstance,
  startTufRepository,
  verifyBundle,
  type SigstoreTestInstance,
  type TufRepository,
} from './index.js';

let instance: SigstoreTestInstance;
let repository: TufRepository;
let cachePath: string;

beforeAll(async () => {
  instance = await startSigstoreInstance('public-good');
  repository = await startTufRepository(instance.trustedRoot);
  cachePath = await mkdtemp(join(tmpdir(), 'tuf-cache-'));
});

afterAll(async () => {
  await Promise.all([repository?.close(), instance?.close()]);
  if (cachePath) await rm(cachePath, { recursive: true, force: true });
});

it('serves the trusted root through @sigstore/tuf on loopback', async () => {
  expect(repository.mirrorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const fetched = await getTrustedRoot({
    mirrorURL: repository.mirrorUrl,
    rootPath: repository.rootPath,
    cachePath,
    forceCache: false,
  });
  expect(TrustedRoot.toJSON(fetched)).toEqual(TrustedRoot.toJSON(TrustedRoot.fromJSON(instance.trustedRoot)));

  const bundle = await instance.mint(
    githubAttestationStatement({
      subjects: [{ name: 'a', digest: { sha256: 'd'.repeat(64) } }],
      repository: 'o/r',
      ref: 'refs/heads/main',
      commit: 'e'.repeat(40),
      workflowPath: '.github/workflows/build.yml',
    }),
    { san: 'https://github.com/o/r/.github/workflows/build.yml@refs/heads/main' },
  );
  expect(() => verifyBundle(TrustedRoot.toJSON(fetched) as object, bundle)).not.toThrow();
});

it('refuses a root that did not sign the repository', async () => {
  const other = await startTufRepository(instance.trustedRoot);
  const otherCache = await mkdtemp(join(tmpdir(), 'tuf-cache-'));
  try {
    await expect(
      getTrustedRoot({ mirrorURL: repository.mirrorUrl, rootPath: other.rootPath, cachePath: otherCache }),
    ).rejects.toThrow();
  } finally {
    await other.close();
    await rm(otherCache, { recursive: true, force: true });
  }
});
