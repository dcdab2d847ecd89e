// Bundles each entry point into dist/ with ncc; CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ENTRIES = [
  ['src/action/validate/index.ts', 'dist'],
  ['src/action/notify/index.ts', 'dist/notify'],
  ['src/action/recover/index.ts', 'dist/recover'],
  ['src/action/rollback/index.ts', 'dist/rollback'],
  ['src/action/verdict-signature/index.ts', 'dist/verdict-signature'],
  ['src/cli/index.ts', 'dist/cli'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of ENTRIES) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    { stdio: 'inherit' },
  );
}
