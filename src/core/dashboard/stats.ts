import type { Count, DailyRate, DayRange, SampledDistribution } from './model.js';

/** The UTC day of an ISO 8601 time, or null when it is not one. */
export function dayOf(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

export function inRange(day: string, range: DayRange): boolean {
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}

/**
 * Linear interpolation between closest ranks, as PostgreSQL's percentile_cont: the page and the views agree.
 */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (upper - lower) * (position - below);
}

/** Upper bounds in seconds; one scale serves lock waits (seconds) and issue latency (hours). */
const BUCKETS: readonly { readonly label: string; readonly below: number }[] = [
  { label: '< 1 s', below: 1 },
  { label: '1–5 s', below: 5 },
  { label: '5–30 s', below: 30 },
  { label: '30 s–2 min', below: 120 },
  { label: '2–10 min', below: 600 },
  { label: '10–60 min', below: 3600 },
  { label: '1–6 h', below: 6 * 3600 },
  { label: '6–24 h', below: 86_400 },
  { label: '≥ 1 day', below: Infinity },
];

export function distribution(values: readonly number[]): SampledDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  const counts = BUCKETS.map(({ label }) => ({ label, count: 0 }));
  for (const value of sorted) counts[BUCKETS.findIndex(({ below }) => value < below)]!.count++;
  const first = counts.findIndex(({ count }) => count > 0);
  const last = counts.findLastIndex(({ count }) => count > 0);
  return {
    kind: 'samples',
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? null,
    histogram: first < 0 ? [] : counts.slice(first, last + 1),
  };
}

/** Outcomes grouped by day, oldest first. */
export function dailyRates(outcomes: readonly { readonly day: string; readonly ok: boolean }[]): DailyRate[] {
  const byDay = new Map<string, { attempts: number; succeeded: number }>();
  for (const { day, ok } of outcomes) {
    const figures = byDay.get(day) ?? { attempts: 0, succeeded: 0 };
    figures.attempts++;
    if (ok) figures.succeeded++;
    byDay.set(day, figures);
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, figures]) => ({ day, ...figures }));
}

export function totalRate(rates: readonly DailyRate[]): {
  attempts: number;
  succeeded: number;
  rate: number | null;
} {
  const attempts = rates.reduce((sum, r) => sum + r.attempts, 0);
  const succeeded = rates.reduce((sum, r) => sum + r.succeeded, 0);
  return { attempts, succeeded, rate: attempts === 0 ? null : succeeded / attempts };
}

/** Counts by label, largest first, ties by label. */
export function countBy(labels: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
