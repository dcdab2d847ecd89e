import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { GuardError } from '../../core/errors/index.js';
import type { ArtifactDigest, DigestAlgorithm } from '../../core/policy/index.js';

/** Below this total size, worker start-up (about 20 ms of CPU each) costs more than a second core saves. */
const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
/**
 * Measured on 256 MiB in the page cache: 256 KiB to 1 MiB reads are fastest, 64 KiB (stream default) and 16
 * MiB slower.
 */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Hashes every artifact once, reading through one reused buffer. Large sets go to a pool of worker
 * threads (one per core), which leaves the main thread free to verify signatures meanwhile; small
 * ones are read synchronously, since a few small reads cost less than the event-loop round trips.
 */
export async function hashArtifacts(
  paths: readonly string[],
  algorithm: DigestAlgorithm,
): Promise<ArtifactDigest[]> {
  const total = paths.reduce((sum, path) => sum + sizeOf(path), 0);
  const hexes =
    total >= PARALLEL_THRESHOLD_BYTES
      ? await hashInWorkers(paths, algorithm)
      : hashInProcess(paths, algorithm);
  return paths.map((path, i) => ({ name: basename(path), algorithm, hex: hexes[i] as string }));
}

function sizeOf(path: string): number {
  try {
    const info = fs.statSync(path);
    if (!info.isFile()) throw new Error('not a regular file');
    return info.size;
  } catch (error) {
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): GuardError {
  return new GuardError(
    'artifact_missing',
    `cannot read artifact ${path}: ${(error as Error).message ?? String(error)}`,
    { cause: error },
  );
}

interface HashFileRequest {
  readonly files: typeof fs;
  readonly hashes: typeof crypto;
  readonly buffer: Buffer;
  readonly path: string;
  readonly algorithm: string;
}

/**
 * The one hashing loop, run in process and in the workers. It reaches its modules through its
 * request only, so that its source text (`toString`) runs unchanged inside a worker after bundling.
 */
function hashFile({ files, hashes, buffer, path, algorithm }: HashFileRequest): string {
  const fd = files.openSync(path, 'r');
  try {
    const hash = hashes.createHash(algorithm);
    for (let read; (read = files.readSync(fd, buffer, 0, buffer.length, null)) > 0;)
      hash.update(buffer.subarray(0, read));
    return hash.digest('hex');
  } finally {
    files.closeSync(fd);
  }
}

function hashInProcess(paths: readonly string[], algorithm: DigestAlgorithm): string[] {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  return paths.map((path) => {
    try {
      return hashFile({ files: fs, hashes: crypto, buffer, path, algorithm });
    } catch (error) {
      throw unreadable(path, error);
    }
  });
}

// Inline so the bundled action needs no second file next to it.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hashFile = ${hashFile.toString()};
const buffer = Buffer.allocUnsafe(${CHUNK_BYTES});
parentPort.on('message', ({ index, path, algorithm }) => {
  try {
    const hex = hashFile({ files: require('node:fs'), hashes: require('node:crypto'), buffer, path, algorithm });
    parentPort.postMessage({ index, hex });
  } catch (error) {
    parentPort.postMessage({ index, error: error.message });
  }
});
`;

/** One worker per core, each taking the next file when it finishes one. */
function hashInWorkers(paths: readonly string[], algorithm: DigestAlgorithm): Promise<string[]> {
  const hexes: string[] = new Array(paths.length);
  const workers = Array.from(
    { length: Math.min(availableParallelism(), paths.length) },
    () => new Worker(WORKER_SOURCE, { eval: true }),
  );
  let next = 0;
  let done = 0;
  return new Promise<string[]>((resolve, reject) => {
    const finish = (error?: GuardError) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(hexes);
    };
    const feed = (worker: Worker) => {
      if (next < paths.length) worker.postMessage({ index: next, path: paths[next++], algorithm });
    };
    for (const worker of workers) {
      worker.on('message', (message: { index: number; hex?: string; error?: string }) => {
        if (message.hex === undefined)
          return finish(unreadable(paths[message.index] as string, new Error(message.error)));
        hexes[message.index] = message.hex;
        if (++done === paths.length) finish();
        else feed(worker);
      });
      worker.once('error', (error) => finish(unreadable(paths[0] as string, error)));
      feed(worker);
    }
  });
}
