import { authenticate } from '../_shared/auth.ts';
import { ingest } from '../_shared/db.ts';
import { invalid, json, problem, readJson } from '../_shared/http.ts';
import { IngestSchema } from '../_shared/ingest-schema.ts';
import { ingestFields, outOfScope } from '../_shared/scope.ts';

/**
 * Records a validation (`{repository, tag, run_id, run_attempt, status, verified_at, failure_reason}`)
 * and/or a batch of KPI events, each once per idempotency key. 201 when something new was written,
 * 200 when everything was a duplicate; both say how many rows were inserted and how many were not.
 * An ingest token writes its own repository's rows only: a body naming another is refused whole (403).
 * A tag that is not a git tag name, or a label holding a secret or an e-mail address, is refused whole (400).
 */
Deno.serve(async (request) => {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = IngestSchema.safeParse(read.body);
  if (!parsed.success) return invalid(parsed.error);
  const foreign = outOfScope(caller, ingestFields(parsed.data));
  if (foreign) return foreign;
  try {
    const counts = await ingest(parsed.data);
    const inserted = (counts.validation?.inserted ?? 0) + (counts.events?.inserted ?? 0);
    return json(inserted > 0 ? 201 : 200, counts);
  } catch (error) {
    const refused = refusedByTable(error);
    if (refused) return refused;
    console.error('ingest failed:', (error as Error).message);
    return problem(503, 'The database is unavailable; retry later');
  }
});

/**
 * A row a table's check refuses (SQLSTATE 23514) is the caller's to fix, not a reason to retry: 400, with
 * the check's name. kpi.events refuses a label that holds a secret or an e-mail address this way
 * (kpi.labels_look_secret, the shapes of kpi.looks_secret); nothing of the batch is written.
 */
function refusedByTable(error: unknown): Response | null {
  const { code, table_name: table, constraint_name: constraint } = (error ?? {}) as Record<string, unknown>;
  if (code !== '23514') return null;
  const path = table === 'validations' ? 'validation' : 'events';
  return problem(400, `${path}: kpi.${String(table)} refuses a row (check ${String(constraint)})`, {
    path,
    constraint,
  });
}
