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
    console.error('ingest failed:', (error as Error).message);
    return problem(503, 'The database is unavailable; retry later');
  }
});
