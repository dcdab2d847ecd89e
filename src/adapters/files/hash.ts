import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { GuardError } from '../../core/errors/index.js';
import type { ArtifactDigest, DigestAlgorithm } from '../../core/policy/index.js';

/** Below this total size, worker start-up costs more than a second core saves. */
const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
const HIGH_WATER_MARK = 1024 * 1024;

/** Hashes every artifact once, streaming; large sets are spread over the machine's cores. */
export async function hashArtifacts(paths: readonly string[], algorithm: DigestAlgorithm): Promise<ArtifactDigest[]> {
  const sizes = await Promise.all(paths.map(sizeOf));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const lanes = Math.min(availableParallelism(), paths.length);
  const hashOne = lanes > 1 && total >= PARALLEL_THRESHOLD_BYTES ? hashInWorker : hashInProcess;
  const hexes = await runInLanes(paths, Math.max(lanes, 1), (path) => hashOne(path, algorithm));
  return paths.map((path, i) => ({ name: basename(path), algorithm, hex: hexes[i] as string }));
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    return info.size;
  } catch (error) {
    throw new GuardError('artifact_missing', `cannot read artifact ${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function runInLanes<T>(items: readonly string[], lanes: number, work: (item: string) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as string);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

export function hashInProcess(path: string, algorithm: DigestAlgorithm): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash(algorithm);
    createReadStream(path, { highWaterMark: HIGH_WATER_MARK })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (error) => reject(new GuardError('artifact_missing', `cannot read artifact ${path}: ${error.message}`, { cause: error })))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

// Inline so the bundled action needs no second file next to it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
const hash = createHash(workerData.algorithm);
createReadStream(workerData.path, { highWaterMark: ${HIGH_WATER_MARK} })
  .on('data', (chunk) => hash.update(chunk))
  .on('error', (error) => parentPort.postMessage({ error: error.message }))
  .on('end', () => parentPort.postMessage({ hex: hash.digest('hex') }));
`;

function hashInWorker(path: string, algorithm: DigestAlgorithm): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, algorithm } });
    worker.once('message', (message: { hex?: string; error?: string }) => {
      void worker.terminate();
      if (message.hex) resolve(message.hex);
      else reject(new GuardError('artifact_missing', `cannot read artifact ${path}: ${message.error}`));
    });
    worker.once('error', (error) => reject(new GuardError('artifact_missing', `cannot hash artifact ${path}: ${error.message}`, { cause: error })));
  });
}
