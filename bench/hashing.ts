import { spawnSync } from 'node:child_process';
import { startSigstoreInstance } from '../test/support/sigstore/index.js';
import { assertCliBuilt, cli } from './cli.js';
import { hashRate } from './hash-rate.js';
import { interleave, timeProcess, type Command } from './measure.js';
import { mintRelease, RELEASE_REPOSITORY, type MintedRelease } from './minted-release.js';
import { printSamples, type Comparison, type Goal } from './report.js';
import { withScratchDir } from './scratch-dir.js';

const MIB = 1024 * 1024;

interface Scenario {
  readonly name: string;
  readonly label: string;
  readonly sizes: readonly number[];
  readonly goal: Goal;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'many',
    label: 'hashing: 8 × 32 MiB',
    sizes: new Array<number>(8).fill(32 * MIB),
    goal: { op: '≤', ratio: 1.0 },
  },
  { name: 'large', label: 'hashing: 1 × 256 MiB', sizes: [256 * MIB], goal: { op: '≤', ratio: 1.3 } },
];

const REFERENCE_NAME = 'openssl dgst -sha256';

/** Verifying artifacts against one provenance, as a whole process, against the cost of hashing them alone. */
export async function hashing(): Promise<Comparison[]> {
  assertCliBuilt();
  const openssl = opensslVersion();
  if (openssl === null) {
    console.log(
      `\nhashing: SKIPPED — the reference \`${REFERENCE_NAME}\` is missing (\`openssl version\` failed); coreutils sha256sum is not the reference`,
    );
    return [];
  }
  console.log(
    `\nhashing: reference \`${REFERENCE_NAME}\` (${openssl}, SHA-NI where the CPU has it); coreutils sha256sum is not the reference`,
  );
  return withScratchDir(async (dir) => {
    const { trustedRootPath, releases } = await mintReleases(dir);
    const rows: Comparison[] = [await hashRate()];
    for (const [i, scenario] of SCENARIOS.entries())
      rows.push(await compare(scenario, releases[i] as MintedRelease, trustedRootPath));
    return rows;
  });
}

async function mintReleases(dir: string): Promise<{ trustedRootPath: string; releases: MintedRelease[] }> {
  const instance = await startSigstoreInstance('public-good');
  try {
    const trustedRootPath = await instance.writeTrustedRoot(dir);
    const releases: MintedRelease[] = [];
    for (const scenario of SCENARIOS)
      releases.push(await mintRelease(instance, dir, scenario.name, scenario.sizes));
    return { trustedRootPath, releases };
  } finally {
    await instance.close();
  }
}

async function compare(
  scenario: Scenario,
  release: MintedRelease,
  trustedRootPath: string,
): Promise<Comparison> {
  const artifacts = release.artifactPaths.flatMap((path) => ['--artifact', path]);
  const ours = cli(
    'verify',
    ...artifacts,
    '--provenance',
    release.provenancePath,
    '--trusted-root',
    trustedRootPath,
    '--expected-source-repo',
    RELEASE_REPOSITORY,
  );
  const reference: Command = { file: 'openssl', args: ['dgst', '-sha256', ...release.artifactPaths] };
  const samples = await interleave({
    ours: () => timeProcess(ours),
    reference: () => timeProcess(reference),
  });
  printSamples(`${scenario.label} — whole process, files in the page cache`, 'ms', {
    'provenance-guard verify': samples.ours,
    [REFERENCE_NAME]: samples.reference,
  });
  return {
    benchmark: scenario.label,
    unit: 'ms',
    ours: samples.ours,
    referenceName: REFERENCE_NAME,
    reference: samples.reference,
    goal: scenario.goal,
  };
}

function opensslVersion(): string | null {
  const result = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? (result.stdout.split(' (')[0] ?? result.stdout).trim() : null;
}
