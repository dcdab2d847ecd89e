import type { Caller } from './auth.ts';
import { problem } from './http.ts';
import type { Ingest } from './ingest-schema.ts';

/** A field that names a repository: the repository itself, or an idempotency key that begins with one. */
export interface ScopedField {
  readonly path: string;
  readonly belongsTo: (repository: string) => boolean;
}

/** 403 naming the first field that belongs to another repository than the caller's ingest token; null for operators. */
export function outOfScope(caller: Caller, fields: readonly ScopedField[]): Response | null {
  if (caller.kind === 'operator') return null;
  const foreign = fields.find((field) => !field.belongsTo(caller.repository));
  if (!foreign) return null;
  return problem(
    403,
    `${foreign.path} is not ${caller.repository}'s: this ingest token writes ${caller.repository} only`,
    { path: foreign.path },
  );
}

export const repositoryField = (path: string, value: string): ScopedField => ({
  path,
  belongsTo: (repository) => value === repository,
});

/**
 * Every repository an ingest body names. Idempotency keys are unique across the table and begin with
 * the repository (src/core/kpi/events.ts), so a token may not take keys from another repository's space either.
 */
export function ingestFields(body: Ingest): ScopedField[] {
  return [
    ...(body.validation ? [repositoryField('validation.repository', body.validation.repository)] : []),
    ...(body.events ?? []).flatMap((event, i) => [
      repositoryField(`events.${i}.repository`, event.repository),
      {
        path: `events.${i}.idempotency_key`,
        belongsTo: (repository: string) => event.idempotency_key.startsWith(`${repository}|`),
      },
    ]),
  ];
}
