import type { VerifiedProvenance } from '../policy/index.js';
import type { VerdictFacts } from './schema.js';

/** The manifest's record of a verified provenance; only a `VerifiedProvenance` can become one. */
export function toVerdictFacts(provenance: VerifiedProvenance): VerdictFacts {
  return {
    predicate_type: provenance.predicateType,
    builder_id: provenance.builderId,
    source_repository: provenance.sourceRepository,
    source_ref: provenance.sourceRef,
    source_commit: provenance.sourceCommit,
    subjects: provenance.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    verifier: provenance.verifier,
  };
}
