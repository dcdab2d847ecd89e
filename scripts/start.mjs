// `npm start`: the bundled CLI verifies real, public provenance offline and prints each verdict.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { cases } = JSON.parse(readFileSync(new URL('../examples/cases.json', import.meta.url), 'utf8'));
let unexpected = 0;
for (const example of cases) {
  console.log(`\n=== ${example.title}`);
  const run = spawnSync(process.execPath, ['dist/cli/index.js', 'verify', ...example.args], {
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const ok = run.status === example.expect;
  if (!ok) unexpected++;
  console.log(`--- exit ${run.status} (${ok ? 'as expected' : `UNEXPECTED: wanted ${example.expect}`})`);
}
console.log(`\n${cases.length - unexpected} of ${cases.length} examples behaved as expected.`);
process.exitCode = unexpected === 0 ? 0 : 1;
