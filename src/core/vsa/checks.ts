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
import type { ReleaseResource } from './resource.js';
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
  /** The release the VSA must vouch for: its resourceUri, and the tag and repository it was signed at. */
  readonly release: ReleaseResource;
  /** The oldest `timeVerified` accepted, as an age in milliseconds; null: any age. */
  readonly maxAgeMs: number | null;
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

/**
 * The release the verdict is about, exactly as validate writes it (`releaseResourceUri`): no other
 * repository, no other tag, no spelling that only looks the same (a trailing slash, another case, a query).
 * The certificate's repository and tag are checked against the same release before this, so a VSA that
 * names another resource contradicts the certificate it was signed with.
 */
export function checkVsaResource(predicate: VsaPredicate, expectedUri: string): Check {
  return compare({
    name: 'certificate_predicate',
    code: 'identity_mismatch',
    expected: `resourceUri ${expectedUri}`,
    actual: `resourceUri ${predicate.resourceUri}`,
    ok: predicate.resourceUri === expectedUri,
  });
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A verdict is made before it is signed: one dated after now, or not dated, is not a verdict of the past.
 * With a maximum age, a verdict older than that is not one about the release as it stands now (it may have
 * been rolled back since).
 */
export function checkVsaTime(predicate: VsaPredicate, expected: VsaExpectations): Check {
  const time = predicate.timeVerified;
  const at = time !== undefined && ISO_8601.test(time) ? Date.parse(time) : Number.NaN;
  const now = expected.now.getTime();
  const notBefore = expected.maxAgeMs === null ? null : new Date(now - expected.maxAgeMs);
  return compare({
    name: 'time_verified',
    code: 'vsa_failed',
    expected:
      `timeVerified, ISO 8601, not after ${expected.now.toISOString()}` +
      (notBefore === null ? '' : ` and not before ${notBefore.toISOString()} (--max-age)`),
    actual: time ?? null,
    ok: !Number.isNaN(at) && at <= now && (notBefore === null || at >= notBefore.getTime()),
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
