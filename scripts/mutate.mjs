// Mutation testing of the core (StrykerJS with the vitest runner): `npm run mutate -- policy provenance`;
// `--full` ignores the incremental results of earlier runs.
// Not part of `npm test` or CI: a full run takes tens of minutes. Reports land in reports/mutation/.
import { Stryker } from '@stryker-mutator/core';

// Each folder with the tests written for it: fast unit tests that pin its behaviour, not the broad integration
// suites (they cover everything and would make every mutant run for minutes), nor the CLI's tests (they import
// the modules inside a test, so Stryker counts the module-level schemas as covered by tests that never look
// at them).
const TARGETS = {
  policy: { mutate: 'src/core/policy', tests: ['test/core/policy/**/*.test.ts'] },
  provenance: {
    mutate: 'src/core/provenance',
    tests: ['test/core/provenance/**/*.test.ts', 'test/property/parser.property.test.ts'],
  },
  manifest: {
    mutate: 'src/core/manifest',
    tests: [
      'test/core/manifest/**/*.test.ts',
      'test/adapters/manifest/**/*.test.ts',
      'test/cli/manifest.test.ts',
    ],
  },
  verify: { mutate: 'src/commands/verify', tests: ['test/commands/verify/**/*.test.ts'] },
};

const args = process.argv.slice(2);
const full = args.includes('--full');
const names = args.filter((arg) => arg !== '--full');
const chosen = names.length > 0 ? names : Object.keys(TARGETS);
const unknown = chosen.filter((name) => !(name in TARGETS));
if (unknown.length > 0) {
  console.error(`unknown target(s) ${unknown.join(', ')}; choose from ${Object.keys(TARGETS).join(', ')}`);
  process.exit(2);
}

const scores = [];
for (const name of chosen) {
  const target = TARGETS[name];
  process.env.MUTATE_TESTS = target.tests.join(',');
  const results = await new Stryker({
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutate.config.ts', related: false },
    mutate: [`${target.mutate}/**/*.ts`, `!${target.mutate}/index.ts`],
    coverageAnalysis: 'perTest',
    concurrency: 2,
    reporters: ['clear-text', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    tempDirName: `.stryker-tmp/${name}`,
    // The sandbox copy leaves out other targets' sandboxes and the reports.
    ignorePatterns: ['/.stryker-tmp', '/reports'],
    // Reruns only the mutants whose code or covering tests changed since the last run of this target.
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    force: full,
    ignoreStatic: true,
    logLevel: 'warn',
  }).runMutationTest();
  const killed = results.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const valid = results.filter((m) => !['CompileError', 'RuntimeError', 'Ignored'].includes(m.status)).length;
  scores.push(
    `${name}: ${valid === 0 ? 'n/a' : ((100 * killed) / valid).toFixed(1)} % (${killed} of ${valid} mutants killed)`,
  );
}
console.log(['', 'mutation scores', ...scores].join('\n'));
