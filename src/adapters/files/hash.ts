import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { GuardError } from '../../core/errors/index.js';
import type { ArtifactDigest, DigestAlgorithm } from '../../core/policy/index.js';

/** Below this total size, worker start-up costs more than a second core saves. */
const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/**
 * Hashes every artifact once, streaming through one reused buffer. Large sets go to a pool of
 * worker threads (one per core), which leaves the main thread free to verify signatures meanwhile.
 */
export async function hashArtifacts(paths: readonly string[], algorithm: DigestAlgorithm): Promise<ArtifactDigest[]> {
  const sizes = await Promise.all(paths.map(sizeOf));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const hexes = total >= PARALLEL_THRESHOLD_BYTES ? await hashInWorkers(paths, algorithm) : await hashInProcess(paths, algorithm);
  return paths.map((path, i) => ({ name: basename(path), algorithm, hex: hexes[i] as string }));
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    return info.size;
  } catch (error) {
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): GuardError {
  return new GuardError('artifact_missing', `cannot read artifact ${path}: ${(error as Error).message ?? String(error)}`, { cause: error });
}

async function hashInProcess(paths: readonly string[], algorithm: DigestAlgorithm): Promise<string[]> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const hexes: string[] = [];
  for (const path of paths) {
    try {
      const file = await open(path, 'r');
      try {
        const hash = createHash(algorithm);
        for (let read = 0; (read = (await file.read(buffer, 0, buffer.length, null)).bytesRead) > 0;) hash.update(buffer.subarray(0, read));
        hexes.push(hash.digest('hex'));
      } finally {
        await file.close();
      }
    } catch (error) {
      throw unreadable(path, error);
    }
  }
  return hexes;
}

// Inline so the bundled action needs no second file next to it. Sync reads are fine off the main thread.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${CHUNK_BYTES});
parentPort.on('message', ({ index, path, algorithm }) => {
  try {
    const fd = openSync(path, 'r');
    const hash = createHash(algorithm);
    try {
      for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ index, hex: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ index, error: error.message });
  }
});
`;

/** One worker per core, each taking the next file when it finishes one. */
function hashInWorkers(paths: readonly string[], algorithm: DigestAlgorithm): Promise<string[]> {
  const hexes: string[] = new Array(paths.length);
  const workers = Array.from({ length: Math.min(availableParallelism(), paths.length) }, () => new Worker(WORKER_SOURCE, { eval: true }));
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
        if (message.hex === undefined) return finish(unreadable(paths[message.index] as string, new Error(message.error)));
        hexes[message.index] = message.hex;
        if (++done === paths.length) finish();
        else feed(worker);
      });
      worker.once('error', (error) => finish(unreadable(paths[0] as string, error)));
      feed(worker);
    }
  });
}
