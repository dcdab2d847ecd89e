import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { GuardError } from '../../core/errors/index.js';

export interface UnzipLimits {
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
}

export const defaultUnzipLimits: UnzipLimits = { maxTotalBytes: 4 * 1024 ** 3, maxEntries: 10_000 };

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * Extracts a zip archive into `target`, refusing what could escape it (zip-slip): `..` or absolute
 * names, symbolic links, and archives that inflate past the limits (counted on the bytes written,
 * not on the sizes the archive claims, and on every entry, directories included). Returns the extracted
 * files.
 */
export async function extractZipSafely(
  zipPath: string,
  target: string,
  limits: UnzipLimits = defaultUnzipLimits,
): Promise<string[]> {
  const root = resolve(target);
  const zip = await openZip(zipPath);
  const files: string[] = [];
  let written = 0;
  // Every entry counts, directories too: each is work and an inode.
  let entries = 0;
  try {
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      if (++entries > limits.maxEntries) refuse(zipPath, `more than ${limits.maxEntries} entries`);
      const destination = resolve(root, entry.fileName);
      const inside = relative(root, destination);
      if (inside.startsWith('..') || isAbsolute(inside))
        refuse(zipPath, `entry ${entry.fileName} would be written outside the target`);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
        refuse(zipPath, `entry ${entry.fileName} is a symbolic link`);
      if (entry.fileName.endsWith('/')) {
        await mkdir(destination, { recursive: true });
        continue;
      }
      await mkdir(dirname(destination), { recursive: true });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          if (written > limits.maxTotalBytes)
            done(
              new GuardError(
                'artifact_missing',
                `${zipPath} inflates past ${limits.maxTotalBytes} bytes: refused`,
              ),
            );
          else done(null, chunk);
        },
      });
      await pipeline(await openEntry(zip, entry), counter, createWriteStream(destination, { flags: 'wx' }));
      files.push(destination);
    }
  } finally {
    zip.close();
  }
  return files;
}

function refuse(zipPath: string, why: string): never {
  throw new GuardError('artifact_missing', `refused to extract ${zipPath}: ${why}`);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip)
        reject(
          new GuardError('artifact_missing', `${path} is not a readable zip archive: ${error?.message}`, {
            cause: error,
          }),
        );
      else resolvePromise(zip);
    });
  });
}

/** yauzl itself refuses `..`, absolute and backslash names while reading the directory. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolvePromise, reject) => {
    const cleanup = () =>
      zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: yauzl.Entry) => {
      cleanup();
      resolvePromise(entry);
    });
    zip.once('end', () => {
      cleanup();
      resolvePromise(null);
    });
    zip.once('error', (error: Error) => {
      cleanup();
      reject(
        new GuardError('artifact_missing', `refused to extract the archive: ${error.message}`, {
          cause: error,
        }),
      );
    });
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream)
        reject(
          new GuardError(
            'artifact_missing',
            `cannot read ${entry.fileName} from the archive: ${error?.message}`,
            { cause: error },
          ),
        );
      else resolvePromise(stream);
    });
  });
}
