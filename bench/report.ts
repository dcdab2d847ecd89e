import type { Sample } from './measure.js';

export type Unit = 'ms' | 'verifications/s' | 'GB/s' | 'MiB' | 'requests' | 'round trips';

/** Ours divided by the reference, both medians: at most `ratio` for times, at least for rates. */
export interface Goal {
  readonly op: '≤' | '≥';
  readonly ratio: number;
}

export interface Comparison {
  readonly benchmark: string;
  readonly unit: Unit;
  readonly ours: Sample;
  readonly referenceName: string;
  readonly reference: Sample;
  /** null for rows that only explain another one. */
  readonly goal: Goal | null;
}

function formatValue(value: number, unit: Unit): string {
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'verifications/s') return `${value.toFixed(0)} /s`;
  if (unit === 'GB/s') return `${value.toFixed(2)} GB/s`;
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`;
  return `${value.toFixed(0)} ${unit}`;
}

export function printSamples(title: string, unit: Unit, samples: Record<string, Sample>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(samples).map((label) => label.length));
  for (const [label, sample] of Object.entries(samples)) {
    const stats = [
      `median ${formatValue(sample.median, unit)}`,
      `min ${formatValue(sample.min, unit)}`,
      `max ${formatValue(sample.max, unit)}`,
    ];
    console.log(`  ${label.padEnd(width)}  ${stats.map((s) => s.padEnd(18)).join('')}(${sample.runs} runs)`);
  }
}

const ratioOf = (row: Comparison) => row.ours.median / row.reference.median;

/** A value measured once (a count, a percentile over writers), in the shape of a sample. */
export const single = (value: number): Sample => ({ median: value, min: value, max: value, runs: 1 });

function verdictOf(row: Comparison): string {
  if (row.goal === null) return '—';
  const ratio = ratioOf(row);
  return (row.goal.op === '≤' ? ratio <= row.goal.ratio : ratio >= row.goal.ratio) ? 'met' : 'NOT MET';
}

export function printTable(rows: readonly Comparison[]): void {
  const header = ['benchmark', 'ours', 'reference', 'ratio', 'goal', 'result'];
  const cells = rows.map((row) => [
    row.benchmark,
    formatValue(row.ours.median, row.unit),
    `${row.referenceName}: ${formatValue(row.reference.median, row.unit)}`,
    `${ratioOf(row).toFixed(2)}×`,
    row.goal
      ? `${row.goal.op} ${Number.isInteger(row.goal.ratio) ? row.goal.ratio.toFixed(1) : row.goal.ratio}×`
      : '—',
    verdictOf(row),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => line[i]?.length ?? 0)),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${render(header)}\n${render(widths.map((w) => '-'.repeat(w)))}`);
  for (const line of cells) console.log(render(line));
  console.log('\nours and reference are medians; ratio = ours / reference.');
}
