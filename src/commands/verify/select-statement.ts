import { GuardError } from '../../core/errors/index.js';
import { decodeStatement, parseProvenanceDocuments, type ProvenanceDocument, type Statement } from '../../core/provenance/index.js';

export interface SelectedProvenance {
  readonly document: ProvenanceDocument;
  readonly statement: Statement;
}

const SLSA_PREFIX = 'https://slsa.dev/provenance/';

/** The SLSA provenance among a file's attestations (npm ships it beside a publish attestation). */
export function selectProvenance(text: string): SelectedProvenance {
  const documents = parseProvenanceDocuments(text);
  const decoded = documents.map((document) => ({ document, statement: decodeStatement(document.envelope) }));
  const slsa = decoded.find((candidate) => candidate.statement.predicateType.startsWith(SLSA_PREFIX));
  const chosen = slsa ?? decoded[0];
  if (!chosen) throw new GuardError('attestation_missing', 'the provenance file holds no attestation');
  return chosen;
}
