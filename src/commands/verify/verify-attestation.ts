import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import { toPredicateFacts, type BundleJson, type PredicateFacts } from '../../core/provenance/index.js';
import {
  builderStanding,
  checkBuilder,
  checkBuildLevel,
  checkCertificateAgainstPredicate,
  checkCertificateIdentity,
  checkPredicateType,
  checkRefPattern,
  checkRepositoryId,
  checkRunnerEnvironment,
  checkSourceCommit,
  checkSourceRef,
  checkSourceRepository,
  checkSubjects,
  compare,
  decideVerdict,
  failed,
  passed,
  type ArtifactDigest,
  type BuilderStanding,
  type Check,
  type CheckName,
  type Verdict,
  type VerdictInput,
} from '../../core/policy/index.js';
import {
  bundleFromRekor,
  verifyBundleSignature,
  type SignatureOutcome,
} from '../../adapters/sigstore/index.js';
import { describeAttestation, NPM_PUBLISH, type DecodedAttestation } from './attestations.js';
import { VERIFIER_NAME, type VerifyRequest } from './request.js';

export interface AttestationContext {
  readonly request: VerifyRequest;
  readonly roots: () => Promise<readonly TrustedRoot[]>;
  /** The artifacts' digests, hashed once for all attestations; rejects with a coded error. */
  readonly digests: () => Promise<readonly ArtifactDigest[]>;
  readonly total: number;
}

/**
 * The nine steps of DESIGN §2 for one attestation; a coded failure anywhere ends in a verdict, not a throw.
 */
export async function verifyAttestation(
  attestation: DecodedAttestation,
  context: AttestationContext,
): Promise<Verdict> {
  const label = describeAttestation(attestation, context.total);
  if (!attestation.ok) {
    return verdictOf(label, {
      checks: [failed('bundle', attestation.error.code, expectationFor('bundle'), attestation.error.message)],
      facts: null,
      subjects: [],
      artifacts: [],
    });
  }
  const { statement } = attestation;
  const checks: Check[] = [
    passed('bundle', 'provenance_malformed', expectationFor('bundle'), describeDocument(attestation)),
  ];
  let facts: PredicateFacts | null = null;
  let artifacts: readonly ArtifactDigest[] = [];
  let stage: CheckName = 'bundle';
  let standing: BuilderStanding | null = null;
  try {
    facts = toPredicateFacts(statement);
    stage = 'signature';
    const outcome = verifyBundleSignature(
      await toVerifiableBundle(attestation, context.request),
      await context.roots(),
    );
    checks.push(outcome.check);
    if (outcome.check.status !== 'passed')
      return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts: [] });
    checks.push(
      ...(statement.predicateType === NPM_PUBLISH
        ? publishChecks(outcome)
        : provenanceChecks(outcome, facts, context.request)),
    );
    standing =
      outcome.signer && statement.predicateType !== NPM_PUBLISH
        ? builderStanding(facts, outcome.signer)
        : null;
    stage = 'subjects';
    artifacts = await context.digests();
    checks.push(checkSubjects(statement.subject, artifacts, context.request.requireAllSubjects));
  } catch (error) {
    if (!isGuardError(error)) throw error;
    checks.push(failed(stage, error.code, expectationFor(stage), error.message));
  }
  return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts, standing });
}

/**
 * Who signed must be what the policy asks, read from the verified certificate, never from the predicate
 * alone.
 */
function provenanceChecks(outcome: SignatureOutcome, facts: PredicateFacts, request: VerifyRequest): Check[] {
  const { policy } = request;
  const signer = outcome.signer;
  const identity = checkCertificateIdentity(signer, policy);
  if (signer === null) return [identity];
  return [
    identity,
    checkCertificateAgainstPredicate(signer, facts),
    checkRunnerEnvironment(signer, policy),
    checkPredicateType(facts, policy),
    checkBuilder(facts, signer, policy),
    checkBuildLevel(facts, signer, policy),
    checkSourceRepository(signer, policy),
    checkRepositoryId(signer, policy),
    checkSourceRef(signer, policy),
    checkRefPattern(signer, policy),
    checkSourceCommit(facts, signer, policy),
  ];
}

/**
 * npm's publish attestation is the registry's own statement: its key, not a workflow, must have signed it.
 */
function publishChecks(outcome: SignatureOutcome): Check[] {
  return [
    compare({
      name: 'certificate_identity',
      code: 'identity_mismatch',
      expected: 'signed by an npm registry key',
      actual: outcome.keyHint ?? 'a Fulcio certificate',
      ok: outcome.keyHint !== null,
    }),
  ];
}

/** The verdict on the attestation `label`, by this verifier. */
function verdictOf(label: string, input: Omit<VerdictInput, 'verifier' | 'attestation'>): Verdict {
  return decideVerdict({
    ...input,
    artifacts: [...input.artifacts],
    verifier: VERIFIER_NAME,
    attestation: label,
  });
}

async function toVerifiableBundle(
  attestation: Extract<DecodedAttestation, { ok: true }>,
  request: VerifyRequest,
): Promise<BundleJson> {
  if (attestation.document.kind === 'bundle') return attestation.document.bundle;
  if (request.rekorUrl === null) {
    throw new GuardError(
      'tlog_invalid',
      'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up',
    );
  }
  return bundleFromRekor(attestation.document.envelope, request.rekorUrl);
}

function describeDocument({ document, statement }: Extract<DecodedAttestation, { ok: true }>): string {
  const container = document.kind === 'bundle' ? document.bundle.mediaType : 'legacy DSSE envelope';
  return `${container}; ${statement._type}; ${statement.predicateType}`;
}

export function expectationFor(stage: CheckName): string {
  if (stage === 'bundle') return 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
  if (stage === 'subjects') return 'every artifact readable and attested';
  return 'a verifiable signature under a trusted root';
}
