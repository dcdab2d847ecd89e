import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { perSecond, type Completions } from './measure.js';

export type WarmLoop = 'ours' | 'reference';

const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_MODULE = new URL('./warm-worker.ts', import.meta.url).href;
// Node 20 does not apply loader hooks given in a Worker's execArgv (`--import tsx`, nodejs/node#47747,
// fixed in 22.2), so each worker registers tsx itself before importing the TypeScript module.
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_MODULE)}); });`;

export interface WarmWorkers {
  /** The workers of one loop verify for `durationMs` at once; their rates are summed. */
  opsPerSecond(loop: WarmLoop, durationMs: number): Promise<number>;
  close(): Promise<void>;
}

/** `perLoop` workers for each loop, started once and kept warm between windows. */
export async function startWarmWorkers(perLoop: number): Promise<WarmWorkers> {
  const start = (loop: WarmLoop) =>
    Array.from({ length: perLoop }, () => new Worker(BOOTSTRAP, { eval: true, workerData: loop }));
  const pools: Record<WarmLoop, Worker[]> = { ours: start('ours'), reference: start('reference') };
  const all = [...pools.ours, ...pools.reference];
  const close = async () => {
    await Promise.all(all.map((worker) => worker.terminate()));
  };
  try {
    await Promise.all(all.map((worker) => once(worker, 'message')));
  } catch (error) {
    await close();
    throw error;
  }
  return {
    async opsPerSecond(loop, durationMs) {
      const replies = pools[loop].map((worker) => once(worker, 'message'));
      for (const worker of pools[loop]) worker.postMessage(durationMs);
      const answers = await Promise.all(replies);
      return answers.reduce((sum, [completions]) => sum + perSecond(completions as Completions), 0);
    },
    close,
  };
}
