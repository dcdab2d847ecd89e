import { GuardError } from '../../../src/core/errors/index.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  toPredicateFacts,
  type DsseEnvelope,
  type PredicateFacts,
  type Statement,
} from '../../../src/core/provenance/index.js';

export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The code and message of the GuardError `run` throws; anything else (or nothing) fails the test. */
export function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof GuardError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a GuardError, but nothing was thrown');
}

export const malformed = (message: string) => ({ code: 'provenance_malformed', message });

/** A DSSE envelope carrying `payload` (JSON-encoded unless it is already a string) in base64. */
export function envelopeOf(payload: unknown, payloadType: string = IN_TOTO_PAYLOAD_TYPE): DsseEnvelope {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return {
    payloadType,
    payload: Buffer.from(text, 'utf8').toString('base64'),
    signatures: [{ sig: 'AA==' }],
  };
}

export function statementOf(predicateType: string, predicate: Record<string, unknown>): Statement {
  return { _type: STATEMENT_V1, subject: [{ name: 'app.tgz', digest: {} }], predicateType, predicate };
}

export const factsOf = (predicateType: string, predicate: Record<string, unknown>): PredicateFacts =>
  toPredicateFacts(statementOf(predicateType, predicate));

/** The facts of a predicate that names nothing beyond its type. */
export const NO_FACTS: Omit<PredicateFacts, 'predicateType'> = {
  buildType: null,
  builderId: null,
  sourceRepository: null,
  sourceHost: null,
  sourceRef: null,
  sourceCommits: [],
  workflow: null,
  repositoryId: null,
  repositoryOwnerId: null,
};

export function bundleOf(envelope: DsseEnvelope = envelopeOf({})) {
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: { certificate: { rawBytes: 'MIIB' } },
    dsseEnvelope: envelope,
  };
}

export function legacyEnvelopeOf(payload: unknown = {}) {
  const { payloadType, payload: encoded } = envelopeOf(payload);
  return {
    payloadType,
    payload: encoded,
    signatures: [{ sig: 'AA==', cert: '-----BEGIN CERTIFICATE-----' }],
  };
}
