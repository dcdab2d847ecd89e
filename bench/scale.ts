import { join } from 'node:path';
import { startSigstoreInstance } from '../test/support/sigstore/index.js';
import { assertCliBuilt, cli } from './cli.js';
import { interleave, summarize, timeNodeProcess, type Sample } from './measure.js';
import { mintRelease, RELEASE_REPOSITORY, type MintedRelease } from './minted-release.js';
import { printSamples, type Comparison } from './report.js';
import { withScratchDir } from './scratch-dir.js';

const KIB = 1024;
const MIB = 1024 * KIB;

interface Growth {
  readonly label: string;
  readonly small: { readonly name: string; readonly sizes: number[] };
  readonly large: { readonly name: string; readonly sizes: number[] };
  /** How many times more artifacts (or bytes) the large release has: the time goal for linear growth. */
  readonly factor: number;
  readonly repetitions: number;
}

const GROWTHS: readonly Growth[] = [
  {
    label: 'small artifacts, 1,000 vs 100 × 4 KiB',
    small: { name: 'n100', sizes: new Array(100).fill(4 * KIB) },
    large: { name: 'n1000', sizes: new Array(1000).fill(4 * KIB) },
    factor: 10,
    repetitions: 7,
  },
  {
    label: 'large artifacts, 20 vs 2 × 200 MiB',
    small: { name: 'b2', sizes: new Array(2).fill(200 * MIB) },
    large: { name: 'b20', sizes: new Array(20).fill(200 * MIB) },
    factor: 10,
    repetitions: 3,
  },
];

/** Peak memory may grow by this much from the small release to the large one and still count as flat. */
const FLAT_MEMORY_RATIO = 1.2;

/**
 * Whole-process `verify` of a release against one ten times its size (artifact count, then bytes):
 * time should grow at most linearly, peak RSS (worker threads included) not at all.
 */
export async function scale(): Promise<Comparison[]> {
  assertCliBuilt();
  return withScratchDir(async (dir) => {
    const instance = await startSigstoreInstance('public-good');
    let trustedRootPath: string;
    const releases = new Map<string, MintedRelease>();
    try {
      trustedRootPath = await instance.writeTrustedRoot(dir);
      for (const { small, large } of GROWTHS) {
        for (const { name, sizes } of [small, large])
          releases.set(name, await mintRelease(instance, dir, name, sizes));
      }
    } finally {
      await instance.close();
    }
    const rows: Comparison[] = [];
    for (const growth of GROWTHS) rows.push(...(await measureGrowth(growth, releases, trustedRootPath, dir)));
    return rows;
  });
}

async function measureGrowth(
  growth: Growth,
  releases: Map<string, MintedRelease>,
  trustedRootPath: string,
  dir: string,
): Promise<Comparison[]> {
  const peaks: Record<'small' | 'large', number[]> = { small: [], large: [] };
  const run = (which: 'small' | 'large') => {
    const release = releases.get(growth[which].name) as MintedRelease;
    const artifacts = release.artifactPaths.flatMap((path) => ['--artifact', path]);
    const command = cli(
      'verify',
      ...artifacts,
      '--provenance',
      release.provenancePath,
      '--trusted-root',
      trustedRootPath,
      '--expected-source-repo',
      RELEASE_REPOSITORY,
    );
    const { ms, peakRssMiB } = timeNodeProcess(command, join(dir, 'peak-rss'));
    peaks[which].push(peakRssMiB);
    return ms;
  };
  const times = await interleave(
    { small: () => run('small'), large: () => run('large') },
    growth.repetitions,
  );
  // The warm-up round's peaks are dropped like its times.
  const rss = (which: 'small' | 'large'): Sample => summarize(peaks[which].slice(-growth.repetitions));
  const [smallName, largeName] = [growth.small.name, growth.large.name];
  printSamples(`scale: ${growth.label} — whole process, time`, 'ms', {
    [largeName]: times.large,
    [smallName]: times.small,
  });
  printSamples(`scale: ${growth.label} — peak RSS`, 'MiB', {
    [largeName]: rss('large'),
    [smallName]: rss('small'),
  });
  return [
    {
      benchmark: `scale time: ${growth.label}`,
      unit: 'ms',
      ours: times.large,
      referenceName: smallName,
      reference: times.small,
      goal: { op: '≤', ratio: growth.factor },
    },
    {
      benchmark: `scale peak RSS: ${growth.label}`,
      unit: 'MiB',
      ours: rss('large'),
      referenceName: smallName,
      reference: rss('small'),
      goal: { op: '≤', ratio: FLAT_MEMORY_RATIO },
    },
  ];
}
