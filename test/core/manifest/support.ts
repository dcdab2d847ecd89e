import {
  applyEvent,
  emptyManifest,
  lintManifest,
  toVerdictFacts,
  verdictDigest,
  type EntryStatus,
  type EventName,
  type HistoryEntry,
  type LintRule,
  type LintViolation,
  type Manifest,
  type ManifestEntry,
  type ManifestEvent,
} from '../../../src/core/manifest/index.js';
import type { VerifiedProvenance } from '../../../src/core/policy/index.js';
import { verifiedProvenance, type ProvenanceExtras } from '../../support/manifest-events.js';

export const TAG = 'v1.0.0';
export const RUN = 100;

/** A VerifiedProvenance made the only way there is, with the optional policy digest and release assets. */
export function provenanceWith(extras: ProvenanceExtras = {}): VerifiedProvenance {
  return verifiedProvenance(undefined, extras);
}

/** A history step of tag v1.0.0 run 100, as a hand-written manifest would hold it. */
export function step(
  event: EventName,
  from: EntryStatus | null,
  to: EntryStatus,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    at: '2026-11-24T10:00:00.000Z',
    event,
    actor: 'release-bot',
    run_id: RUN,
    run_attempt: 1,
    from,
    to,
    reason: null,
    ...extra,
  };
}

/** A hand-written entry of tag v1.0.0 run 100: a recorded failure unless told otherwise. */
export function entryOf(overrides: Partial<ManifestEntry> = {}): ManifestEntry {
  return {
    tag: TAG,
    run_id: RUN,
    run_attempt: 1,
    artifact_url: null,
    status: 'failure',
    verified_at: null,
    failure_reason: 'subject_mismatch',
    notify_claim: null,
    notify_slack: false,
    slack_retry: 0,
    issue_number: null,
    requeue: true,
    requeue_reason: 'subject_mismatch',
    rerun_in_progress: false,
    governance_flag: null,
    override: null,
    verdict: null,
    notes: [],
    history: [step('failed', null, 'failure')],
    ...overrides,
  };
}

export const manifestOf = (...entries: ManifestEntry[]): Manifest => ({ schema_version: 1, entries });

/** Applies events in order, failing the test on a refusal. */
export function applyAll(events: readonly ManifestEvent[], start: Manifest = emptyManifest()): Manifest {
  return events.reduce((manifest, event) => {
    const result = applyEvent(manifest, event);
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, start);
}

/** An event of tag v1.0.0 run 100 by release-bot at `at`, attempt 1 unless told otherwise. */
export function eventAt(at: string, payload: Record<string, unknown>): ManifestEvent {
  return { tag: TAG, run_id: RUN, run_attempt: 1, at, actor: 'release-bot', ...payload } as ManifestEvent;
}

export const NOW = new Date('2026-11-25T00:00:00.000Z');
export const FACTS = toVerdictFacts(provenanceWith());

/** A hand-written verified entry whose validated step recorded the digest of its verdict. */
export function verifiedEntry(overrides: Partial<ManifestEntry> = {}): ManifestEntry {
  return entryOf({
    status: 'success',
    verified_at: '2026-11-24T10:00:00.000Z',
    failure_reason: null,
    requeue: false,
    requeue_reason: null,
    verdict: FACTS,
    history: [step('validated', null, 'success', { verdict_sha256: verdictDigest(FACTS) })],
    ...overrides,
  });
}

/** What lint says about `head` (one entry or a manifest) against `base`, at NOW. */
export function lint(
  head: ManifestEntry | Manifest,
  base: ManifestEntry | Manifest | null = null,
): LintViolation[] {
  const asManifest = (m: ManifestEntry | Manifest) => ('entries' in m ? m : manifestOf(m));
  return lintManifest(asManifest(head), base === null ? null : asManifest(base), NOW);
}

/** A violation of tag v1.0.0 run 100. */
export const violated = (rule: LintRule, message: string): LintViolation => ({
  rule,
  tag: TAG,
  run_id: RUN,
  message,
});
