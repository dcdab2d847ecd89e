import { parentPort } from 'node:worker_threads';
import { runFor } from './measure.js';
import { createOursVerifier } from './warm-ours.js';

// Worker thread of warm-workers.ts: told a duration, it verifies for that long and answers the count.
const port = parentPort;
if (port === null) throw new Error('warm-worker.ts runs only as a worker thread');
const verifyNext = await createOursVerifier();
port.on('message', async (durationMs: number) => port.postMessage(await runFor(durationMs, verifyNext)));
port.postMessage('ready');
