import { z } from 'zod';
import { GuardError } from '../errors/index.js';
import type { DsseEnvelope } from './document.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'] as const;

const HEX = /^[0-9a-f]+$/;
const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha512: 128, sha1: 40, gitCommit: 40 };

const DigestSetSchema = z.record(z.string(), z.string()).superRefine((digests, ctx) => {
  for (const [algorithm, value] of Object.entries(digests)) {
    const length = DIGEST_LENGTHS[algorithm];
    if (length !== undefined && (value.length !== length || !HEX.test(value))) {
      ctx.addIssue({
        code: 'custom',
        message: `${algorithm} digest is not ${length} lowercase hex characters`,
      });
    }
  }
});

const SubjectSchema = z.object({ name: z.string(), digest: DigestSetSchema });

export const StatementSchema = z.object({
  _type: z.enum(STATEMENT_TYPES),
  subject: z.array(SubjectSchema).min(1, 'an in-toto statement needs at least one subject'),
  predicateType: z.string().min(1),
  predicate: z.record(z.string(), z.unknown()),
});

export type Statement = z.infer<typeof StatementSchema>;
export type Subject = z.infer<typeof SubjectSchema>;

/** Decodes the DSSE payload into an in-toto Statement; anything else is `provenance_malformed`. */
export function decodeStatement(envelope: DsseEnvelope): Statement {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new GuardError(
      'provenance_malformed',
      `DSSE payloadType is ${envelope.payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  } catch {
    throw new GuardError('provenance_malformed', 'the DSSE payload is not base64-encoded JSON');
  }
  const parsed = StatementSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new GuardError(
      'provenance_malformed',
      `the in-toto statement is invalid${where}: ${issue?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}
