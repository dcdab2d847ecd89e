import { kpiEvent, type KpiEvent, type KpiMetric } from '../../src/core/kpi/index.js';
import {
  applyEvent,
  emptyManifest,
  type Manifest,
  type ManifestEvent,
} from '../../src/core/manifest/index.js';
import { manifestEvent } from '../support/manifest-events.js';

/**
 * Two daily manifests and a KPI spool whose dashboard figures are worked out by hand in
 * dashboard.test.ts. The range is 2026-11-23..24; everything dated the 22nd must be left out.
 */
export const RANGE = { from: '2026-11-23', to: '2026-11-24' } as const;
export const HOSTILE_TAG = 'v2.0.0-<img src=x onerror=alert(1)>';
export const HOSTILE_DETAIL = '</td><script>alert("detail")</script>';

type Step = [event: ManifestEvent['event'], at: string, extra?: Record<string, unknown>];

function entry(manifest: Manifest, tag: string, runId: number, steps: readonly Step[]): Manifest {
  return steps.reduce((current, [event, at, extra]) => {
    const result = applyEvent(
      current,
      manifestEvent(event, { tag, run_id: runId, at: `2026-11-${at}:00Z`, ...extra }),
    );
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, manifest);
}

const rerun = { run_attempt: 2 };

/** docs/reports/2026-11-23: v1.0.2 is copied into the 24th's manifest later, with its issue. */
export function firstDay(): Manifest {
  let m = entry(emptyManifest(), 'v0.9.0', 90, [['validated', '22T23:59']]);
  m = entry(m, 'v1.0.0', 101, [['validated', '23T09:00']]);
  m = entry(m, 'v1.0.1', 102, [
    ['failed', '23T10:00', { failure_reason: 'subject_mismatch', reason: 'app.tgz digest is not a subject' }],
    ['issue_opened', '23T10:05', { issue_number: 41 }],
    ['rerun_started', '23T11:00', rerun],
    ['rerun_succeeded', '23T11:30', rerun],
  ]);
  return entry(m, 'v1.0.2', 103, [
    ['failed', '23T12:00', { failure_reason: 'tag_mismatch', reason: HOSTILE_DETAIL }],
  ]);
}

export function secondDay(): Manifest {
  let m = entry(emptyManifest(), 'v1.0.2', 103, [
    ['failed', '23T12:00', { failure_reason: 'tag_mismatch', reason: HOSTILE_DETAIL }],
    ['issue_opened', '23T12:02', { issue_number: 42 }],
  ]);
  m = entry(m, 'v1.1.0', 201, [['validated', '24T08:00']]);
  m = entry(m, 'v1.1.1', 202, [
    ['failed', '24T09:00', { failure_reason: 'builder_mismatch', reason: 'unexpected builder' }],
    ['rerun_started', '24T09:30', rerun],
    [
      'rerun_failed',
      '24T10:00',
      { ...rerun, failure_reason: 'builder_mismatch', reason: 'unexpected builder again' },
    ],
    ['blocked', '24T10:10', rerun],
  ]);
  m = entry(m, 'v1.1.2', 203, [['validated', '24T11:00']]);
  return entry(m, HOSTILE_TAG, 204, [['failed', '24T12:00', { failure_reason: 'tag_mismatch' }]]);
}

let run = 1000;
const event = (
  metric: KpiMetric,
  value: number,
  day: string,
  labels: Record<string, string> = {},
): KpiEvent =>
  kpiEvent(
    {
      repository: 'acme/app',
      tag: 'v1.0.0',
      run_id: run++,
      run_attempt: 1,
      occurred_at: `2026-11-${day}T10:00:00Z`,
    },
    { metric, value, labels },
  );

/** KPI events: a re-sent one (same key) and one out of range among them. */
export function kpiEvents(): KpiEvent[] {
  const resent = event('rerun.success_rate', 1, '23');
  return [
    resent,
    resent,
    event('rerun.success_rate', 0, '24'),
    event('rerun.success_rate', 1, '24'),
    ...[90, 600, 5400].map((seconds) => event('rerun.time_to_resolution', seconds, '23')),
    ...[300, 12, 45, 30].map((seconds) => event('notify.issue_latency', seconds, '24')),
    ...[0.4, 7, 1.2, 2.6].map((seconds) => event('metrics.lock_wait_seconds', seconds, '24')),
    ...['slack', 'slack', 'issue', 'summary', 'slack'].map((route) =>
      event('notify.failures', 1, '23', { route, failure_reason: 'tag_mismatch' }),
    ),
    event('notify.failures', 1, '22', { route: 'issue', failure_reason: 'tag_mismatch' }),
    ...[1, 0].map((ok) => event('security_ci.kpi_ingest_success', ok, '23')),
    ...[1, 1, 1].map((ok) => event('security_ci.kpi_ingest_success', ok, '24')),
  ];
}

/** Spool lines as read: the KPI events and three that are no KPI event. */
export function spoolEvents(): unknown[] {
  return [
    ...kpiEvents(),
    { ...event('rerun.success_rate', 1, '24'), metric: 'rerun.unknown' },
    { ...event('rerun.success_rate', 1, '24'), occurred_at: 'yesterday' },
    null,
  ];
}
