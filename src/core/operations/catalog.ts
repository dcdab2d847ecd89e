import { z } from 'zod';

export const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export type OperationClass = 'recovery' | 'repair' | 'break_glass';

const text = z.string().trim().min(1);
const common = {
  run_id: z.coerce.number().int().positive(),
  tag: text.max(200),
  reason: text.max(200),
  incident: z.coerce.number().int().positive(),
};

/** The closed catalog of privileged operations: what each needs, who may run it, what it does. */
export const OPERATIONS = {
  rerun: { class: 'recovery', minimum: 'write', input: z.object(common), effect: 're-runs the whole workflow run (same commit)' },
  rerun_failed_jobs: { class: 'recovery', minimum: 'write', input: z.object(common), effect: 're-runs the failed jobs of the run' },
  dispatch_release: { class: 'recovery', minimum: 'write', input: z.object(common), effect: 'dispatches the release workflow for the tag' },
  retry_tag: { class: 'repair', minimum: 'write', input: z.object(common), effect: 'creates <tag>-retry at the same commit' },
  rollback: {
    class: 'repair', minimum: 'maintain', input: z.object({ ...common, target_sha: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-hex-digit commit') }),
    effect: 'records the rollback and opens a revert PR to the target commit',
  },
  override_grant: {
    class: 'break_glass', minimum: 'maintain', input: z.object({ ...common, expires_at: z.iso.datetime({ offset: true }) }),
    effect: 'lets SLSA v0.2 provenance of the entry pass until expires_at (at most 7 days)',
  },
  override_revoke: { class: 'break_glass', minimum: 'maintain', input: z.object(common), effect: 'ends a live override at once' },
} as const satisfies Record<string, { class: OperationClass; minimum: PermissionLevel; input: z.ZodType; effect: string }>;

export type OperationKey = keyof typeof OPERATIONS;
export type OperationInput<K extends OperationKey> = z.output<(typeof OPERATIONS)[K]['input']>;

export function isOperationKey(value: string): value is OperationKey {
  return Object.hasOwn(OPERATIONS, value);
}
