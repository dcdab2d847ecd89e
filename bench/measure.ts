import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const REPETITIONS = 7;
export const WARMUPS = 1;

export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function summarize(values: readonly number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    median: median ?? 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/**
 * Runs every task once per round, in turn, so that drift during the run (CPU frequency, page
 * cache, a busy neighbour) affects ours and the reference alike; warm-up rounds are dropped.
 */
export async function interleave<Name extends string>(
  tasks: Record<Name, () => number | Promise<number>>,
  repetitions = REPETITIONS,
  warmups = WARMUPS,
): Promise<Record<Name, Sample>> {
  const names = Object.keys(tasks) as Name[];
  const values = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmups + repetitions; round++) {
    for (const name of names) {
      const value = await tasks[name]();
      if (round >= warmups) values.get(name)?.push(value);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(values.get(name) ?? [])])) as Record<
    Name,
    Sample
  >;
}

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
}

/** Wall-clock milliseconds of one whole process, spawn to exit. A failing command aborts the run: its time would mean nothing. */
export function timeProcess(command: Command): number {
  const start = performance.now();
  const result = spawnSync(command.file, command.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  assertSucceeded(command, result);
  return elapsed;
}

function assertSucceeded(command: Command, result: SpawnSyncReturns<Buffer>): void {
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${[command.file, ...command.args].join(' ')} exited with ${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`,
    );
  }
}

export interface ProcessRun {
  readonly ms: number;
  /** The process's peak resident set, worker threads included, in MiB. */
  readonly peakRssMiB: number;
}

// Preloaded into the measured process: at exit it writes its peak RSS (VmHWM, KiB). Not ru_maxrss: Linux carries
// that over from the parent across fork and exec, so a child of a large bench process would report the parent's size.
const REPORT_PEAK_RSS = `data:text/javascript,${encodeURIComponent(
  [
    "import { readFileSync, writeFileSync } from 'node:fs';",
    "process.on('exit', () => writeFileSync(process.env.BENCH_PEAK_RSS_FILE, /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]));",
  ].join(' '),
)}`;

/** Like `timeProcess` for a Node command, and the process's peak RSS, read back from `rssFile`. */
export function timeNodeProcess(command: Command, rssFile: string): ProcessRun {
  const start = performance.now();
  const result = spawnSync(command.file, [`--import=${REPORT_PEAK_RSS}`, ...command.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  assertSucceeded(command, result);
  return { ms, peakRssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

export interface Completions {
  readonly count: number;
  readonly elapsedMs: number;
}

/** Runs `operation` back to back for `durationMs` and counts the completions. */
export async function runFor(durationMs: number, operation: () => unknown): Promise<Completions> {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < durationMs) {
    await operation();
    count++;
  }
  return { count, elapsedMs: performance.now() - start };
}

export const perSecond = ({ count, elapsedMs }: Completions) => (count * 1000) / elapsedMs;
