import { performance } from 'node:perf_hooks';
import { Octokit } from '@octokit/rest';
import { GitHubContentsStore, defaultRetryTiming } from '../src/adapters/manifest/index.js';
import {
  applyEvent,
  emptyManifest,
  serializeManifest,
  type Manifest,
  type ManifestEvent,
} from '../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulator/emulator.js';
import { interleave } from './measure.js';
import { printSamples, single, type Comparison } from './report.js';

const PATH = 'docs/reports/bench/manifest.json';
const ENTRIES = 10_000;
const GROWTH = [1_000, 10_000] as const;
const WRITERS = 32;
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const failedEvent = (tag: string, runId: number, actor = 'release-bot'): ManifestEvent => ({
  event: 'failed',
  failure_reason: 'subject_mismatch',
  tag,
  run_id: runId,
  run_attempt: 1,
  at: new Date(1_800_000_000_000 + runId).toISOString(),
  actor,
});

/** A manifest of `size` entries, each one release that failed once: built by copying one applied entry, not by `size` applies. */
function manifestOf(size: number): Manifest {
  const applied = applyEvent(emptyManifest(), failedEvent('v0.0.0', 1));
  if (!applied.ok) throw new Error(applied.reason);
  const [template] = applied.manifest.entries;
  if (!template) throw new Error('the seed event made no entry');
  return {
    ...applied.manifest,
    entries: Array.from({ length: size }, (_, i) => ({ ...template, tag: `v0.${i}.0`, run_id: 1 + i })),
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * The manifest at size, through `GitHubContentsStore` against the emulator with the store's default
 * retry timing: 32 writers at once on 10,000 entries (round trips each writer needed), and the time
 * of one event applied through the store as the manifest grows tenfold (read, parse, apply, serialize, write).
 */
export async function manifestScale(): Promise<Comparison[]> {
  const gh = await startGitHubEmulator({ tokens: { bench: ['contents:write'] } });
  const octokit = new Octokit({ baseUrl: gh.url, auth: 'bench', retry: { enabled: false }, log: quiet });
  try {
    return [await contention(gh, octokit), await applyGrowth(gh, octokit)];
  } finally {
    await gh.close();
  }
}

function seed(gh: GitHubEmulator, repo: string, size: number): void {
  gh.state.repos.create(`bench/${repo}`);
  gh.state.contents.put(`bench/${repo}`, PATH, serializeManifest(manifestOf(size)));
}

async function contention(gh: GitHubEmulator, octokit: Octokit): Promise<Comparison> {
  seed(gh, 'contention', ENTRIES);
  const store = () =>
    new GitHubContentsStore(octokit, { owner: 'bench', repo: 'contention', path: PATH }, defaultRetryTiming);
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: WRITERS }, (_, i) =>
      store().apply(failedEvent(`v1.${i}.0`, 100_000 + i, `writer-${i}`)),
    ),
  );
  const elapsed = performance.now() - started;
  // A writer that gave up (lock_timeout) used every attempt and still needed more: counted as all of them.
  const attempts = results.map((r) =>
    r.status === 'fulfilled' ? r.value.attempts : defaultRetryTiming.maxAttempts,
  );
  const gaveUp = results.filter((r) => r.status === 'rejected').length;
  const stored = JSON.parse(
    gh.state.contents.read('bench/contention', PATH)?.bytes.toString() ?? '{"entries":[]}',
  ) as Manifest;
  const lost = ENTRIES + WRITERS - gaveUp - stored.entries.length;
  console.log(
    `\nmanifest at scale: ${WRITERS} writers at once on ${ENTRIES.toLocaleString('en')} entries, default retry timing`,
  );
  console.log(
    `  round trips per writer: p50 ${percentile(attempts, 50)}, p95 ${percentile(attempts, 95)}, max ${Math.max(...attempts)}; gave up (lock_timeout after ${defaultRetryTiming.maxAttempts}) ${gaveUp}; lost updates ${lost}; ${elapsed.toFixed(0)} ms in all`,
  );
  return {
    benchmark: `manifest: p95 round trips, ${WRITERS} writers on ${ENTRIES.toLocaleString('en')} entries`,
    unit: 'round trips',
    ours: single(percentile(attempts, 95)),
    referenceName: 'one round trip',
    reference: single(1),
    goal: { op: '≤', ratio: 4 },
  };
}

async function applyGrowth(gh: GitHubEmulator, octokit: Octokit): Promise<Comparison> {
  const stores = Object.fromEntries(
    GROWTH.map((size) => {
      seed(gh, `growth-${size}`, size);
      return [size, new GitHubContentsStore(octokit, { owner: 'bench', repo: `growth-${size}`, path: PATH })];
    }),
  ) as Record<(typeof GROWTH)[number], GitHubContentsStore>;
  let runId = 200_000;
  const applyOne = async (size: (typeof GROWTH)[number]) => {
    const started = performance.now();
    await stores[size].apply(failedEvent(`v2.${runId}.0`, runId++));
    return performance.now() - started;
  };
  const [small, large] = GROWTH;
  const samples = await interleave({ small: () => applyOne(small), large: () => applyOne(large) });
  printSamples(
    'manifest at scale: one event applied through the store (read, parse, apply, serialize, write)',
    'ms',
    {
      [`${large.toLocaleString('en')} entries`]: samples.large,
      [`${small.toLocaleString('en')} entries`]: samples.small,
    },
  );
  return {
    benchmark: `manifest: apply one event, ${large.toLocaleString('en')} vs ${small.toLocaleString('en')} entries`,
    unit: 'ms',
    ours: samples.large,
    referenceName: `${small.toLocaleString('en')} entries`,
    reference: samples.small,
    goal: { op: '≤', ratio: large / small },
  };
}
