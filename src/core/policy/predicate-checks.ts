import { SLSA_V02, SLSA_V1, toRepositorySlug, type PredicateFacts } from '../provenance/index.js';
import { compare, failed, passed, skipped, type Check } from './check.js';
import type { VerificationPolicy } from './policy.js';

export function checkPredicateType(facts: PredicateFacts, policy: VerificationPolicy): Check {
  const actual = facts.predicateType;
  if (actual === SLSA_V1) return passed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
  const override = policy.override;
  if (actual !== SLSA_V02 || override === null) {
    return failed('predicate_type', 'predicate_mismatch', SLSA_V1, actual);
  }
  if (override.expiresAt.getTime() <= policy.now.getTime()) {
    return failed('predicate_type', 'override_expired', `${SLSA_V1}, or ${SLSA_V02} under a live override`,
      `${actual} under an override that expired at ${override.expiresAt.toISOString()}`);
  }
  return passed('predicate_type', 'predicate_mismatch', `${SLSA_V1}, or ${SLSA_V02} under a live override`,
    `${actual} (override by ${override.approver} until ${override.expiresAt.toISOString()}: ${override.reason})`);
}

/** Exact match; an expected ID without `@` accepts any tagged version of that builder. */
export function isExpectedBuilder(expected: string, actual: string): boolean {
  if (actual === expected) return true;
  return !expected.includes('@') && actual.startsWith(`${expected}@refs/tags/`);
}

export function checkBuilder(facts: PredicateFacts, policy: VerificationPolicy): Check {
  if (policy.expectedBuilderIds.length === 0) return skipped('builder_id', 'builder_mismatch', 'no expected builder ID given');
  const actual = facts.builderId;
  const ok = actual !== null && policy.expectedBuilderIds.some((id) => isExpectedBuilder(id, actual));
  return compare('builder_id', 'builder_mismatch', policy.expectedBuilderIds.join(' | '), actual, ok);
}

export function sameRepository(a: string, b: string): boolean {
  return toRepositorySlug(a).toLowerCase() === toRepositorySlug(b).toLowerCase();
}

export function checkSourceRepository(facts: PredicateFacts, policy: VerificationPolicy): Check {
  if (policy.expectedSourceRepository === null) return skipped('source_repository', 'source_mismatch', 'no expected source repository given');
  const expected = toRepositorySlug(policy.expectedSourceRepository);
  const actual = facts.sourceRepository;
  return compare('source_repository', 'source_mismatch', expected, actual, actual !== null && sameRepository(expected, actual));
}

export function checkSourceRef(facts: PredicateFacts, policy: VerificationPolicy): Check {
  if (policy.tag === null) return skipped('source_ref', 'tag_mismatch', 'no tag given');
  const expected = `refs/tags/${policy.tag.replace(/^refs\/tags\//, '')}`;
  return compare('source_ref', 'tag_mismatch', expected, facts.sourceRef, facts.sourceRef === expected);
}

export function checkSourceCommit(facts: PredicateFacts, policy: VerificationPolicy): Check {
  if (policy.commit === null) return skipped('source_commit', 'materials_mismatch', 'no release commit given');
  const expected = policy.commit.toLowerCase();
  const commits = facts.sourceCommits.map((c) => c.toLowerCase());
  const ok = commits.length > 0 && commits.every((c) => c === expected);
  return compare('source_commit', 'materials_mismatch', expected, commits.length > 0 ? commits.join(', ') : null, ok);
}
