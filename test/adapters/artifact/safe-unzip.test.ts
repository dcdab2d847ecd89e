import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { extractZipSafely } from '../../../src/adapters/artifact/safe-unzip.js';
import { makeZip, makeZipSlip } from '../../support/zip.js';

const dir = () => mkdtempSync(join(tmpdir(), 'pg-unzip-'));
async function archive(buffer: Promise<Buffer>): Promise<{ zip: string; target: string; base: string }> {
  const base = dir();
  const zip = join(base, 'a.zip');
  writeFileSync(zip, await buffer);
  return { zip, target: join(base, 'out'), base };
}

describe('extractZipSafely', () => {
  it('extracts nested files', async () => {
    const { zip, target } = await archive(
      makeZip([
        { name: 'bin/tool', content: 'x' },
        { name: 'README', content: 'y' },
      ]),
    );
    const files = await extractZipSafely(zip, target);
    expect(files.map((f) => f.slice(target.length + 1)).sort()).toEqual(['README', 'bin/tool']);
    expect(readFileSync(join(target, 'bin/tool'), 'utf8')).toBe('x');
  });

  it.each(['../evil.sh', '../../tmp/evil', 'a/../../evil'])(
    'refuses the zip-slip entry %s and writes nothing outside',
    async (name) => {
      const { zip, target, base } = await archive(makeZipSlip(name));
      await expect(extractZipSafely(zip, target)).rejects.toMatchObject({
        code: 'artifact_missing',
        message: expect.stringMatching(/refused/),
      });
      expect(existsSync(join(base, 'evil.sh'))).toBe(false);
      expect(existsSync(join(base, 'evil'))).toBe(false);
    },
  );

  it('refuses an absolute entry name', async () => {
    const { zip, target } = await archive(makeZipSlip('/tmp/pg-absolute-evil'));
    await expect(extractZipSafely(zip, target)).rejects.toMatchObject({ code: 'artifact_missing' });
    expect(existsSync('/tmp/pg-absolute-evil')).toBe(false);
  });

  it('refuses symbolic links', async () => {
    const { zip, target } = await archive(
      makeZip([{ name: 'link', content: '/etc/passwd', mode: 0o120777 }]),
    );
    await expect(extractZipSafely(zip, target)).rejects.toThrow(/symbolic link/);
  });

  it('caps what an archive may inflate to, counting bytes written', async () => {
    const { zip, target } = await archive(makeZip([{ name: 'big', content: Buffer.alloc(1024 * 1024) }]));
    await expect(extractZipSafely(zip, target, { maxTotalBytes: 64 * 1024, maxEntries: 10 })).rejects.toThrow(
      /inflates past/,
    );
    const many = await archive(
      makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, content: 'x' }))),
    );
    await expect(
      extractZipSafely(many.zip, many.target, { maxTotalBytes: 1e6, maxEntries: 3 }),
    ).rejects.toThrow(/more than 3 entries/);
  });

  it('counts directory entries against the entry cap too', async () => {
    const { zip, target } = await archive(directories(5_000));
    await expect(extractZipSafely(zip, target, { maxTotalBytes: 1e6, maxEntries: 100 })).rejects.toThrow(
      /more than 100 entries/,
    );
    const few = await archive(directories(3));
    expect(await extractZipSafely(few.zip, few.target, { maxTotalBytes: 1e6, maxEntries: 3 })).toEqual([]);
    expect(existsSync(join(few.target, 'd2'))).toBe(true);
  });

  it('says what is wrong with something that is not a zip', async () => {
    const base = dir();
    writeFileSync(join(base, 'x.zip'), 'not a zip');
    await expect(extractZipSafely(join(base, 'x.zip'), join(base, 'out'))).rejects.toThrow(
      /not a readable zip archive/,
    );
  });
});

/** An archive of `count` empty directories (`makeZip` writes files only). */
function directories(count: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (let i = 0; i < count; i++) zip.addEmptyDirectory(`d${i}/`);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}
