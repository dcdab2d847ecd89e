import { GuardError } from '../../core/errors/index.js';
import {
  decodeStatement,
  parseProvenanceCandidates,
  toProvenanceDocument,
  type ProvenanceDocument,
  type Statement,
} from '../../core/provenance/index.js';

export const SLSA_PREFIX = 'https://slsa.dev/provenance/';
export const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';

/** One attestation of a provenance file: decoded, or the coded reason it could not be. */
export type DecodedAttestation =
  | {
      readonly ok: true;
      readonly index: number;
      readonly document: ProvenanceDocument;
      readonly statement: Statement;
    }
  | { readonly ok: false; readonly index: number; readonly error: GuardError };

/** Every attestation of the file, in order; the file itself must at least be readable JSON. */
export function decodeAttestations(text: string): DecodedAttestation[] {
  return parseProvenanceCandidates(text).map((candidate, index) => {
    try {
      const document = toProvenanceDocument(candidate);
      return { ok: true, index, document, statement: decodeStatement(document.envelope) };
    } catch (error) {
      if (!(error instanceof GuardError)) throw error;
      return { ok: false, index, error };
    }
  });
}

export function isSlsaProvenance(attestation: DecodedAttestation): boolean {
  return attestation.ok && attestation.statement.predicateType.startsWith(SLSA_PREFIX);
}

export function describeAttestation(attestation: DecodedAttestation, total: number): string {
  const position = total > 1 ? `attestation ${attestation.index + 1} of ${total}` : 'the attestation';
  return attestation.ok ? `${position} (${attestation.statement.predicateType})` : position;
}
