import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../../src/adapters/manifest/index.js';
import { parseManifest } from '../../../src/core/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const WRITER = fileURLToPath(new URL('./file-store-writer.ts', import.meta.url));
const freshPath = () => join(mkdtempSync(join(tmpdir(), 'pg-file-store-')), 'reports', 'manifest.json');

describe('FileStore', () => {
  it('starts from an empty manifest and writes atomically', async () => {
    const path = freshPath();
    const store = new FileStore(path);
    expect((await store.read()).entries).toEqual([]);
    expect((await store.apply(manifestEvent('failed'))).outcome).toBe('applied');
    expect(parseManifest(readFileSync(path, 'utf8'), path).entries[0]!.status).toBe('failure');
  });

  it('several processes writing at once lose no update', async () => {
    const path = freshPath();
    const writers = 4;
    const perWriter = 8;
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        promisify(execFile)(process.execPath, [
          '--import',
          'tsx',
          WRITER,
          path,
          String(w),
          String(perWriter),
        ]),
      ),
    );
    const manifest = parseManifest(readFileSync(path, 'utf8'), path);
    expect(manifest.entries).toHaveLength(writers * perWriter);
    expect(new Set(manifest.entries.map((e) => e.tag)).size).toBe(writers * perWriter);
  }, 60_000);

  it('takes over a lock left behind by a dead process', async () => {
    const path = freshPath();
    const store = new FileStore(path);
    await store.apply(manifestEvent('failed'));
    writeFileSync(`${path}.lock`, '99999\n');
    const { utimesSync } = await import('node:fs');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    expect((await store.apply(manifestEvent('requeued'))).outcome).toBe('applied');
  });

  it('refuses a manifest it cannot parse with input_invalid', async () => {
    const path = freshPath();
    const store = new FileStore(path);
    await store.apply(manifestEvent('failed'));
    writeFileSync(path, '{ not json');
    await expect(store.apply(manifestEvent('requeued'))).rejects.toMatchObject({ code: 'input_invalid' });
  });
});
