// `npm run soak -- --releases N --fault-rate R --seed S [--shards K] [--quiet]`: the seeded fault soak of the
// whole release outside vitest (see test/soak/README.md). Prints the invariants table; exits 1 on any violation.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../test/soak/main.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 2);
