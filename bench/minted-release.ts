import { createHash, randomBytes } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  githubAttestationStatement,
  type MintIdentity,
  type SigstoreTestInstance,
} from '../test/support/sigstore/index.js';

export const RELEASE_REPOSITORY = 'acme/widget';
export const RELEASE_TAG = 'v1.0.0';
export const RELEASE_COMMIT = 'c0ffee'.padEnd(40, '0');
const REPOSITORY = RELEASE_REPOSITORY;
const REF = `refs/tags/${RELEASE_TAG}`;
const WORKFLOW_PATH = '.github/workflows/release.yml';
const WORKFLOW = `https://github.com/${REPOSITORY}/${WORKFLOW_PATH}@${REF}`;
const IDENTITY: MintIdentity = {
  san: WORKFLOW,
  buildSignerUri: WORKFLOW,
  sourceRepositoryUri: `https://github.com/${REPOSITORY}`,
  sourceRepositoryRef: REF,
};

const WRITE_CHUNK_BYTES = 16 * 1024 * 1024;

export interface MintedRelease {
  readonly artifactPaths: readonly string[];
  readonly provenancePath: string;
}

/** Random artifacts of the given sizes in `dir`, and a bundle that names each one as a sha256 subject, built from `commit`. */
export async function mintRelease(
  instance: SigstoreTestInstance,
  dir: string,
  name: string,
  sizes: readonly number[],
  commit = RELEASE_COMMIT,
): Promise<MintedRelease> {
  const artifactPaths = sizes.map((_, i) => join(dir, `${name}-${i + 1}.bin`));
  const subjects = [];
  for (const [i, path] of artifactPaths.entries()) {
    subjects.push({ name: basename(path), digest: { sha256: await writeRandomFile(path, sizes[i] ?? 0) } });
  }
  const statement = githubAttestationStatement({
    subjects,
    repository: REPOSITORY,
    ref: REF,
    commit,
    workflowPath: WORKFLOW_PATH,
  });
  const provenancePath = join(dir, `${name}.sigstore.json`);
  await writeFile(
    provenancePath,
    JSON.stringify(await instance.mint(statement, { ...IDENTITY, sourceRepositoryDigest: commit })),
  );
  return { artifactPaths, provenancePath };
}

async function writeRandomFile(path: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(path, 'w');
  try {
    for (let written = 0; written < size; written += WRITE_CHUNK_BYTES) {
      const chunk = randomBytes(Math.min(WRITE_CHUNK_BYTES, size - written));
      hash.update(chunk);
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}
