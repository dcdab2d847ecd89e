import { readFile } from 'node:fs/promises';
import { GuardError, isGuardError } from '../../core/errors/index.js';
import {
  checkCertificateIdentity,
  checkRunnerEnvironment,
  checkSourceRef,
  checkSourceRepository,
  checkSubjects,
  decideVerdict,
  failed,
  passed,
  rejectedBeforeVerification,
  type Check,
  type Verdict,
  type VerificationPolicy,
} from '../../core/policy/index.js';
import type { PredicateFacts } from '../../core/provenance/index.js';
import {
  checkVsaPolicy,
  checkVsaResource,
  checkVsaResult,
  checkVsaSigner,
  checkVsaTime,
  checkVsaVerifier,
  releaseResourceUri,
  toVsaPredicate,
  VSA_PREDICATE_TYPE,
  type VsaExpectations,
} from '../../core/vsa/index.js';
import { loadTrustedRoots, verifyBundleSignature, type TrustSource } from '../../adapters/sigstore/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import { decodeAttestations } from '../verify/index.js';

export interface VerifyVsaRequest {
  readonly vsaPath: string;
  readonly artifactPaths: readonly string[];
  /** What it must say, and the release it must be about (`expected.release`). */
  readonly expected: VsaExpectations;
  /**
   * Who may have signed it: the same identity rules as `verify` (issuer, SAN, owner pin, runner); its source
   * repository and tag are always the release's (a pin of another repository is the caller's usage error).
   */
  readonly policy: VerificationPolicy;
  readonly trust: TrustSource;
}

const VERIFIER = 'sigstore-js';

/**
 * A signed VSA, for consumers who trust the producer's verdict: the same Sigstore path and identity rules as
 * provenance (who signed is read from the certificate), signed for the release (its repository, at its tag)
 * and about it (resourceUri), then the artifacts against its subjects, the verifier, the policy digest, the
 * result and its age. A VSA of another release, or of this one long ago, is not replayed.
 */
export async function verifyVsa(request: VerifyVsaRequest): Promise<Verdict> {
  const { release } = request.expected;
  const policy: VerificationPolicy = {
    ...request.policy,
    expectedSourceRepository: `${release.owner}/${release.repo}`,
    tag: release.tag,
  };
  const checks: Check[] = [];
  try {
    const [attestation, ...rest] = decodeAttestations(await readText(request.vsaPath));
    if (!attestation || rest.length > 0)
      throw new GuardError('provenance_malformed', 'a VSA file holds exactly one signed statement');
    if (!attestation.ok) throw attestation.error;
    const { statement, document } = attestation;
    const predicate = toVsaPredicate(statement);
    if (predicate === null || document.kind !== 'bundle') {
      throw new GuardError(
        'provenance_malformed',
        `not a Sigstore bundle of a ${VSA_PREDICATE_TYPE} statement (predicateType ${statement.predicateType})`,
      );
    }
    checks.push(
      passed(
        'bundle',
        'provenance_malformed',
        `a Sigstore bundle of a ${VSA_PREDICATE_TYPE} statement`,
        document.bundle.mediaType,
      ),
    );
    const outcome = verifyBundleSignature(document.bundle, await loadTrustedRoots(request.trust));
    checks.push(outcome.check);
    const signer = outcome.signer;
    if (outcome.check.status === 'passed') {
      checks.push(checkCertificateIdentity(signer, policy));
      if (signer) {
        checks.push(
          checkVsaSigner(signer, request.expected, policy.expectedSan !== null),
          checkSourceRef(signer, policy),
          checkRunnerEnvironment(signer, policy),
          checkSourceRepository(signer, policy),
          checkVsaResource(predicate, releaseResourceUri(policy.githubServerUrl, release)),
        );
      }
      checks.push(
        checkSubjects(statement.subject, await hashArtifacts(request.artifactPaths, 'sha256'), false),
      );
      checks.push(
        checkVsaVerifier(predicate, request.expected),
        checkVsaPolicy(predicate, request.expected),
        checkVsaResult(predicate, request.expected),
        checkVsaTime(predicate, request.expected),
      );
    }
    return decideVerdict({
      checks,
      facts: factsOf(predicate.verifier.id, predicate.resourceUri),
      subjects: statement.subject,
      artifacts: [],
      verifier: VERIFIER,
    });
  } catch (error) {
    if (!isGuardError(error)) throw error;
    return checks.length === 0
      ? rejectedBeforeVerification(
          failed('bundle', error.code, 'a readable signed VSA', error.message),
          VERIFIER,
        )
      : decideVerdict({
          checks: [...checks, failed('subjects', error.code, 'every artifact readable', error.message)],
          facts: null,
          subjects: [],
          artifacts: [],
          verifier: VERIFIER,
        });
  }
}

/** A VSA's verifier stands where a provenance's builder stands: it is the one who vouches. */
function factsOf(verifierId: string, resourceUri: string): PredicateFacts {
  return {
    predicateType: VSA_PREDICATE_TYPE,
    buildType: null,
    builderId: verifierId,
    sourceRepository: resourceUri,
    sourceHost: null,
    sourceRef: null,
    sourceCommits: [],
    workflow: null,
    repositoryId: null,
    repositoryOwnerId: null,
  };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new GuardError('attestation_missing', `cannot read VSA ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
