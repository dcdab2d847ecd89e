import { parentPort, workerData } from 'node:worker_threads';
import { runFor } from './measure.js';
import { createOursVerifier } from './warm-ours.js';
import { createReferenceVerifier } from './warm-reference.js';
import type { WarmLoop } from './warm-workers.js';

// Worker thread of warm-workers.ts: told a duration, it verifies for that long and answers the count.
const port = parentPort;
if (port === null) throw new Error('warm-worker.ts runs only as a worker thread');
const verifyNext =
  (workerData as WarmLoop) === 'reference' ? createReferenceVerifier() : await createOursVerifier();
port.on('message', async (durationMs: number) => port.postMessage(await runFor(durationMs, verifyNext)));
port.postMessage('ready');
