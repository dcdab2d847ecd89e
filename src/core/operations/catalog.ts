import { z } from 'zod';
import type { FailureCode } from '../errors/index.js';

export const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export type OperationClass = 'recovery' | 'repair' | 'break_glass';

const text = z.string().trim().min(1);

/**
 * A git tag name as `git check-ref-format` allows it; whitespace is refused, never trimmed, so the tag is the
 * one the entry has.
 */
export function isTagName(value: string): boolean {
  const printable =
    value.length > 0 && [...value].every((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f);
  return printable && !/[~^:?*[\\]|\.\.|@\{|\/\/|^[/.]|\/\.|[/.]$|\.lock$|^@$/.test(value);
}

const common = {
  run_id: z.coerce.number().int().positive(),
  tag: z.string().max(200).refine(isTagName, 'must be a git tag name (no whitespace, no ~^:?*[\\, no "..")'),
  reason: text.max(200),
  incident: z.coerce.number().int().positive(),
};

/**
 * The closed catalog of privileged operations: what each needs, who may run it, what it does, and the
 * code its effect fails with when GitHub cannot carry it out (server errors after bounded retries).
 */
export const OPERATIONS = {
  rerun: {
    class: 'recovery',
    minimum: 'write',
    input: z.object(common),
    effect: 're-runs the whole workflow run (same commit)',
    failure: 'rerun_denied',
  },
  rerun_failed_jobs: {
    class: 'recovery',
    minimum: 'write',
    input: z.object(common),
    effect: 're-runs the failed jobs of the run',
    failure: 'rerun_denied',
  },
  dispatch_release: {
    class: 'recovery',
    minimum: 'write',
    input: z.object(common),
    effect: 'dispatches the release workflow for the tag',
    failure: 'rerun_denied',
  },
  retry_tag: {
    class: 'repair',
    minimum: 'write',
    input: z.object(common),
    effect: 'creates <tag>-retry at the same commit',
    failure: 'rerun_denied',
  },
  rollback: {
    class: 'repair',
    minimum: 'maintain',
    input: z.object({
      ...common,
      target_sha: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-hex-digit commit'),
    }),
    effect: 'opens a revert PR to the target commit, then records the rollback',
    failure: 'issue_create_failed',
  },
  override_grant: {
    class: 'break_glass',
    minimum: 'maintain',
    input: z.object({ ...common, expires_at: z.iso.datetime({ offset: true }) }),
    effect: 'lets SLSA v0.2 provenance of the entry pass until expires_at (at most 7 days)',
    failure: 'lock_timeout',
  },
  override_revoke: {
    class: 'break_glass',
    minimum: 'maintain',
    input: z.object(common),
    effect: 'ends a live override at once',
    failure: 'lock_timeout',
  },
} as const satisfies Record<
  string,
  { class: OperationClass; minimum: PermissionLevel; input: z.ZodType; effect: string; failure: FailureCode }
>;

export type OperationKey = keyof typeof OPERATIONS;
export type OperationInput<K extends OperationKey> = z.output<(typeof OPERATIONS)[K]['input']>;

export function isOperationKey(value: string): value is OperationKey {
  return Object.hasOwn(OPERATIONS, value);
}
