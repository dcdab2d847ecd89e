import { parseArgs } from 'node:util';
import { formatReport, runSoak, violations } from './soak.js';

// The stand-ins run in this process with @actions/core, which prints workflow commands (`::debug::…`): on a
// terminal they are noise, under a CI runner they would be obeyed.
const print = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
  /^::[a-z-]+(?: [^\n]*?)?::/.test(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
    ? true
    : (print as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;

/** `npm run soak -- --releases N --fault-rate R --seed S`: the table on stdout, exit 1 on any violation. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      releases: { type: 'string', default: '20' },
      'fault-rate': { type: 'string', default: '0.3' },
      seed: { type: 'string', default: '1' },
      shards: { type: 'string', default: '2' },
      quiet: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  const releases = Number(values.releases);
  const faultRate = Number(values['fault-rate']);
  const seed = Number(values.seed);
  if (!Number.isInteger(releases) || releases < 1) throw new Error('--releases must be a positive integer');
  if (!(faultRate >= 0 && faultRate <= 1)) throw new Error('--fault-rate must be between 0 and 1');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const shards = Number(values.shards);
  if (!Number.isInteger(shards) || shards < 1) throw new Error('--shards must be a positive integer');
  const report = await runSoak({
    releases,
    faultRate,
    seed,
    shards,
    progress: values.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatReport(report, { explain: values.explain })}\n`);
  return violations(report) === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
