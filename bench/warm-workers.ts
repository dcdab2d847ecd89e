import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { perSecond, type Completions } from './measure.js';

const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_MODULE = new URL('./warm-worker.ts', import.meta.url).href;
// Node 20 does not apply loader hooks given in a Worker's execArgv (`--import tsx`, nodejs/node#47747,
// fixed in 22.2), so each worker registers tsx itself before importing the TypeScript module.
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_MODULE)}); });`;

export interface WarmWorkers {
  /** All workers verify for `durationMs` at once; their rates are summed. */
  opsPerSecond(durationMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startWarmWorkers(count: number): Promise<WarmWorkers> {
  const workers = Array.from({ length: count }, () => new Worker(BOOTSTRAP, { eval: true }));
  const close = async () => { await Promise.all(workers.map((worker) => worker.terminate())); };
  try {
    await Promise.all(workers.map((worker) => once(worker, 'message')));
  } catch (error) {
    await close();
    throw error;
  }
  return {
    async opsPerSecond(durationMs) {
      const replies = workers.map((worker) => once(worker, 'message'));
      for (const worker of workers) worker.postMessage(durationMs);
      const answers = await Promise.all(replies);
      return answers.reduce((sum, [completions]) => sum + perSecond(completions as Completions), 0);
    },
    close,
  };
}
