import { z } from 'zod';
import { FAILURE_CODES } from '../errors/index.js';
import { MANIFEST_HOME_RULE } from './location.js';

export const MANIFEST_SCHEMA_VERSION = 1;

export const ENTRY_STATUSES = [
  'pending',
  'success',
  'failure',
  'requeued',
  'rerun_in_progress',
  'blocked',
  'rollback',
] as const;
export const EVENT_NAMES = [
  'validated',
  'failed',
  'notify_claimed',
  'notified',
  'issue_opened',
  'escalated',
  'requeued',
  'rerun_started',
  'rerun_succeeded',
  'rerun_failed',
  'blocked',
  'rolled_back',
  'override_granted',
  'override_revoked',
  'rerun_not_started',
  'notify_released',
  'post_attempted',
  'post_refused',
  'verdict_signed',
] as const;

const isoDateTime = z.iso.datetime({ offset: true });
const runId = z.number().int().positive();

export const HistoryEntrySchema = z
  .object({
    at: isoDateTime,
    event: z.enum(EVENT_NAMES),
    actor: z.string().min(1),
    run_id: runId,
    run_attempt: z.number().int().positive(),
    from: z.enum(ENTRY_STATUSES).nullable(),
    to: z.enum(ENTRY_STATUSES),
    reason: z.string().max(500).nullable(),
    /**
     * On `validated`, `rerun_succeeded` and `verdict_signed`: the SHA-256 of the verdict facts the step
     * recorded (or signed), so lint can tie the entry's verdict to it.
     */
    verdict_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /**
     * On `rerun_started`, `notify_claimed` and `post_attempted`: the step that claimed
     * (`<run id>/<job>#<attempt>`), so it knows its own claim when it finds it applied.
     */
    claim_id: z.string().min(1).max(100).optional(),
    /** On `post_attempted` and `post_refused`: the Slack channel. */
    channel: z.enum(['slack', 'summary']).optional(),
    /**
     * On `verdict_signed`: the Sigstore bundle (JSON) in which the validate job signed the entry's verdict
     * with its own OIDC identity; `verdict_sha256` names the verdict it signed.
     */
    signature: z.looseObject({ mediaType: z.string() }).optional(),
  })
  .strict();

export const OverrideSchema = z
  .object({
    reason: z.string().min(1).max(500),
    approver: z.string().min(1).max(100),
    granted_at: isoDateTime,
    expires_at: isoDateTime,
    revoked_at: isoDateTime.nullable(),
    /**
     * The governance workflow run that granted it: GitHub, not the manifest, says who dispatched it, where
     * and when.
     */
    granted_by_run: z.number().int().positive().optional(),
  })
  .strict();

export const VerdictFactsSchema = z
  .object({
    predicate_type: z.string(),
    builder_id: z.string(),
    source_repository: z.string().nullable(),
    source_ref: z.string().nullable(),
    source_commit: z.string().nullable(),
    subjects: z.array(z.object({ name: z.string(), digest: z.record(z.string(), z.string()) }).strict()),
    verifier: z.string(),
    /** SHA-256 of the policy file the release was verified under. */
    policy_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /** The published release's assets, when the release itself was verified (artifact-source: release). */
    release_assets: z
      .array(
        z
          .object({
            name: z.string().min(1),
            size: z.number().int().min(0),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** One release verification: a (tag, run_id) pair and everything governance needs to know about it. */
export const ManifestEntrySchema = z
  .object({
    tag: z.string().min(1),
    run_id: runId,
    run_attempt: z.number().int().positive(),
    artifact_url: z.string().nullable(),
    status: z.enum(ENTRY_STATUSES),
    verified_at: isoDateTime.nullable(),
    failure_reason: z.enum(FAILURE_CODES).nullable(),
    /** The notifier that holds this failure's notification, so concurrent notifiers announce it once. */
    notify_claim: z
      .object({ id: z.string().min(1).max(100), at: isoDateTime })
      .strict()
      .nullable(),
    notify_slack: z.boolean(),
    slack_retry: z.number().int().min(0).max(1),
    issue_number: z.number().int().positive().nullable(),
    requeue: z.boolean(),
    requeue_reason: z.string().max(500).nullable(),
    rerun_in_progress: z.boolean(),
    governance_flag: z.enum(['override', 'rollback']).nullable(),
    override: OverrideSchema.nullable(),
    verdict: VerdictFactsSchema.nullable(),
    notes: z.array(z.string().max(500)),
    history: z.array(HistoryEntrySchema).min(1),
  })
  .strict();

export const ManifestSchema = z
  .object({
    schema_version: z.literal(MANIFEST_SCHEMA_VERSION),
    entries: z.array(ManifestEntrySchema).describe(MANIFEST_HOME_RULE),
  })
  .strict();

export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type Override = z.infer<typeof OverrideSchema>;
export type VerdictFacts = z.infer<typeof VerdictFactsSchema>;

export function emptyManifest(): Manifest {
  return { schema_version: MANIFEST_SCHEMA_VERSION, entries: [] };
}

export const entryKey = (entry: { tag: string; run_id: number }) => `${entry.tag}#${entry.run_id}`;
