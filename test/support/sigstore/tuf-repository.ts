import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';
import { getRoute, startLoopbackServer } from './loopback-server.js';
import { TRUSTED_ROOT_FILE_NAME } from './trusted-root.js';

export interface TufRepository {
  /** Pass as `mirrorURL` to `@sigstore/tuf`. */
  mirrorUrl: string;
  /** The repository's 1.root.json, to pass as `rootPath`. */
  rootPath: string;
  close(): Promise<void>;
}

/**
 * A TUF repository (root, timestamp, snapshot, targets v1, all signed with one
 * freshly generated ECDSA key) whose only target is `trusted_root.json`.
 * Metadata is served at the mirror root and targets under /targets, the
 * layout `@sigstore/tuf` expects.
 */
export async function startTufRepository(trustedRoot: object): Promise<TufRepository> {
  const repo = initializeTUFRepo([
    { name: TRUSTED_ROOT_FILE_NAME, content: Buffer.from(JSON.stringify(trustedRoot)) },
  ]);
  const handlers = tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' });
  const server = await startLoopbackServer(() => handlers.map(getRoute));
  const dir = await mkdtemp(join(tmpdir(), 'tuf-root-'));
  const rootPath = join(dir, 'root.json');
  await writeFile(rootPath, JSON.stringify(repo.rootMeta.toJSON()));
  return {
    mirrorUrl: server.url,
    rootPath,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
