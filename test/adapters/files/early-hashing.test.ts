import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEarlyHashing } from '../../../src/adapters/files/early-hashing.js';
import { verifyProvenance } from '../../../src/commands/verify/index.js';
import { GH, NPM, request } from '../../support/fixtures.js';

describe('early hashing', () => {
  it('picks the digest the subjects carry: sha512 for npm, sha256 for GitHub attestations', async () => {
    const npm = await startEarlyHashing(NPM('sigstore-2.3.1.provenance.sigstore.json'), [
      NPM('sigstore-2.3.1.tgz'),
    ]);
    expect(npm?.[0]).toMatchObject({ algorithm: 'sha512', hex: expect.stringMatching(/^f06fbf5c/) });
    const github = await startEarlyHashing(GH('bcr-module/MODULE.bazel.intoto.jsonl'), [
      GH('bcr-module/MODULE.bazel'),
    ]);
    expect(github?.[0]).toMatchObject({
      algorithm: 'sha256',
      hex: '06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b',
    });
  });

  it('gives null rather than failing on anything it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-early-'));
    writeFileSync(join(dir, 'bad.json'), 'not json');
    expect(await startEarlyHashing(join(dir, 'bad.json'), [NPM('sigstore-2.3.1.tgz')])).toBeNull();
    expect(
      await startEarlyHashing(NPM('sigstore-2.3.1.provenance.sigstore.json'), [join(dir, 'missing')]),
    ).toBeNull();
  });

  it('digests of other files are not taken for the artifacts: the verifier hashes them itself', async () => {
    const wrong = startEarlyHashing(NPM('sigstore-2.3.1.provenance.sigstore.json'), [
      NPM('sigstore-2.1.0.tgz'),
    ]);
    const verdict = await verifyProvenance(
      request({
        provenancePath: NPM('sigstore-2.3.1.provenance.sigstore.json'),
        artifactPaths: [NPM('sigstore-2.3.1.tgz')],
        earlyDigests: wrong,
      }),
    );
    expect(verdict.verified).toBe(true);
  });
});
