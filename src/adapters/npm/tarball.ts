import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** What names an npm package version: `name` and `version` of the tarball's `package.json`. */
export interface PackageIdentity {
  readonly name: string;
  readonly version: string;
}

/** A tarball is read no further than this many unpacked bytes while looking for its `package.json`. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** A `package.json` larger than this is not read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const BLOCK = 512;

/**
 * The package an npm tarball (gzip of a ustar archive, files under one top directory, `package/` as `npm
 * pack` writes it) is, read from its top-level `package.json`; null for anything else: not gzip, not tar, no
 * `package.json` with a string `name` and `version`, or none within `MAX_UNPACKED_BYTES`. Nothing is written
 * to disk: entries are skipped by their header's size, and only the manifest is kept in memory.
 */
export async function readPackageIdentity(path: string): Promise<PackageIdentity | null> {
  const manifest = await findManifest(path).catch(() => null);
  if (manifest === null) return null;
  try {
    const parsed = JSON.parse(manifest.toString('utf8')) as { name?: unknown; version?: unknown };
    return typeof parsed.name === 'string' &&
      parsed.name !== '' &&
      typeof parsed.version === 'string' &&
      parsed.version !== ''
      ? { name: parsed.name, version: parsed.version }
      : null;
  } catch {
    return null;
  }
}

interface Entry {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

function parseHeader(block: Buffer): Entry | null {
  if (block.every((byte) => byte === 0)) return null;
  const field = (offset: number, length: number) =>
    block
      .subarray(offset, offset + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  const stored = block.subarray(148, 156).toString('ascii').replaceAll('\0', ' ').trim();
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  if (!/^[0-7]+$/.test(stored) || parseInt(stored, 8) !== sum) throw new Error('not a tar header');
  const sizeField = field(124, 12).trim();
  const size = sizeField === '' ? 0 : parseInt(sizeField, 8);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error('bad tar entry size');
  const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
  const name = field(0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, type: field(156, 1) || '0', size };
}

/** `package.json` directly under the archive's top directory (`package/package.json`). */
const isManifest = (name: string): boolean => /^\.?\/?[^/]+\/package\.json$/.test(name);

/** The pax `path` record of an extended header, if any. */
function paxPath(data: Buffer): string | null {
  const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
  return match?.[1] ?? null;
}

async function findManifest(path: string): Promise<Buffer | null> {
  const stream = createReadStream(path).pipe(createGunzip());
  let pending: Buffer = Buffer.alloc(0);
  let unpacked = 0;
  let entry: Entry | null = null;
  let nextName: string | null = null;
  let remaining = 0;
  let kept: Buffer[] | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED_BYTES) return null;
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        if (entry === null) {
          if (pending.length < BLOCK) break;
          const header = parseHeader(pending.subarray(0, BLOCK));
          pending = pending.subarray(BLOCK);
          if (header === null) return null;
          const name: string = nextName ?? header.name;
          nextName = null;
          entry = { ...header, name };
          remaining = Math.ceil(header.size / BLOCK) * BLOCK;
          const wanted: boolean =
            header.type === 'x' || header.type === 'L' || (isManifest(name) && /^[0\0]$/.test(header.type));
          if (wanted && header.size > MAX_MANIFEST_BYTES) return null;
          kept = wanted ? [] : null;
        }
        const take = Math.min(remaining, pending.length);
        if (kept !== null) kept.push(pending.subarray(0, take));
        pending = pending.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
        const data: Buffer | null = kept === null ? null : Buffer.concat(kept).subarray(0, entry.size);
        if (data !== null && entry.type === 'x') nextName = paxPath(data);
        else if (data !== null && entry.type === 'L') nextName = data.toString('utf8').replace(/\0.*$/s, '');
        else if (data !== null) return data;
        entry = null;
        kept = null;
      }
    }
    return null;
  } finally {
    stream.destroy();
  }
}
