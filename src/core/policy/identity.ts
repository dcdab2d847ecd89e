import { parseGitUri, sameLocation, toRepositoryUrl, type PredicateFacts } from '../provenance/index.js';
import { compare, failed, passed, skipped, type Check } from './check.js';
import type { VerificationPolicy } from './policy.js';
import { isGitHubIssuer, type SignerFacts } from './signer.js';
import { parseWorkflowUri } from './workflow-uri.js';

/**
 * The certificate's issuer, exactly; its SAN exactly when the policy names one; a GitHub SAN must be a
 * workflow, and the Build Signer URI (OID .9), when present, the same one: Fulcio writes both as
 * `${server_url}/${job_workflow_ref}`, so a certificate where they differ was not issued for one GitHub job.
 */
export function checkCertificateIdentity(signer: SignerFacts | null, policy: VerificationPolicy): Check {
  const expected = `issuer ${policy.expectedIssuer}${policy.expectedSan === null ? '' : `, SAN ${policy.expectedSan}`}`;
  if (signer === null)
    return failed(
      'certificate_identity',
      'identity_mismatch',
      `${expected} (a Fulcio certificate)`,
      'signed by a bare public key',
    );
  const github = isGitHubIssuer(signer.issuer);
  const signerDisagrees =
    github && signer.buildSignerUri !== null && signer.buildSignerUri !== signer.subjectAlternativeName;
  const actual =
    `issuer ${signer.issuer ?? '(none)'}, SAN ${signer.subjectAlternativeName ?? '(none)'}` +
    (signerDisagrees ? `, Build Signer URI ${signer.buildSignerUri} (not the SAN)` : '');
  const ok =
    signer.issuer === policy.expectedIssuer &&
    (policy.expectedSan === null || signer.subjectAlternativeName === policy.expectedSan) &&
    (!github || parseWorkflowUri(signer.subjectAlternativeName) !== null) &&
    !signerDisagrees;
  return compare({ name: 'certificate_identity', code: 'identity_mismatch', expected, actual, ok });
}

type Pair = readonly [
  label: string,
  predicate: string | null,
  certificate: string | null,
  same: (a: string, b: string) => boolean,
];

/** Certificate ↔ predicate: the Fulcio extensions must tell the same story as the signed predicate. */
export function checkCertificateAgainstPredicate(signer: SignerFacts, facts: PredicateFacts): Check {
  const predicateSource =
    facts.sourceRepository === null
      ? null
      : toRepositoryUrl({ host: facts.sourceHost ?? 'github.com', repository: facts.sourceRepository });
  const pairs: Pair[] = [
    ['source repository', predicateSource, signer.sourceRepositoryUri, sameRepositoryUrl],
    ['source ref', facts.sourceRef, signer.sourceRepositoryRef, (a, b) => a === b],
    [
      'source commit',
      facts.sourceCommits[0] ?? null,
      signer.sourceRepositoryDigest,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    ],
    ['repository id', facts.repositoryId, signer.sourceRepositoryIdentifier, (a, b) => a === b],
    ['owner id', facts.repositoryOwnerId, signer.sourceRepositoryOwnerIdentifier, (a, b) => a === b],
  ];
  const github = isGitHubIssuer(signer.issuer);
  if (github && signer.sourceRepositoryUri === null) {
    return failed(
      'certificate_predicate',
      'identity_mismatch',
      'a GitHub Actions certificate with its source extensions (OID .12–.14)',
      'the certificate carries no source repository',
    );
  }
  const comparable = pairs.filter(([, predicate, certificate]) => predicate !== null && certificate !== null);
  if (comparable.length === 0) {
    if (!github)
      return skipped(
        'certificate_predicate',
        'identity_mismatch',
        'the certificate is not GitHub-issued: no source extensions to compare',
      );
    return failed(
      'certificate_predicate',
      'identity_mismatch',
      'a predicate naming its source repository',
      'nothing to compare with the certificate',
    );
  }
  const mismatch = comparable.find(
    ([, predicate, certificate, same]) => !same(predicate as string, certificate as string),
  );
  if (mismatch) {
    const [label, predicate, certificate] = mismatch;
    return failed(
      'certificate_predicate',
      'identity_mismatch',
      `${label} ${predicate} (predicate)`,
      `${label} ${certificate} (certificate)`,
    );
  }
  const describe = (side: 1 | 2) => comparable.map((pair) => `${pair[0]}=${pair[side]}`).join('; ');
  return passed('certificate_predicate', 'identity_mismatch', describe(1), describe(2));
}

function sameRepositoryUrl(a: string, b: string): boolean {
  const left = parseGitUri(a);
  const right = parseGitUri(b);
  return left !== null && right !== null && sameLocation(left, right);
}

/**
 * Pins the repository by its numeric ID from the certificate, so a renamed or re-created repository cannot
 * pass.
 */
export function checkRepositoryId(signer: SignerFacts, policy: VerificationPolicy): Check {
  if (policy.expectedRepositoryId === null)
    return skipped('repository_id', 'source_mismatch', 'no expected repository ID given');
  const actual = signer.sourceRepositoryIdentifier;
  return compare({
    name: 'repository_id',
    code: 'source_mismatch',
    expected: policy.expectedRepositoryId,
    actual,
    ok: actual === policy.expectedRepositoryId,
  });
}

/** Self-hosted runners are outside GitHub's isolation guarantees: refused unless the policy allows them. */
export function checkRunnerEnvironment(signer: SignerFacts, policy: VerificationPolicy): Check {
  const actual = signer.runnerEnvironment ?? '(absent from the certificate)';
  if (!policy.denySelfHostedRunners)
    return skipped(
      'runner_environment',
      'identity_mismatch',
      `self-hosted runners allowed (certificate: ${actual})`,
    );
  return compare({
    name: 'runner_environment',
    code: 'identity_mismatch',
    expected: 'github-hosted (certificate OID .11)',
    actual,
    ok: signer.runnerEnvironment === 'github-hosted',
  });
}
