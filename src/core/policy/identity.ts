import type { PredicateFacts } from '../provenance/index.js';
import { compare, passed, skipped, type Check } from './check.js';
import { GITHUB_SERVER_URL, type VerificationPolicy } from './policy.js';
import { sameRepository } from './predicate-checks.js';
import type { ExpectedIdentity, SignerFacts } from './signer.js';

const REUSABLE_WORKFLOW = /^https:\/\/[^/]+\/[^/]+\/[^/]+\/\.github\/workflows\/[^@]+@.+$/;

/**
 * The SAN the certificate must carry, exactly. A reusable-workflow builder (its ID is a workflow
 * URL) signs as itself; otherwise the caller workflow named by the predicate signs.
 */
export function expectIdentity(facts: PredicateFacts | null, policy: VerificationPolicy): ExpectedIdentity {
  const issuer = policy.expectedIssuer;
  if (policy.expectedSan !== null) return { issuer, subjectAlternativeName: policy.expectedSan, derivedFrom: 'policy' };
  if (facts?.builderId && REUSABLE_WORKFLOW.test(facts.builderId)) {
    return { issuer, subjectAlternativeName: facts.builderId, derivedFrom: 'builder' };
  }
  const workflow = facts?.workflow;
  if (workflow) {
    return { issuer, subjectAlternativeName: `${GITHUB_SERVER_URL}/${workflow.repository}/${workflow.path}@${workflow.ref}`, derivedFrom: 'workflow' };
  }
  return { issuer, subjectAlternativeName: null, derivedFrom: 'nothing' };
}

/** Certificate ↔ predicate: the Fulcio extensions must tell the same story as the signed predicate. */
export function checkCertificateAgainstPredicate(signer: SignerFacts, facts: PredicateFacts): Check {
  const pairs: [string, string | null, string | null, (a: string, b: string) => boolean][] = [
    ['source repository', facts.sourceRepository, signer.sourceRepositoryUri, sameRepository],
    ['source ref', facts.sourceRef, signer.sourceRepositoryRef, (a, b) => a === b],
    ['source commit', facts.sourceCommits[0] ?? null, signer.sourceRepositoryDigest, (a, b) => a.toLowerCase() === b.toLowerCase()],
    ['repository id', facts.repositoryId, signer.sourceRepositoryIdentifier, (a, b) => a === b],
    ['owner id', facts.repositoryOwnerId, signer.sourceRepositoryOwnerIdentifier, (a, b) => a === b],
  ];
  const comparable = pairs.filter(([, predicate, certificate]) => predicate !== null && certificate !== null);
  if (comparable.length === 0) {
    return skipped('certificate_predicate', 'identity_mismatch', 'the certificate carries no source extensions to compare');
  }
  const mismatch = comparable.find(([, predicate, certificate, same]) => !same(predicate as string, certificate as string));
  const describe = (side: 1 | 2) => comparable.map((pair) => `${pair[0]}=${pair[side]}`).join('; ');
  if (mismatch) {
    const [label, predicate, certificate] = mismatch;
    return compare('certificate_predicate', 'identity_mismatch', `${label} ${predicate} (predicate)`, `${label} ${certificate} (certificate)`, false);
  }
  return passed('certificate_predicate', 'identity_mismatch', describe(1), describe(2));
}

/** Pins the repository by its numeric ID from the certificate, so a renamed or re-created repository cannot pass. */
export function checkRepositoryId(signer: SignerFacts | null, policy: VerificationPolicy): Check {
  if (policy.expectedRepositoryId === null) return skipped('repository_id', 'source_mismatch', 'no expected repository ID given');
  const actual = signer?.sourceRepositoryIdentifier ?? null;
  return compare('repository_id', 'source_mismatch', policy.expectedRepositoryId, actual, actual === policy.expectedRepositoryId);
}
