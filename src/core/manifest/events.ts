import type { FailureCode } from '../errors/index.js';
import type { VerifiedProvenance } from '../policy/index.js';
import type { EventName } from './schema.js';

/** Who did what to which (tag, run) and when; `at` plus `actor` identify the event for idempotency. */
export interface EventBase {
  readonly tag: string;
  readonly run_id: number;
  readonly run_attempt: number;
  readonly at: string;
  readonly actor: string;
  readonly reason?: string | null;
}

export type ManifestEvent = EventBase &
  (
    | {
        readonly event: 'validated';
        readonly provenance: VerifiedProvenance;
        readonly artifact_url?: string | null;
      }
    | {
        readonly event: 'failed';
        readonly failure_reason: FailureCode;
        readonly artifact_url?: string | null;
      }
    | { readonly event: 'notify_claimed'; readonly claim_id: string }
    | { readonly event: 'notify_released'; readonly claim_id: string }
    /**
     * Recorded before a Slack post, which cannot be read back: once attempted on a channel, a failure is
     * never posted there again, whatever the answer was.
     */
    | { readonly event: 'post_attempted'; readonly claim_id: string; readonly channel: PostChannel }
    /** The post was certainly not delivered (a 429, a connection never made): the channel is free again. */
    | { readonly event: 'post_refused'; readonly claim_id: string; readonly channel: PostChannel }
    | { readonly event: 'notified'; readonly slack_delivered: boolean }
    | { readonly event: 'issue_opened'; readonly issue_number: number }
    | { readonly event: 'escalated'; readonly note: string }
    | { readonly event: 'requeued' }
    /** `claim_id`: the recovery that claims the rerun, so it knows its own claim when it finds it applied. */
    | { readonly event: 'rerun_started'; readonly claim_id?: string }
    | { readonly event: 'rerun_not_started' }
    | { readonly event: 'rerun_succeeded'; readonly provenance: VerifiedProvenance }
    | { readonly event: 'rerun_failed'; readonly failure_reason: FailureCode }
    | { readonly event: 'blocked' }
    | { readonly event: 'rolled_back' }
    | {
        readonly event: 'override_granted';
        readonly override: {
          readonly reason: string;
          readonly approver: string;
          readonly expires_at: string;
          readonly granted_by_run?: number;
        };
      }
    | { readonly event: 'override_revoked' }
    /** The verdict, signed by the job that decided it: a Sigstore bundle of its verdict statement. */
    | {
        readonly event: 'verdict_signed';
        readonly verdict_sha256: string;
        readonly signature: { readonly mediaType: string } & Record<string, unknown>;
      }
  );

/** The Slack destinations of a notification: the failure channel and the ops summary channel. */
export type PostChannel = 'slack' | 'summary';

export type EventOf<N extends EventName> = Extract<ManifestEvent, { event: N }>;

/** An event without its who/when/which-run part, for callers that fill that in once. */
export type EventPayload = ManifestEvent extends infer E
  ? E extends ManifestEvent
    ? Omit<E, Exclude<keyof EventBase, 'reason'>>
    : never
  : never;
