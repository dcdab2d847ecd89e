import { basename } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { GuardError } from '../../core/errors/index.js';
import {
  chooseDigestAlgorithm,
  failed,
  rejectedBeforeVerification,
  type ArtifactDigest,
  type DigestAlgorithm,
  type Verdict,
} from '../../core/policy/index.js';
import { loadTrustedRoots } from '../../adapters/sigstore/index.js';
import { hashArtifacts } from '../../adapters/files/hash.js';
import { isSlsaProvenance, type DecodedAttestation } from './attestations.js';
import { verifyAttestation, type AttestationContext } from './verify-attestation.js';
import { VERIFIER_NAME, type VerifyRequest } from './request.js';
import type { LookupDependencies } from './lookup-dependencies.js';

export interface VerifyDependencies {
  /** Trusted roots are fetched once per process and reused (TUF is slow, roots rarely change). */
  readonly trustedRoots: (request: VerifyRequest) => Promise<readonly TrustedRoot[]>;
  /** How attestations are looked up by digest; the environment, network and retry policy by default. */
  readonly lookup?: LookupDependencies;
}

export const defaultDependencies: VerifyDependencies = {
  trustedRoots: (request) => loadTrustedRoots(request.trust),
};

/** A verdict and the attestations (by index) it rests on: all in `all` mode, the passing one in `any`. */
export interface CandidatesOutcome {
  readonly verdict: Verdict;
  readonly passed: readonly number[];
}

/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 */
export async function verifyCandidates(
  attestations: readonly DecodedAttestation[],
  request: VerifyRequest,
  deps: VerifyDependencies,
): Promise<CandidatesOutcome> {
  const subjects = attestations.flatMap((a) => (a.ok ? a.statement.subject : []));
  // Hashing runs on worker threads while signatures are verified here.
  const hashing = startHashing(request, chooseDigestAlgorithm(subjects));
  let roots: Promise<readonly TrustedRoot[]> | null = null;
  const context: AttestationContext = {
    request,
    roots: () => (roots ??= deps.trustedRoots(request)),
    digests: () => hashing.then((hashed) => (hashed.ok ? hashed.digests : Promise.reject(hashed.error))),
    total: attestations.length,
  };
  return request.attestationMode === 'any'
    ? firstPassing(attestations, context)
    : everyPassing(attestations, context);
}

async function everyPassing(
  attestations: readonly DecodedAttestation[],
  context: AttestationContext,
): Promise<CandidatesOutcome> {
  const verdicts: Verdict[] = [];
  for (const attestation of attestations) verdicts.push(await verifyAttestation(attestation, context));
  const rejected = verdicts.find((verdict) => !passedEveryCheck(verdict));
  if (rejected) return { verdict: rejected, passed: [] };
  const provenance = verdicts.find((verdict, i) => isSlsaProvenance(attestations[i] as DecodedAttestation));
  if (!provenance) {
    return {
      verdict: rejectedBeforeVerification(
        failed(
          'bundle',
          'attestation_missing',
          'a SLSA provenance attestation',
          'the file holds no SLSA provenance',
        ),
        VERIFIER_NAME,
      ),
      passed: [],
    };
  }
  const passed = attestations.map((attestation) => attestation.index);
  return attestations.length > 1
    ? {
        verdict: {
          ...provenance,
          attestation: `${provenance.attestation}; all ${attestations.length} attestations verified`,
        },
        passed,
      }
    : { verdict: provenance, passed };
}

async function firstPassing(
  attestations: readonly DecodedAttestation[],
  context: AttestationContext,
): Promise<CandidatesOutcome> {
  const candidates = attestations.filter(isSlsaProvenance);
  let firstRejection: Verdict | null = null;
  for (const candidate of candidates) {
    const verdict = await verifyAttestation(candidate, context);
    if (verdict.verified) return { verdict, passed: [candidate.index] };
    firstRejection ??= verdict;
  }
  if (firstRejection === null) {
    return {
      verdict: rejectedBeforeVerification(
        failed(
          'bundle',
          'attestation_missing',
          'a SLSA provenance attestation for the artifacts',
          `none among ${attestations.length} attestation(s)`,
        ),
        VERIFIER_NAME,
      ),
      passed: [],
    };
  }
  return {
    verdict: {
      ...firstRejection,
      attestation: `none of ${candidates.length} SLSA attestation(s) passed; first rejection: ${firstRejection.attestation}`,
    },
    passed: [],
  };
}

function passedEveryCheck(verdict: Verdict): boolean {
  return (
    verdict.checks.every((check) => check.status !== 'failed') &&
    verdict.checks.some((check) => check.name === 'signature' && check.status === 'passed')
  );
}

type Hashing =
  { readonly ok: true; readonly digests: ArtifactDigest[] } | { readonly ok: false; readonly error: unknown };

/**
 * Starts hashing at once and settles without rejecting, so a failure surfaces at the subjects
 * check. Each artifact is hashed once per run: digests computed earlier are reused.
 */
function startHashing(request: VerifyRequest, algorithm: DigestAlgorithm | null): Promise<Hashing> {
  if (request.artifactPaths.length === 0) return Promise.resolve({ ok: true, digests: [] });
  if (algorithm === null) {
    return Promise.resolve({
      ok: false,
      error: new GuardError(
        'subject_mismatch',
        'no subject carries a sha256 or sha512 digest to compare the artifacts with',
      ),
    });
  }
  const usable = (
    digests: readonly ArtifactDigest[] | null | undefined,
  ): digests is readonly ArtifactDigest[] =>
    !!digests &&
    digests.length === request.artifactPaths.length &&
    digests.every((d, i) => d.algorithm === algorithm && d.name === basename(request.artifactPaths[i] ?? ''));
  const hash = () =>
    hashArtifacts(request.artifactPaths, algorithm).then(
      (digests) => ({ ok: true, digests }) as const,
      (error: unknown) => ({ ok: false, error }) as const,
    );
  if (usable(request.knownDigests)) return Promise.resolve({ ok: true, digests: [...request.knownDigests] });
  if (request.earlyDigests)
    return request.earlyDigests.then((early) => (usable(early) ? { ok: true, digests: [...early] } : hash()));
  return hash();
}
