import { performance } from 'node:perf_hooks';
import { Octokit } from '@octokit/rest';
import { GitHubContentsStore, defaultRetryTiming } from '../src/adapters/manifest/index.js';
import type { ManifestEvent } from '../src/core/manifest/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test/emulator/emulator.js';
import type { Comparison } from './report.js';
import type { Sample } from './measure.js';

const WRITER_COUNTS = [1, 4, 8, 16, 32];
const PATH = 'docs/reports/bench/manifest.json';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const one = (value: number): Sample => ({ median: value, min: value, max: value, runs: 1 });

function event(i: number, repo: number): ManifestEvent {
  return {
    event: 'failed',
    failure_reason: 'subject_mismatch',
    tag: `v${repo}.${i}.0`,
    run_id: 1 + i,
    run_attempt: 1,
    at: new Date(1_800_000_000_000 + i).toISOString(),
    actor: `writer-${i}`,
  };
}

/** N writers record one event each into one manifest, all at once vs one after another. */
async function measure(
  gh: GitHubEmulator,
  octokit: Octokit,
  writers: number,
  concurrent: boolean,
  repo: number,
) {
  gh.state.repos.create(`bench/manifest-${repo}`);
  const store = () =>
    new GitHubContentsStore(
      octokit,
      { owner: 'bench', repo: `manifest-${repo}`, path: PATH },
      { ...defaultRetryTiming, maxAttempts: 200, baseDelayMs: 2, maxDelayMs: 50 },
    );
  const started = performance.now();
  const results = [];
  if (concurrent)
    results.push(
      ...(await Promise.all(Array.from({ length: writers }, (_, i) => store().apply(event(i, repo))))),
    );
  else for (let i = 0; i < writers; i++) results.push(await store().apply(event(i, repo)));
  const total = performance.now() - started;
  const lost =
    writers -
    JSON.parse(gh.state.contents.read(`bench/manifest-${repo}`, PATH)!.bytes.toString()).entries.length;
  return { total, attempts: results.map((r) => r.attempts), lost };
}

export async function manifestContention(): Promise<Comparison[]> {
  const gh = await startGitHubEmulator({ tokens: { bench: ['contents:write'] } });
  const quiet = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
  };
  const octokit = new Octokit({ baseUrl: gh.url, auth: 'bench', retry: { enabled: false }, log: quiet });
  const rows: Comparison[] = [];
  console.log(
    '\nmanifest-contention: N writers, one event each, GitHubContentsStore against the loopback emulator (sha compare-and-swap)',
  );
  console.log('  writers  round trips p50  p95  max   lost  concurrent total  sequential total');
  let repo = 0;
  try {
    await measure(gh, octokit, 4, true, repo++); // warm-up: JIT and sockets
    for (const writers of WRITER_COUNTS) {
      const concurrent = await measure(gh, octokit, writers, true, repo++);
      const sequential = await measure(gh, octokit, writers, false, repo++);
      const a = concurrent.attempts;
      console.log(
        `  ${String(writers).padStart(7)}  ${String(percentile(a, 50)).padStart(15)}  ${String(percentile(a, 95)).padStart(3)}  ${String(Math.max(...a)).padStart(3)}  ${String(concurrent.lost + sequential.lost).padStart(5)}  ${concurrent.total.toFixed(0).padStart(13)} ms  ${sequential.total.toFixed(0).padStart(13)} ms`,
      );
      rows.push({
        benchmark: `manifest: ${writers} concurrent writers`,
        unit: 'ms',
        ours: one(concurrent.total),
        referenceName: 'same writes in sequence',
        reference: one(sequential.total),
        goal: null,
      });
    }
  } finally {
    await gh.close();
  }
  return rows;
}
