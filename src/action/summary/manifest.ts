import type { EntryStatus, Manifest, ManifestEntry } from '../../core/manifest/index.js';
import { countManifest } from '../../core/report/index.js';
import { pie, shown, table, type Tone } from './markdown.js';

const STATUS_TONE: Record<EntryStatus, Tone> = {
  success: 'good',
  failure: 'bad',
  blocked: 'bad',
  rollback: 'bad',
  pending: 'waiting',
  requeued: 'waiting',
  rerun_in_progress: 'waiting',
};

/** The manifest after this run: entries by status and, when any failed, by failure code (all red). */
export function manifestPies(manifest: Manifest): string {
  const { statuses, failureCodes } = countManifest(manifest);
  return [
    ...(statuses.length > 0
      ? [
          pie(
            'Manifest entries by status',
            statuses.map((s) => ({ ...s, tone: STATUS_TONE[s.label as EntryStatus] ?? 'neutral' })),
          ),
        ]
      : []),
    ...(failureCodes.length > 0
      ? [
          pie(
            'Failure codes',
            failureCodes.map((c) => ({ ...c, tone: 'bad' as const })),
          ),
        ]
      : []),
  ].join('\n\n');
}

/** One entry as the manifest now holds it. */
export function entryTable(entry: ManifestEntry): string {
  const last = entry.history.at(-1);
  return table(
    ['tag', 'run', 'status', 'failure', 'issue', 'flag', 'last step'],
    [
      [
        shown(entry.tag),
        `${entry.run_id} #${entry.run_attempt}`,
        `\`${entry.status}\``,
        entry.failure_reason ? `\`${entry.failure_reason}\`` : '—',
        entry.issue_number === null ? '—' : `#${entry.issue_number}`,
        entry.governance_flag ?? '—',
        last ? `${last.event} by ${shown(last.actor)} at ${last.at}` : '—',
      ],
    ],
  );
}

export function findEntry(manifest: Manifest, tag: string, runId: number): ManifestEntry | null {
  return manifest.entries.find((e) => e.tag === tag && e.run_id === runId) ?? null;
}
