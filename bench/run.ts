import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { coldStart } from './cold-start.js';
import { hashing } from './hashing.js';
import { manifestContention } from './manifest-contention.js';
import { manifestScale } from './manifest-scale.js';
import { scale } from './scale.js';
import { validateRoundTrips } from './validate-round-trips.js';
import { REPETITIONS, WARMUPS } from './measure.js';
import { printTable, type Comparison } from './report.js';
import { warmThroughput } from './warm-throughput.js';

const BENCHMARKS: Record<string, () => Promise<Comparison[]>> = {
  hashing,
  'cold-start': coldStart,
  'warm-throughput': warmThroughput,
  'manifest-contention': manifestContention,
  'manifest-scale': manifestScale,
  scale,
  'validate-round-trips': validateRoundTrips,
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; choose from: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(2);
}

// A busy machine slows ours, which uses both cores, more than single-threaded references: say how busy it was.
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const start = performance.now();
console.log(
  `provenance-guard benchmarks — Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
);
console.log(`load average at start: ${load()}`);
console.log(
  `Each figure: median of ${REPETITIONS} runs after ${WARMUPS} warm-up, ours and its reference interleaved. Not a test: nothing fails on a missed goal.`,
);
const rows: Comparison[] = [];
for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
  rows.push(...(await (BENCHMARKS[name] as () => Promise<Comparison[]>)()));
}
printTable(rows);
console.log(`total ${((performance.now() - start) / 1000).toFixed(0)} s; load average at end: ${load()}`);
