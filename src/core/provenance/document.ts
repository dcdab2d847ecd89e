import { z, type core } from 'zod';
import { describeIssue, GuardError } from '../errors/index.js';

/** A DSSE envelope as it appears inside a Sigstore bundle or on its own. */
export const DsseEnvelopeSchema = z.object({
  payload: z.string().min(1),
  payloadType: z.string().min(1),
  signatures: z.array(z.object({ sig: z.string().min(1), keyid: z.string().optional() }).loose()).min(1),
});

/** slsa-github-generator's pre-bundle output: the Fulcio leaf travels inside the signature. */
export const LegacyEnvelopeSchema = z.object({
  payload: z.string().min(1),
  payloadType: z.string().min(1),
  signatures: z
    .array(z.object({ sig: z.string().min(1), keyid: z.string().optional(), cert: z.string().min(1) }))
    .min(1),
});

export const BundleJsonSchema = z
  .object({
    mediaType: z.string().startsWith('application/vnd.dev.sigstore.bundle'),
    verificationMaterial: z.record(z.string(), z.unknown()),
    dsseEnvelope: DsseEnvelopeSchema,
  })
  .loose();

export type DsseEnvelope = z.infer<typeof DsseEnvelopeSchema>;
export type LegacyEnvelope = z.infer<typeof LegacyEnvelopeSchema>;
export type BundleJson = z.infer<typeof BundleJsonSchema>;

export type ProvenanceDocument =
  | { readonly kind: 'bundle'; readonly bundle: BundleJson; readonly envelope: DsseEnvelope }
  | { readonly kind: 'legacy-envelope'; readonly envelope: LegacyEnvelope };

const AttestationListSchema = z.object({
  attestations: z.array(z.object({ bundle: z.unknown() }).loose()),
});

/**
 * Reads every provenance candidate from a file's text: a bundle (JSON or one JSON line), a JSONL
 * file of bundles or envelopes, or a registry/API response `{attestations: [{bundle}]}`.
 */
export function parseProvenanceDocuments(text: string): ProvenanceDocument[] {
  return parseProvenanceCandidates(text).map(toProvenanceDocument);
}

/** Each candidate of a file, not yet read as a document: one bad candidate need not sink the others. */
export function parseProvenanceCandidates(text: string): unknown[] {
  const values = parseJsonValues(text);
  const candidates = values.flatMap((value) => {
    const list = AttestationListSchema.safeParse(value);
    return list.success ? list.data.attestations.map((entry) => entry.bundle) : [value];
  });
  if (candidates.length === 0) {
    throw new GuardError('attestation_missing', 'the provenance file holds no attestation');
  }
  return candidates;
}

function parseJsonValues(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new GuardError('provenance_malformed', 'the provenance file is empty');
  try {
    return [JSON.parse(trimmed)];
  } catch {
    // Line numbers count every line of the file, blank ones too, so that they point at the bad line.
    return text
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, number }) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new GuardError(
            'provenance_malformed',
            `the provenance is not JSON (line ${number} does not parse)`,
          );
        }
      });
  }
}

export function toProvenanceDocument(value: unknown): ProvenanceDocument {
  const bundle = BundleJsonSchema.safeParse(value);
  if (bundle.success) return { kind: 'bundle', bundle: bundle.data, envelope: bundle.data.dsseEnvelope };
  const legacy = LegacyEnvelopeSchema.safeParse(value);
  if (legacy.success) return { kind: 'legacy-envelope', envelope: legacy.data };
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && 'mediaType' in value) {
    throw new GuardError(
      'provenance_malformed',
      `not a Sigstore bundle: ${describeFirst(bundle.error.issues, value)}`,
    );
  }
  if (isObject && ('payload' in value || 'signatures' in value)) {
    throw new GuardError(
      'provenance_malformed',
      `not a DSSE envelope: ${describeFirst(legacy.error.issues, value)}`,
    );
  }
  throw new GuardError(
    'provenance_malformed',
    'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)',
  );
}

function describeFirst(issues: readonly core.$ZodIssue[], value: unknown): string {
  return issues[0] ? describeIssue(issues[0], value) : 'it does not have the expected shape';
}
