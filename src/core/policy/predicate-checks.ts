import { parseGitUri, SLSA_V02, SLSA_V1, type PredicateFacts } from '../provenance/index.js';
import { attestBuilder } from './builders.js';
import { compare, failed, passed, skipped, type Check } from './check.js';
import type { VerificationPolicy } from './policy.js';
import type { SignerFacts } from './signer.js';
import { describePin, matchesPin, toSourcePins } from './source-pin.js';
import { isTagRef } from './workflow-uri.js';

export function checkPredicateType(facts: PredicateFacts, policy: VerificationPolicy): Check {
  const actual = facts.predicateType;
  if (actual === SLSA_V1) return passed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
  const override = policy.override;
  if (actual !== SLSA_V02 || override === null) {
    return failed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
  }
  if (override.expiresAt.getTime() <= policy.now.getTime()) {
    return failed(
      'predicate_type',
      'override_expired',
      `${SLSA_V1}, or ${SLSA_V02} under a live override`,
      `${actual} under an override that expired at ${override.expiresAt.toISOString()}`,
    );
  }
  return passed(
    'predicate_type',
    'predicate_mismatch',
    `${SLSA_V1}, or ${SLSA_V02} under a live override`,
    `${actual} (override by ${override.approver} until ${override.expiresAt.toISOString()}: ${override.reason})`,
  );
}

/** Exact match; an expected ID without `@` accepts any tagged version of that builder (a tag without `@`). */
export function isExpectedBuilder(expected: string, actual: string): boolean {
  if (actual === expected) return true;
  return (
    !expected.includes('@') &&
    actual.startsWith(`${expected}@`) &&
    isTagRef(actual.slice(expected.length + 1))
  );
}

/**
 * The builder ID the certificate vouches for (per builder family) against the policy. A predicate whose
 * claim the certificate does not back is `identity_mismatch`, whatever the policy says.
 */
export function checkBuilder(facts: PredicateFacts, signer: SignerFacts, policy: VerificationPolicy): Check {
  const attestation = attestBuilder(facts, signer);
  const expected =
    policy.expectedBuilderIds.length > 0
      ? policy.expectedBuilderIds.join(' | ')
      : 'a builder the certificate vouches for';
  if (!attestation.ok) {
    return failed(
      'builder_id',
      'identity_mismatch',
      expected,
      `${attestation.problem} (${attestation.family.title})`,
    );
  }
  const { builder } = attestation;
  const actual = `${builder.builderId} (${builder.family.id})`;
  // A reusable workflow of another repository wrote the predicate: trust it by its SAN, or by a builder pin
  // where the family makes the signer the builder.
  const signerPinned =
    policy.expectedSan !== null || (builder.signerIsBuilder && policy.expectedBuilderIds.length > 0);
  if (builder.foreignSigner !== null && !signerPinned) {
    return failed(
      'builder_id',
      'identity_mismatch',
      expected,
      `${actual} signed by ${builder.foreignSigner}, a reusable workflow outside the source repository: trust it with cert-identity (--cert-identity ${builder.foreignSigner})${builder.signerIsBuilder ? ' or pin it as the builder' : ''}`,
    );
  }
  if (policy.expectedBuilderIds.length === 0) {
    if (!builder.pinRequired) return passed('builder_id', 'builder_mismatch', expected, actual);
    return failed(
      'builder_id',
      'builder_mismatch',
      'an expected builder ID: the delegator vouches for any tool workflow that calls it',
      actual,
    );
  }
  const ok = policy.expectedBuilderIds.some((id) => isExpectedBuilder(id, builder.builderId));
  return compare({ name: 'builder_id', code: 'builder_mismatch', expected, actual, ok });
}

/** Repository and owner pins, against the certificate's Source Repository URI (OID .12) with its host. */
export function checkSourceRepository(signer: SignerFacts, policy: VerificationPolicy): Check {
  const pins = toSourcePins(policy);
  if (pins.length === 0)
    return skipped('source_repository', 'source_mismatch', 'no expected source repository or owner given');
  const expected = pins.map(describePin).join(' and ');
  const attested = signer.sourceRepositoryUri === null ? null : parseGitUri(signer.sourceRepositoryUri);
  const actual =
    attested === null
      ? `${signer.sourceRepositoryUri ?? '(absent)'} (certificate OID .12)`
      : signer.sourceRepositoryUri;
  return compare({
    name: 'source_repository',
    code: 'source_mismatch',
    expected,
    actual,
    ok: attested !== null && pins.every((pin) => matchesPin(pin, attested)),
  });
}

/**
 * The tag, against the certificate's Source Repository Ref (OID .14); the predicate must agree
 * (certificate_predicate).
 */
export function checkSourceRef(signer: SignerFacts, policy: VerificationPolicy): Check {
  if (policy.tag === null) return skipped('source_ref', 'tag_mismatch', 'no tag given');
  const expected = `refs/tags/${policy.tag.replace(/^refs\/tags\//, '')}`;
  const actual = signer.sourceRepositoryRef;
  return compare({
    name: 'source_ref',
    code: 'tag_mismatch',
    expected,
    actual: actual === null ? '(absent from the certificate)' : actual,
    ok: actual === expected,
  });
}

/**
 * The release commit: the certificate's source digest (OID .13) and every commit the predicate names for the
 * source.
 */
export function checkSourceCommit(
  facts: PredicateFacts,
  signer: SignerFacts,
  policy: VerificationPolicy,
): Check {
  if (policy.commit === null)
    return skipped('source_commit', 'materials_mismatch', 'no release commit given');
  const expected = policy.commit.toLowerCase();
  const commits = facts.sourceCommits.map((c) => c.toLowerCase());
  const certified = signer.sourceRepositoryDigest?.toLowerCase() ?? null;
  const ok =
    commits.length > 0 &&
    commits.every((c) => c === expected) &&
    (certified === null || certified === expected);
  const named = commits.length > 0 ? commits.join(', ') : '(the predicate names no commit)';
  return compare({
    name: 'source_commit',
    code: 'materials_mismatch',
    expected,
    actual: certified !== null && certified !== expected ? `${named}; certificate ${certified}` : named,
    ok,
  });
}
