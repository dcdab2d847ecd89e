import type { Manifest, ManifestEntry } from '../manifest/index.js';
import { countManifest } from './manifest-charts.js';

const COLUMNS = ['STATUS', 'TAG', 'RUN', 'FAILURE', 'ISSUE', 'FLAG', 'AGE'] as const;

/** `manifest show`: one row per entry, newest activity first. */
export function renderManifestTable(
  manifest: Manifest,
  now: Date,
  vouched: ((entry: ManifestEntry) => boolean) | null = null,
): string {
  if (manifest.entries.length === 0) return 'The manifest has no entries.';
  // Each signature is verified once: the rows and the note below read the same set.
  const unvouched = new Set(
    vouched === null ? [] : manifest.entries.filter((entry) => entry.verdict !== null && !vouched(entry)),
  );
  const rows = [...manifest.entries]
    .map((entry) => ({ entry, last: Date.parse(entry.history.at(-1)?.at ?? '') }))
    .sort((a, b) => b.last - a.last)
    .map(({ entry, last }) => [
      unvouched.has(entry) ? `${entry.status}${UNVOUCHED}` : entry.status,
      entry.tag,
      `${entry.run_id}#${entry.run_attempt}`,
      entry.failure_reason ?? '-',
      entry.issue_number === null ? '-' : `#${entry.issue_number}`,
      entry.governance_flag ?? '-',
      age(now.getTime() - last),
    ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), ...rows.map(line), ...signatureNote(vouched !== null, unvouched.size)].join('\n');
}

/** Marks a verdict no signature vouches for: its status is only what the file says. */
const UNVOUCHED = '*';

function signatureNote(checked: boolean, unvouched: number): string[] {
  if (!checked) return ['(verdict signatures not checked: give --repository OWNER/NAME)'];
  return unvouched > 0
    ? [
        `${UNVOUCHED} no signature of the validate workflow vouches for this verdict: \`manifest lint\` says why`,
      ]
    : [];
}

/** The lines under the table: entries per status and per failure code; nothing for an empty manifest. */
export function renderManifestCounts(manifest: Manifest): string {
  const { entries, statuses, failureCodes } = countManifest(manifest);
  if (entries === 0) return '';
  const list = (counts: typeof statuses) => counts.map(({ label, count }) => `${count} ${label}`).join(', ');
  return [
    `${entries} ${entries === 1 ? 'entry' : 'entries'}: ${list(statuses)}`,
    ...(failureCodes.length > 0 ? [`failure codes: ${list(failureCodes)}`] : []),
  ].join('\n');
}

function age(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}h`;
  return `${Math.floor(minutes / 1440)}d`;
}
