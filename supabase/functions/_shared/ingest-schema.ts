import { z } from 'npm:zod@4';
import { KPI_METRICS } from './metrics.ts';

/** The most events one request may carry (the sink sends larger batches in several requests). */
const MAX_EVENTS = 500;

const repository = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME');
/**
 * A git tag name, as src/core/kpi/events.ts (TAG_REFUSED_CHARACTER) and kpi.is_tag_name keep it: no control
 * character or white space, none of git's `~^:?*[\`, and no `<` or `>`.
 */
const TAG_REFUSED_CHARACTER = /[\p{Cc}\s~^:?*[\\<>]/u;
const tag = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (value) => !TAG_REFUSED_CHARACTER.test(value),
    'must be a git tag name without white space, control characters, ~^:?*[\\ or <>',
  );
const positiveInt = z.number().int().positive();
const timestamp = z.iso.datetime({ offset: true });

/** The scenario's validation payload, plus the repository and attempt it belongs to. */
export const ValidationSchema = z.strictObject({
  repository,
  tag,
  run_id: positiveInt,
  run_attempt: positiveInt.default(1),
  status: z.enum(['pending', 'success', 'failure', 'requeued', 'rerun_in_progress', 'blocked', 'rollback']),
  verified_at: timestamp.nullable(),
  failure_reason: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a failure code')
    .nullable()
    .default(null),
});

/** One KpiEvent as the action builds it (src/core/kpi/events.ts). */
export const KpiEventSchema = z.strictObject({
  metric: z.enum(KPI_METRICS),
  value: z.number().min(-1e12).max(1e12),
  repository,
  tag,
  run_id: positiveInt,
  run_attempt: positiveInt,
  occurred_at: timestamp,
  labels: z
    .record(z.string().max(64), z.string().max(200))
    .refine((labels) => Object.keys(labels).length <= 20, 'at most 20 labels'),
  idempotency_key: z.string().min(1).max(500),
});

export const IngestSchema = z
  .strictObject({
    validation: ValidationSchema.optional(),
    events: z.array(KpiEventSchema).max(MAX_EVENTS).optional(),
  })
  .refine(
    (body) => body.validation !== undefined || body.events !== undefined,
    'send a validation, events, or both',
  );

export type Validation = z.output<typeof ValidationSchema>;
export type KpiEvent = z.output<typeof KpiEventSchema>;
export type Ingest = z.output<typeof IngestSchema>;
