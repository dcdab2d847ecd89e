import { z } from 'zod';
import {
  compare,
  isSourceRepositoryWorkflow,
  isTagRef,
  parseWorkflowUri,
  signingWorkflowOf,
  type Check,
  type SignerFacts,
} from '../policy/index.js';
import type { Statement } from '../provenance/index.js';
import { VSA_PREDICATE_TYPE } from './statement.js';

const VsaPredicateSchema = z
  .object({
    verifier: z.object({ id: z.string().min(1) }).loose(),
    timeVerified: z.string().optional(),
    resourceUri: z.string().min(1),
    policy: z
      .object({ uri: z.string().optional(), digest: z.record(z.string(), z.string()).optional() })
      .loose(),
    verificationResult: z.string(),
    verifiedLevels: z.array(z.string()).default([]),
  })
  .loose();

export type VsaPredicate = z.infer<typeof VsaPredicateSchema>;

/** The predicate of a VSA statement, or null when the statement is not a VSA of the shape SLSA defines. */
export function toVsaPredicate(statement: Statement): VsaPredicate | null {
  if (statement.predicateType !== VSA_PREDICATE_TYPE) return null;
  const parsed = VsaPredicateSchema.safeParse(statement.predicate);
  return parsed.success ? parsed.data : null;
}

export interface VsaExpectations {
  readonly verifierId: string;
  readonly policySha256: string;
  /** The lowest SLSA Build level the consumer accepts; null: any. */
  readonly requiredLevel: number | null;
  /**
   * The workflow file of the source repository that signs VSAs (`security-ci.yml`); ignored with an exact SAN
   * pin.
   */
  readonly signerWorkflow: string;
  readonly now: Date;
}

/**
 * Who may issue a verdict: the producer's own signing workflow (`signerWorkflow` of the source repository
 * the certificate attests, not a reusable workflow anyone may call), run for a release tag. Any other
 * workflow of the repository — a scratch workflow on a branch — could otherwise sign a PASSED verdict for
 * any bytes: the verifier ID and the policy digest are public.
 */
export function checkVsaSigner(
  signer: SignerFacts,
  expected: VsaExpectations,
  exactSanPinned: boolean,
): Check {
  const wanted = `${expected.signerWorkflow} of the source repository, at a release tag`;
  const workflow = parseWorkflowUri(signingWorkflowOf(signer));
  const actual = `${signingWorkflowOf(signer) ?? '(no signing workflow)'} (certificate ref ${signer.sourceRepositoryRef ?? 'absent'})`;
  const ownWorkflow =
    workflow !== null &&
    isSourceRepositoryWorkflow(workflow, signer) &&
    (exactSanPinned || workflow.path === `.github/workflows/${expected.signerWorkflow}`);
  const atTag =
    signer.sourceRepositoryRef !== null &&
    isTagRef(signer.sourceRepositoryRef) &&
    workflow?.ref === signer.sourceRepositoryRef;
  return compare({
    name: 'builder_id',
    code: 'identity_mismatch',
    expected: wanted,
    actual,
    ok: ownWorkflow && atTag,
  });
}

/** A verdict is made before it is signed: one dated after now, or not dated, is not a verdict of the past. */
export function checkVsaTime(predicate: VsaPredicate, expected: VsaExpectations): Check {
  const at = predicate.timeVerified === undefined ? Number.NaN : Date.parse(predicate.timeVerified);
  const strict = predicate.timeVerified !== undefined && /(Z|[+-]\d{2}:\d{2})$/.test(predicate.timeVerified);
  return compare({
    name: 'time_verified',
    code: 'vsa_failed',
    expected: `timeVerified, ISO 8601, not after ${expected.now.toISOString()}`,
    actual: predicate.timeVerified ?? null,
    ok: strict && !Number.isNaN(at) && at <= expected.now.getTime(),
  });
}

/** The verifier consumers trust, exactly (the version is part of the ID). */
export function checkVsaVerifier(predicate: VsaPredicate, expected: VsaExpectations): Check {
  return compare({
    name: 'verifier',
    code: 'vsa_verifier_mismatch',
    expected: expected.verifierId,
    actual: predicate.verifier.id,
    ok: predicate.verifier.id === expected.verifierId,
  });
}

/**
 * The policy the verdict was made under, by its SHA-256: a weaker policy cannot pass for the reviewed one.
 */
export function checkVsaPolicy(predicate: VsaPredicate, expected: VsaExpectations): Check {
  const actual = predicate.policy.digest?.sha256?.toLowerCase() ?? null;
  return compare({
    name: 'policy',
    code: 'vsa_policy_mismatch',
    expected: `policy sha256 ${expected.policySha256.toLowerCase()}`,
    actual: actual === null ? null : `policy sha256 ${actual} (${predicate.policy.uri ?? 'no uri'})`,
    ok: actual === expected.policySha256.toLowerCase(),
  });
}

/** PASSED, at the Build level the consumer needs. */
export function checkVsaResult(predicate: VsaPredicate, expected: VsaExpectations): Check {
  const levels = predicate.verifiedLevels
    .map((level) => /^SLSA_BUILD_LEVEL_([0-3])$/.exec(level)?.[1])
    .filter((l) => l !== undefined)
    .map(Number);
  const level = levels.length > 0 ? Math.max(...levels) : 0;
  const wanted = `PASSED${expected.requiredLevel === null ? '' : `, SLSA_BUILD_LEVEL_${expected.requiredLevel} or above`}`;
  const ok =
    predicate.verificationResult === 'PASSED' &&
    (expected.requiredLevel === null || level >= expected.requiredLevel);
  return compare({
    name: 'verification_result',
    code: 'vsa_failed',
    expected: wanted,
    actual: `${predicate.verificationResult}, ${predicate.verifiedLevels.join(' ') || 'no level'}`,
    ok,
  });
}
