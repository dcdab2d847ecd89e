import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashArtifacts } from '../../../src/adapters/files/hash.js';
import { GuardError } from '../../../src/core/errors/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-hash-'));
function artifact(name: string, size: number) {
  const bytes = randomBytes(size);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sha512: createHash('sha512').update(bytes).digest('hex'),
  };
}

describe('hashArtifacts', () => {
  it('hashes small sets in process, in order', async () => {
    const files = [artifact('a', 10), artifact('b', 0), artifact('c', 70_000)];
    const digests = await hashArtifacts(
      files.map((f) => f.path),
      'sha512',
    );
    expect(digests).toEqual(
      files.map((f, i) => ({ name: ['a', 'b', 'c'][i], algorithm: 'sha512', hex: f.sha512 })),
    );
  });

  it('spreads large sets over worker threads with the same results', async () => {
    const files = [
      artifact('big1', 9 * 1024 * 1024),
      artifact('big2', 9 * 1024 * 1024),
      artifact('small', 3),
    ];
    const digests = await hashArtifacts(
      files.map((f) => f.path),
      'sha256',
    );
    expect(digests.map((d) => d.hex)).toEqual(files.map((f) => f.sha256));
  });

  it('says artifact_missing for a missing file or a directory', async () => {
    for (const path of [join(dir, 'missing'), dir]) {
      const error = await hashArtifacts([path], 'sha256').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GuardError);
      expect((error as GuardError).code).toBe('artifact_missing');
    }
  });
});
